package vn.eduvn.assessment.contactbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/** The demo parent reads their child's contact book, sees a new mark at once, and nobody else's child. */
@EduVnTest
class ContactBookTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    private String parent() {
        return demo.token(mvc, "phuhuynh1");
    }

    private long child() throws Exception {
        String children = mvc.perform(get("/api/v1/me/children").with(Demo.bearer(parent())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(children, "$[*].className")).containsExactly("1A1");
        return ((Number) JsonPath.read(children, "$[0].id")).longValue();
    }

    @Test
    void theParentReadsTheFirstTermAndANewMarkAppearsAtOnce() throws Exception {
        long child = child();
        String book = mvc.perform(
                        get("/api/v1/me/children/{s}/contact-book", child).with(Demo.bearer(parent())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> level = JsonPath.read(book, "$.subjects[?(@.code == 'TOAN')].term1.cells.LEVEL");
        assertThat(level).hasSize(1).allMatch(l -> List.of("T", "H", "C").contains(l));
        List<String> test = JsonPath.read(book, "$.subjects[?(@.code == 'TOAN')].term1.cells.TEST");
        assertThat(test.get(0)).matches("\\d+");

        // The class teacher enters the second term's level in Tiếng Việt.
        String teacher = demo.token(mvc, "giaovien1");
        long classId = jdbc.sql("select class_id from registry_student where id = ?")
                .param(child)
                .query(Long.class)
                .single();
        String grid = mvc.perform(get("/api/v1/gradebooks")
                        .param("classId", String.valueOf(classId))
                        .param("subject", "TIENG_VIET")
                        .param("term", "2")
                        .with(Demo.bearer(teacher)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long gradebook = ((Number) JsonPath.read(grid, "$.id")).longValue();
        mvc.perform(put("/api/v1/gradebooks/{id}/marks", gradebook)
                        .with(Demo.bearer(teacher))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"column\": \"LEVEL\", \"value\": \"T\", \"version\": 0}"
                                .formatted(child)))
                .andExpect(status().isOk());
        String after = mvc.perform(
                        get("/api/v1/me/children/{s}/contact-book", child).with(Demo.bearer(parent())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(after, "$.subjects[?(@.code == 'TIENG_VIET')].term2.result"))
                .containsExactly("T");

        // The homeroom teacher marks the child away with leave on a past day; the parent sees which day.
        java.time.LocalDate away =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3);
        mvc.perform(put("/api/v1/homeroom/{c}/attendance", classId)
                        .with(Demo.bearer(teacher))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\": \"%s\", \"marks\": [{\"studentId\": %d, \"status\": \"EXCUSED\"}]}"
                                .formatted(away, child)))
                .andExpect(status().isNoContent());

        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/family").with(demo.as("phuhuynh1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page)
                .contains(
                        "Sổ liên lạc",
                        "Toán",
                        "Tiếng Việt",
                        away.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " (có phép)");
    }

    @Test
    void theParentOpensNoOtherChildAndNoSchoolPage() throws Exception {
        long child = child();
        long other = jdbc.sql("select min(id) from registry_student where school_unit_id = ? and id <> ?")
                .params(demo.school1().id(), child)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/me/children/{s}/contact-book", other).with(Demo.bearer(parent())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/schools/{id}/students/{s}", demo.school1().id(), child)
                        .with(Demo.bearer(parent())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/schools/{id}", demo.school1().id()).with(demo.as("phuhuynh1")))
                .andExpect(status().isForbidden());
        long classId = jdbc.sql("select class_id from registry_student where id = ?")
                .param(child)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/gradebooks")
                        .param("classId", String.valueOf(classId))
                        .param("subject", "TOAN")
                        .with(Demo.bearer(parent())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/homeroom/{c}", classId).with(Demo.bearer(parent())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theClerkLinksAParentsAccountToAPupil() throws Exception {
        long pupil = jdbc.sql("select max(id) from registry_student where school_unit_id = ?")
                .param(demo.school1().id())
                .query(Long.class)
                .single();
        String clerk = demo.token(mvc, "giaovu1");
        String linked = mvc.perform(post(
                                "/api/v1/schools/{id}/students/{s}/guardians",
                                demo.school1().id(),
                                pupil)
                        .with(Demo.bearer(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"Me.Cua.Be\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(linked, "$")).containsExactly("me.cua.be");
        mvc.perform(post(
                                "/api/v1/schools/{id}/students/{s}/guardians",
                                demo.school1().id(),
                                pupil)
                        .with(Demo.bearer(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"x y\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(
                                "/api/v1/schools/{id}/students/{s}/guardians",
                                demo.school1().id(),
                                pupil)
                        .with(Demo.bearer(demo.token(mvc, "giaovien1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"ke.gian\"}"))
                .andExpect(status().isForbidden());
    }
}
