package vn.eduvn.registry.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.registry.NewSchool;

/**
 * The clerk opens parents' accounts from the registry's phone numbers, prints a letter per family, and gives a
 * forgetful parent a new password; a mother of two signs in once and sees both children; staff accounts are never
 * touched; another school's clerk sees none of it.
 */
@EduVnTest
class ParentAccountsTest {

    private static final Pattern LETTER = Pattern.compile(
            "class=\"col-7 col-md-9 fw-bold letter-username\">([^<]+)</dd>.*?letter-password\">([^<]+)</dd>",
            Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theClerkOpensAccountsInBulkAndAMotherOfTwoSeesBothChildren() throws Exception {
        NewSchool school = NewSchool.open(mvc, demo, jdbc, "33TH-PH", "giaovu.ph");
        String token = Demo.requestToken(mvc, school.clerk(), Demo.PASSWORD);
        enrol(token, school, "033316000901", "Lê Thị Lan", "0912 345 901");
        enrol(token, school, "033216000902", "Lê Văn Nam", "+84912345901");
        enrol(token, school, "033316000903", "Phạm Thu Hà", "0987.654.903");

        String page = page("/schools/" + school.id() + "/parent-accounts", school.clerk());
        assertThat(page).contains("0912345901", "Lê Thị Lan (5B1), Lê Văn Nam (5B1)", "0987654903", "Chưa có");

        MvcResult opened = mvc.perform(post("/schools/{id}/parent-accounts", school.id())
                        .with(demo.as(school.clerk()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String letters =
                HtmlUtils.htmlUnescape(mvc.perform(get(opened.getResponse().getRedirectedUrl())
                                .with(demo.as(school.clerk()))
                                .flashAttrs(opened.getFlashMap()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(letters).contains("Thư hướng dẫn đăng nhập EduVN", "Lê Thị Lan (5B1)", "Lê Văn Nam (5B1)");
        Matcher letter = LETTER.matcher(letters);
        String password = null;
        while (letter.find()) {
            if (letter.group(1).equals("0912345901")) {
                password = letter.group(2);
            }
        }
        assertThat(password).as("the mother's letter").isNotNull();

        String mother = Demo.requestToken(mvc, "0912345901", password);
        String children = mvc.perform(get("/api/v1/me/children").with(Demo.bearer(mother)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(children, "$[*].fullName"))
                .containsExactlyInAnyOrder("Lê Thị Lan", "Lê Văn Nam");
        assertThat(page("/family", "0912345901")).contains("Lê Thị Lan", "Lê Văn Nam");

        // Opening again makes no new password; the page now shows every family linked.
        MvcResult again = mvc.perform(post("/schools/{id}/parent-accounts", school.id())
                        .with(demo.as(school.clerk()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat((List<?>) again.getFlashMap().get("letters")).isEmpty();
        assertThat(page("/schools/" + school.id() + "/parent-accounts", school.clerk()))
                .doesNotContain("Chưa có");

        // The mother forgot her password: the clerk gives her a new one; the old one no longer works.
        MvcResult reset = mvc.perform(post("/schools/{id}/parent-accounts/reset", school.id())
                        .param("phone", "0912345901")
                        .with(demo.as(school.clerk()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String renewed = ((List<ParentAccounts.Letter>) reset.getFlashMap().get("letters"))
                .get(0)
                .password();
        assertThat(renewed).isNotEqualTo(password);
        Demo.requestToken(mvc, "0912345901", renewed);
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"0912345901\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void noClerkResetsAStaffPasswordOrReadsAnotherSchoolsFamilies() throws Exception {
        mvc.perform(post("/schools/{id}/parent-accounts/reset", demo.school1().id())
                        .param("phone", "giaovien1")
                        .with(demo.as("giaovu1"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/schools/{id}/parent-accounts", demo.school2().id()).with(demo.as("giaovu1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/schools/{id}/parent-accounts", demo.school1().id()).with(demo.as("giaovien1")))
                .andExpect(status().isForbidden());
        assertThat(ParentAccounts.mobile("0912 345 678")).isEqualTo("0912345678");
        assertThat(ParentAccounts.mobile("+84 912 345 678")).isEqualTo("0912345678");
        assertThat(ParentAccounts.mobile("024 3826 1234")).isNull();
    }

    private void enrol(String token, NewSchool school, String personalId, String name, String motherPhone)
            throws Exception {
        mvc.perform(post("/api/v1/schools/{id}/students", school.id())
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"personalId": "%s", "fullName": "%s", "birthDate": "2016-03-02", "gender": "%s", "ethnicityCode": "01",
                         "classId": %d, "motherName": "Nguyễn Thị Mẹ", "motherPhone": "%s"}""".formatted(
                                        personalId,
                                        name,
                                        personalId.charAt(3) == '3' ? "FEMALE" : "MALE",
                                        school.classId(),
                                        motherPhone)))
                .andExpect(status().isCreated());
    }

    private String page(String path, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(demo.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
