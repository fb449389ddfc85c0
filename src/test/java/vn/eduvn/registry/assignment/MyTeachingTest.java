package vn.eduvn.registry.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** A teacher sees the classes they lead and the subjects they teach, once the clerk links their record. */
@EduVnTest
class MyTeachingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Test
    void theDemoTeacherSeesTheirHomeroomClassAndSubjects() throws Exception {
        String body = mvc.perform(
                        get("/api/v1/me/teaching-assignments").with(Demo.bearer(demo.token(mvc, "giaovien1"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(body, "$[*].className")).contains("1A1");
        assertThat((List<String>) JsonPath.read(body, "$[*].subjectCode")).contains("TIENG_VIET", "TOAN");
        mvc.perform(get("/my/teaching").with(demo.as("giaovien1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1A1")))
                .andExpect(content().string(containsString("Tiếng Việt")));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theTeacherReadsTheClassListOfTheirClassesInVietnameseOrderAndNoOtherClass() throws Exception {
        long own = jdbc.sql("select id from registry_class where school_unit_id = ? and name = '1A1'")
                .param(demo.school1().id())
                .query(Long.class)
                .list()
                .get(0);
        List<String> expected = jdbc.sql(
                        "select full_name from registry_student where class_id = ? and status = 'ENROLLED' order by sort_key, id")
                .param(own)
                .query(String.class)
                .list();
        String body = mvc.perform(get("/api/v1/me/classes/{c}", own).with(Demo.bearer(demo.token(mvc, "giaovien1"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(body, "$.students[*].fullName"))
                .isNotEmpty()
                .containsExactlyElementsOf(expected);
        mvc.perform(get("/my/classes/{c}", own).with(demo.as("giaovien1")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(org.springframework.web.util.HtmlUtils.htmlEscape(expected.get(0)))));

        long sameSchool = jdbc.sql("select id from registry_class where school_unit_id = ? and name = '2A1'")
                .param(demo.school1().id())
                .query(Long.class)
                .list()
                .get(0);
        long otherSchool = jdbc.sql("select min(id) from registry_class where school_unit_id = ?")
                .param(demo.school2().id())
                .query(Long.class)
                .single();
        for (long other : List.of(sameSchool, otherSchool)) {
            mvc.perform(get("/api/v1/me/classes/{c}", other).with(Demo.bearer(demo.token(mvc, "giaovien1"))))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/my/classes/{c}", other).with(demo.as("giaovien1")))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void aTeacherWithoutALinkedRecordIsToldWhy() throws Exception {
        demo.createAccount(mvc, "gv.moi", "TEACHER", demo.school1().id());
        mvc.perform(get("/my/teaching").with(demo.as("gv.moi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chưa gắn với tài khoản của bạn")));
    }

    @Test
    void anAccountLinksToOneStaffRecordOnly() throws Exception {
        mvc.perform(post("/schools/{id}/staff", demo.school1().id())
                        .with(demo.as("giaovu1"))
                        .with(csrf())
                        .param("personalId", "001188765432")
                        .param("fullName", "Lại Văn Sâm")
                        .param("birthDate", "1988-01-01")
                        .param("gender", "MALE")
                        .param("position", "GIAO_VIEN")
                        .param("qualification", "DAI_HOC")
                        .param("titleRank", "HANG_III")
                        .param("contractType", "VIEN_CHUC")
                        .param("accountUsername", "giaovien1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Tài khoản &quot;giaovien1&quot; đã gắn với hồ sơ cán bộ khác.")));
    }
}
