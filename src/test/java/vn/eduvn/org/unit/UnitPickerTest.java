package vn.eduvn.org.unit;

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

/** An administrator picks a unit by typing part of its name, accents or not; nobody types an id, nobody finds a unit outside their scope. */
@EduVnTest
class UnitPickerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Test
    void aUnitIsFoundByItsNameWithoutAccentsAndOnlyWithinScope() throws Exception {
        String found = pick("admin", "duong hao");
        assertThat(found)
                .contains(demo.school1().name(), "data-id=\"" + demo.school1().id() + "\"");
        assertThat(pick("giaovu1", "vu tien")).doesNotContain(demo.school2().name());
        assertThat(pick("admin", "x")).doesNotContain("unit-choice");

        String form = HtmlUtils.htmlUnescape(mvc.perform(get("/accounts/new")
                        .param("unitId", String.valueOf(demo.school1().id()))
                        .with(demo.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(form)
                .contains(
                        "unit-search", "value=\"" + demo.school1().name() + "\"", "type=\"hidden\" name=\"homeUnitId\"")
                .doesNotContain("Mã số (id)");
    }

    private String pick(String user, String q) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/units/pick")
                        .param("q", q)
                        .param("field", "unitId")
                        .header("HX-Request", "true")
                        .with(demo.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
