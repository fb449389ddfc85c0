package vn.eduvn.registry.rollover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.registry.NewSchool;

/** At the end of the year the clerk moves the whole school up a year in one step. */
@EduVnTest
class YearRollOverTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    private long enrol(NewSchool school, String token, String personalId, String name, String born, long classId)
            throws Exception {
        String body = mvc.perform(post("/api/v1/schools/{id}/students", school.id())
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"personalId": "%s", "fullName": "%s", "birthDate": "%s", "gender": "MALE", "ethnicityCode": "01", "classId": %d}""".formatted(personalId, name, born, classId)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private String classOf(long studentId) {
        return jdbc.sql(
                        "select c.name || '/' || c.start_year from registry_student s join registry_class c on c.id = s.class_id where s.id = ?")
                .param(studentId)
                .query(String.class)
                .single();
    }

    @Test
    void pupilsMoveUpRepeatersStayAndTheLastGradeCompletes() throws Exception {
        NewSchool school = NewSchool.open(mvc, demo, jdbc, "33TH904", "giaovu.th904");
        String token = demo.token(mvc, school.clerk());
        mvc.perform(post("/schools/{id}/classes", school.id())
                .with(demo.as(school.clerk()))
                .with(csrf())
                .param("name", "4B1")
                .param("sessionsPerDay", "2"));
        long class4 = jdbc.sql("select id from registry_class where school_unit_id = ? and name = '4B1'")
                .param(school.id())
                .query(Long.class)
                .single();
        int year = jdbc.sql("select start_year from registry_class where id = ?")
                .param(class4)
                .query(Integer.class)
                .single();
        long up = enrol(school, token, "001216900001", "Nông Văn Lên", "2016-03-03", class4);
        long stays = enrol(school, token, "001216900002", "Nông Văn Ở", "2016-04-04", class4);
        long completes = enrol(school, token, "001215900003", "Nông Văn Xong", "2015-05-05", school.classId());
        mvc.perform(post("/api/v1/schools/{id}/students/{s}/hold-back", school.id(), stays)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldBack\": true}"))
                .andExpect(status().isOk());

        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/schools/{id}/rollover", school.id()).with(demo.as(school.clerk())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page)
                .contains(
                        "Năm học " + year + "-" + (year + 1),
                        "Năm học " + (year + 1) + "-" + (year + 2),
                        "Lên lớp: 1 · Ở lại lớp: 1 · Hoàn thành chương trình: 1");

        mvc.perform(post("/schools/{id}/rollover", school.id())
                        .with(demo.as(school.clerk()))
                        .with(csrf())
                        .param("fromYear", String.valueOf(year)))
                .andExpect(status().is3xxRedirection());

        assertThat(classOf(up)).isEqualTo("5B1/" + (year + 1));
        assertThat(classOf(stays)).isEqualTo("4B1/" + (year + 1));
        assertThat(jdbc.sql("select status from registry_student where id = ?")
                        .param(completes)
                        .query(String.class)
                        .single())
                .isEqualTo("GRADUATED");
        assertThat(jdbc.sql("select held_back from registry_student where id = ?")
                        .param(stays)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        // The successor class keeps its sessions; the school now works in the new year.
        assertThat(jdbc.sql(
                                "select sessions_per_day from registry_class where school_unit_id = ? and name = '5B1' and start_year = ?")
                        .params(school.id(), year + 1)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        String classes = mvc.perform(
                        get("/api/v1/schools/{id}/classes", school.id()).with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> names = JsonPath.read(classes, "$[*].name");
        assertThat(names).containsExactlyInAnyOrder("4B1", "5B1");

        String history = mvc.perform(get("/api/v1/schools/{id}/students/{s}/history", school.id(), up)
                        .with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> kinds = JsonPath.read(history, "$[*].kind");
        assertThat(kinds).containsExactly("ENROLLED", "PROMOTED");

        // Running it twice is refused: the year is no longer the school's latest.
        mvc.perform(post("/api/v1/schools/{id}/rollover", school.id())
                        .param("fromYear", String.valueOf(year))
                        .with(Demo.bearer(token)))
                .andExpect(status().isConflict());
    }

    @Test
    void onlyTheSchoolsKeepersRollItOver() throws Exception {
        mvc.perform(post("/api/v1/schools/{id}/rollover", demo.school1().id())
                        .param("fromYear", "2026")
                        .with(Demo.bearer(demo.token(mvc, "sogd"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/schools/{id}/rollover", demo.school1().id())
                        .with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(false));
    }
}
