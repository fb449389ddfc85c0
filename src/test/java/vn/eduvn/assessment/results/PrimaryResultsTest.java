package vn.eduvn.assessment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.assessment.AssessmentApi;
import vn.eduvn.platform.SystemActor;

/** The homeroom teacher of 1A1 gives qualities and competencies and reads the TT27 year-end result. */
@EduVnTest
class PrimaryResultsTest {

    private static final List<String> PERSONAL = ClassResults.TT27_PERSONAL;

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentApi assessment;

    private void personal(long classId, long pupil, String level) throws Exception {
        String levels =
                PERSONAL.stream().map(q -> "\"" + q + "\": \"" + level + "\"").collect(Collectors.joining(", "));
        mvc.perform(put("/api/v1/homeroom/{c}/personal", classId)
                        .with(Demo.bearer(demo.token(mvc, "giaovien1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\": 2, \"levels\": {\"%d\": {%s}}}".formatted(pupil, levels)))
                .andExpect(status().isNoContent());
    }

    /** The pupil's year-end (term 2) levels, all T, and the test score where the subject is tested. */
    private void yearEnd(long classId, long pupil, List<String> codes, String test) {
        SystemActor.run(() -> {
            for (String code : codes) {
                var periods = jdbc.sql(
                                "select periods_per_week from registry_teaching_assignment where class_id = ? and subject_code = ?")
                        .params(classId, code)
                        .query(java.math.BigDecimal.class)
                        .single();
                List<String> columns =
                        assessment.gradebookColumns(demo.school1().id(), classId, 1, 2026, code, periods, 2);
                Map<String, String> cells = new HashMap<>();
                cells.put("LEVEL", "T");
                if (columns.contains("TEST")) {
                    cells.put("TEST", test);
                }
                assessment.enterMarks(classId, code, 2, 1, Map.of(pupil, cells));
            }
        });
    }

    @Test
    void allTAndTestsOfNineGiveHtxsAndOneQualityAtDatGivesHt() throws Exception {
        long classId = jdbc.sql("select id from registry_class where school_unit_id = ? and name = '1A1'")
                .param(demo.school1().id())
                .query(Long.class)
                .list()
                .get(0);
        String token = demo.token(mvc, "giaovien1");
        String term2 = mvc.perform(
                        get("/api/v1/homeroom/{c}", classId).param("term", "2").with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(term2, "$.personalCodes")).hasSize(15);
        long pupil = ((Number) JsonPath.read(term2, "$.students[5].studentId")).longValue();
        List<String> codes = JsonPath.read(term2, "$.subjects[*].code");
        yearEnd(classId, pupil, codes, "9");
        personal(classId, pupil, "T");
        String year = mvc.perform(
                        get("/api/v1/homeroom/{c}", classId).param("term", "0").with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(year, "$.students[?(@.studentId == " + pupil + ")].learning"))
                .containsExactly("HTXS");
        assertThat((List<String>) JsonPath.read(year, "$.students[?(@.studentId == " + pupil + ")].title"))
                .containsExactly("HOC_SINH_XUAT_SAC");

        personal(classId, pupil, "D");
        String lower = mvc.perform(
                        get("/api/v1/homeroom/{c}", classId).param("term", "0").with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(lower, "$.students[?(@.studentId == " + pupil + ")].learning"))
                .containsExactly("HT");

        mvc.perform(put("/api/v1/homeroom/{c}/personal", classId)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\": 2, \"levels\": {\"%d\": {\"YEU_NUOC\": \"X\"}}}".formatted(pupil)))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/homeroom/{c}/personal", classId)
                        .with(Demo.bearer(demo.token(mvc, "giaovien2")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\": 2, \"levels\": {}}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/homeroom/{c}", classId).param("term", "2").with(demo.as("giaovien1")))
                .andExpect(status().isOk());
        mvc.perform(get("/homeroom/{c}", classId).param("term", "0").with(demo.as("giaovien1")))
                .andExpect(status().isOk());
    }

    @Test
    void aPupilWhoCompletesTheYearWellIsOutstandingOnlyWhenTheHomeroomTeacherProposesThem() throws Exception {
        long classId = jdbc.sql("select id from registry_class where school_unit_id = ? and name = '1A1'")
                .param(demo.school1().id())
                .query(Long.class)
                .list()
                .get(0);
        String token = demo.token(mvc, "giaovien1");
        String term2 = mvc.perform(
                        get("/api/v1/homeroom/{c}", classId).param("term", "2").with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long pupil = ((Number) JsonPath.read(term2, "$.students[6].studentId")).longValue();
        List<String> codes = JsonPath.read(term2, "$.subjects[*].code");
        yearEnd(classId, pupil, codes, "8");
        personal(classId, pupil, "T");
        String path = "$.students[?(@.studentId == " + pupil + ")]";
        String year = mvc.perform(
                        get("/api/v1/homeroom/{c}", classId).param("term", "0").with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(year, path + ".learning")).containsExactly("HTT");
        assertThat((List<Object>) JsonPath.read(year, path + ".title")).containsExactly((Object) null);

        mvc.perform(put("/api/v1/homeroom/{c}/nomination", classId)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"nominated\": true}".formatted(pupil)))
                .andExpect(status().isNoContent());
        String proposed = mvc.perform(
                        get("/api/v1/homeroom/{c}", classId).param("term", "0").with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(proposed, path + ".title")).containsExactly("HOC_SINH_TIEU_BIEU");
        assertThat((List<Integer>) JsonPath.read(proposed, "$.nominated")).contains((int) pupil);

        mvc.perform(post("/homeroom/{c}/nomination", classId)
                        .with(demo.as("giaovien1"))
                        .with(csrf())
                        .param("studentId", String.valueOf(pupil)))
                .andExpect(status().is3xxRedirection());
        String withdrawn = mvc.perform(
                        get("/api/v1/homeroom/{c}", classId).param("term", "0").with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<Object>) JsonPath.read(withdrawn, path + ".title")).containsExactly((Object) null);

        long sixth = vn.eduvn.SchoolClasses.id(mvc, demo, demo.school2().id(), "6A2");
        long sixthPupil =
                vn.eduvn.SchoolClasses.firstPupil(mvc, demo, demo.school2().id(), sixth);
        mvc.perform(put("/api/v1/homeroom/{c}/nomination", sixth)
                        .with(Demo.bearer(demo.token(mvc, "giaovien2")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"nominated\": true}".formatted(sixthPupil)))
                .andExpect(status().isBadRequest());
    }
}
