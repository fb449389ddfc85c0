package vn.eduvn.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** Every page links to its module's user guide, which the application serves in the reader's language. */
@EduVnTest
class GuidePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Test
    void eachPageLinksToItsModulesGuideInTheReadersLanguage() throws Exception {
        assertThat(page("/my/teaching", "giaovien1")).contains("href=\"/guide/registry\"");
        assertThat(page("/schools/" + demo.school2().id() + "/academics", "hieutruong2"))
                .contains("href=\"/guide/assessment\"");
        assertThat(page("/schools/" + demo.school2().id() + "/timetable", "hieutruong2"))
                .contains("href=\"/guide/timetable\"");

        String vi = HtmlUtils.htmlUnescape(mvc.perform(get("/guide/registry"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(vi).contains("Tài khoản phụ huynh (giáo vụ, hiệu trưởng)", "<h2 id=");
        String en = HtmlUtils.htmlUnescape(mvc.perform(get("/guide/registry").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(en).contains("Parents' accounts (clerk, principal)");
        mvc.perform(get("/guide/secrets")).andExpect(status().isNotFound());
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(demo.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
