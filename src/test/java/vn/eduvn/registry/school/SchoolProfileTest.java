package vn.eduvn.registry.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** The clerk keeps the school profile: level, ownership, national standard, infrastructure. */
@EduVnTest
class SchoolProfileTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theClerkUpdatesTheProfileAndBadNumbersAreRefused() throws Exception {
        mvc.perform(post("/schools/{id}/profile", demo.school1().id())
                        .with(demo.as("giaovu1"))
                        .with(csrf())
                        .param("level", "PRIMARY")
                        .param("ownership", "CONG_LAP")
                        .param("nationalStandard", "2")
                        .param("classrooms", "-3")
                        .param("computerRooms", "1")
                        .param("computers", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được là số âm.")))
                .andExpect(content().string(containsString("value=\"-3\"")));
        mvc.perform(post("/schools/{id}/profile", demo.school1().id())
                        .with(demo.as("giaovu1"))
                        .with(csrf())
                        .param("level", "PRIMARY")
                        .param("ownership", "CONG_LAP")
                        .param("nationalStandard", "2")
                        .param("classrooms", "22")
                        .param("computerRooms", "2")
                        .param("computers", "40")
                        .param("fibreInternet", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select classrooms from registry_school where unit_id = ?")
                        .param(demo.school1().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(22);
        assertThat(jdbc.sql("select national_standard from registry_school where unit_id = ?")
                        .param(demo.school1().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aTeacherCannotChangeTheProfile() throws Exception {
        mvc.perform(post("/schools/{id}/profile", demo.school1().id())
                        .with(demo.as("giaovien1"))
                        .with(csrf())
                        .param("level", "PRIMARY")
                        .param("ownership", "TU_THUC")
                        .param("nationalStandard", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select ownership from registry_school where unit_id = ?")
                        .param(demo.school1().id())
                        .query(String.class)
                        .single())
                .isEqualTo("CONG_LAP");
    }
}
