package vn.eduvn.assessment.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.assessment.AssessmentApi;
import vn.eduvn.platform.SystemActor;

/** The homeroom teacher of 6A2 keeps the attendance register; more than 45 sessions absent means repeating the grade. */
@EduVnTest
class AttendanceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentApi assessment;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private long classId(String name) {
        return vn.eduvn.SchoolClasses.id(mvc, demo, demo.school2().id(), name);
    }

    private List<Long> pupils(long classId) throws Exception {
        String day = mvc.perform(get("/api/v1/homeroom/{c}/attendance", classId)
                        .param("day", today.toString())
                        .with(Demo.bearer(demo.token(mvc, "giaovien2"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((List<Number>) JsonPath.read(day, "$[*].studentId"))
                .stream().map(Number::longValue).toList();
    }

    private ResultActions record(long classId, LocalDate day, String marks) throws Exception {
        return mvc.perform(put("/api/v1/homeroom/{c}/attendance", classId)
                .with(Demo.bearer(demo.token(mvc, "giaovien2")))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"day\": \"%s\", \"marks\": [%s]}".formatted(day, marks)));
    }

    @Test
    void aDayIsRecordedAndCorrectedAndTheYearsTotalsFollow() throws Exception {
        long classId = classId("6A2");
        List<Long> pupils = pupils(classId);
        LocalDate day = today.minusDays(2);
        record(
                        classId,
                        day,
                        "{\"studentId\": %d, \"status\": \"EXCUSED\"}, {\"studentId\": %d, \"status\": \"UNEXCUSED\"}"
                                .formatted(pupils.get(4), pupils.get(5)))
                .andExpect(status().isNoContent());
        String shown = mvc.perform(get("/api/v1/homeroom/{c}/attendance", classId)
                        .param("day", day.toString())
                        .with(Demo.bearer(demo.token(mvc, "giaovien2"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(shown, "$[?(@.studentId == " + pupils.get(4) + ")].status"))
                .containsExactly("EXCUSED");
        assertThat((List<Integer>) JsonPath.read(shown, "$[?(@.studentId == " + pupils.get(5) + ")].unexcusedTotal"))
                .containsExactly(1);
        record(classId, day, "{\"studentId\": %d, \"status\": \"PRESENT\"}".formatted(pupils.get(4)))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from assessment_absence where student_id = ?")
                        .param(pupils.get(4))
                        .query(Long.class)
                        .single())
                .isZero();

        record(classId, today.plusDays(1), "{\"studentId\": %d, \"status\": \"EXCUSED\"}".formatted(pupils.get(4)))
                .andExpect(status().isBadRequest());
        record(classId, day, "{\"studentId\": %d, \"status\": \"TRON_HOC\"}".formatted(pupils.get(4)))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/homeroom/{c}/attendance", classId("6A1"))
                        .with(Demo.bearer(demo.token(mvc, "giaovien2")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\": \"%s\", \"marks\": []}".formatted(day)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/homeroom/{c}/attendance", classId).with(demo.as("giaovien2")))
                .andExpect(status().isOk());

        // On the page, a refused day comes back as the teacher marked it, with the reason, and nothing is written.
        var refused = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/homeroom/{c}/attendance", classId)
                                .with(demo.as("giaovien2"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("day", today.plusDays(1).toString())
                                .param("s" + pupils.get(4), "UNEXCUSED"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String page = mvc.perform(get("/homeroom/{c}/attendance", classId)
                        .param("day", today.plusDays(1).toString())
                        .with(demo.as("giaovien2"))
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("alert-danger")
                .containsPattern(
                        "id=\"s" + pupils.get(4)
                                + "\"[^>]*>\\s*<option value=\"PRESENT\"[^>]*>[^<]*</option>\\s*<option value=\"EXCUSED\"[^>]*>[^<]*</option>\\s*<option value=\"UNEXCUSED\" selected");
        assertThat(jdbc.sql("select count(*) from assessment_absence where student_id = ? and absent_on = ?")
                        .params(pupils.get(4), today.plusDays(1))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void moreThanFortyFiveSessionsAbsentMeansRepeatingTheGrade() throws Exception {
        long classId = classId("6A2");
        long pupil = pupils(classId).get(7);
        List<String> codes = jdbc.sql(
                        "select subject_code from registry_teaching_assignment where class_id = ? order by subject_code")
                .param(classId)
                .query(String.class)
                .list();
        SystemActor.run(() -> {
            for (String code : codes) {
                boolean comment = List.of("GDTC", "NGHE_THUAT", "HDTN_HN").contains(code);
                int regular = jdbc.sql(
                                "select regular_count from assessment_gradebook where class_id = ? and subject_code = ? and term = 1")
                        .params(classId, code)
                        .query(Integer.class)
                        .single();
                var periods = jdbc.sql(
                                "select periods_per_week from registry_teaching_assignment where class_id = ? and subject_code = ?")
                        .params(classId, code)
                        .query(java.math.BigDecimal.class)
                        .single();
                assessment.gradebookColumns(demo.school2().id(), classId, 6, 2026, code, periods, 2);
                Map<String, String> cells = new HashMap<>();
                for (int t = 1; t <= regular; t++) {
                    cells.put("TX" + t, comment ? "D" : "9");
                }
                cells.put("GK", comment ? "D" : "9");
                cells.put("CK", comment ? "D" : "9");
                assessment.enterMarks(classId, code, 2, 6, Map.of(pupil, cells));
            }
        });
        for (int term : List.of(1, 2)) {
            mvc.perform(put("/api/v1/homeroom/{c}/conduct", classId)
                            .with(Demo.bearer(demo.token(mvc, "giaovien2")))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"studentId\": %d, \"term\": %d, \"level\": \"TOT\"}".formatted(pupil, term)))
                    .andExpect(status().isNoContent());
        }
        for (int d = 1; d <= 46; d++) {
            record(
                            classId,
                            today.minusDays(10 + d),
                            "{\"studentId\": %d, \"status\": \"%s\"}"
                                    .formatted(pupil, d % 2 == 0 ? "EXCUSED" : "UNEXCUSED"))
                    .andExpect(status().isNoContent());
        }
        String year = mvc.perform(get("/api/v1/homeroom/{c}", classId)
                        .param("term", "0")
                        .with(Demo.bearer(demo.token(mvc, "giaovien2"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(year, "$.students[?(@.studentId == " + pupil + ")].decision"))
                .containsExactly("RETAINED");
    }
}
