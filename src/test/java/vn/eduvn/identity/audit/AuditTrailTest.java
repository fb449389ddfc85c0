package vn.eduvn.identity.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;

@EduVnTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    Units units;

    @Test
    void aRenameShowsWhoWhenWhereAndTheValuesBeforeAndAfter() throws Exception {
        mvc.perform(post("/units/{id}/children", demo.commune1().id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("typeCode", "SCHOOL")
                        .param("code", "AUDIT-1")
                        .param("name", "Trường Mầm non Sơn Ca"))
                .andExpect(status().is3xxRedirection());
        UnitView school = units.findByCode("SCHOOL", "AUDIT-1").orElseThrow();
        mvc.perform(post("/units/{id}/rename", school.id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("name", "Trường Mầm non Họa Mi"))
                .andExpect(status().is3xxRedirection());

        String page = text(mvc.perform(get("/audit")
                        .param("who", "admin")
                        .param("what", "OrgUnit")
                        .param("unitId", String.valueOf(demo.commune1().id()))
                        .with(demo.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("admin Trường Mầm non Họa Mi Đơn vị # " + school.id()
                        + " Sửa Tên : Trường Mầm non Sơn Ca → Trường Mầm non Họa Mi")
                .contains("admin " + demo.commune1().name() + " Đơn vị # " + school.id() + " Tạo mới")
                .contains("Mã : → AUDIT-1");
    }

    @Test
    void aChangeShowsThePupilByNameAndTheDayAsTypedNeverAnId() throws Exception {
        String token = Demo.requestToken(mvc, "giaovien2", Demo.PASSWORD);
        String mine = mvc.perform(get("/api/v1/me/teaching-assignments").with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        long classId = com.jayway.jsonpath.JsonPath.<java.util.List<Number>>read(
                        mine, "$[?(@.className == '6A2')].classId")
                .get(0)
                .longValue();
        java.time.LocalDate day =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(5);
        String register = mvc.perform(get("/api/v1/homeroom/{c}/attendance", classId)
                        .param("day", day.toString())
                        .with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        long pupil = ((Number) com.jayway.jsonpath.JsonPath.read(register, "$[7].studentId")).longValue();
        String name = com.jayway.jsonpath.JsonPath.read(register, "$[7].fullName");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/homeroom/{c}/attendance", classId)
                        .with(Demo.bearer(token))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"day\": \"%s\", \"marks\": [{\"studentId\": %d, \"status\": \"UNEXCUSED\"}]}"
                                .formatted(day, pupil)))
                .andExpect(status().isNoContent());

        String page = text(mvc.perform(get("/audit").param("what", "Absence").with(demo.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        org.assertj.core.api.Assertions.assertThat(page)
                .contains(
                        "Điểm danh vắng",
                        "Học sinh : → " + name,
                        "Lớp : → 6A2",
                        "Ngày vắng : → " + day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        "Có phép : → Không")
                .doesNotContain("studentId", "→ " + pupil + " ", "SessionId", "??");
    }

    /** The page as a reader sees it: text only, whitespace collapsed. */
    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
    }

    @Test
    void theUnitFilterKeepsOtherSchoolsOut() throws Exception {
        mvc.perform(get("/audit")
                        .param("unitId", String.valueOf(demo.school2().id()))
                        .with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Trường Mầm non Sơn Ca"))));
    }

    @Test
    void failedSignInsAppearAmongSecurityEvents() throws Exception {
        mvc.perform(formLogin("/login").user("hieutruong2").password("doan-bua-123"));
        mvc.perform(get("/audit")
                        .param("tab", "security")
                        .param("who", "hieutruong2")
                        .param("what", "LOGIN_FAILED")
                        .with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng nhập sai")))
                .andExpect(content().string(containsString("hieutruong2")));
    }

    @Test
    void onlyAdministratorsReadTheAuditTrail() throws Exception {
        mvc.perform(get("/audit").with(demo.as("sogd"))).andExpect(status().isForbidden());
        // A principal reads their own school's trail, and no other school's.
        mvc.perform(get("/audit").with(demo.as("hieutruong1"))).andExpect(status().isOk());
        mvc.perform(get("/audit")
                        .param("unitId", String.valueOf(demo.school2().id()))
                        .with(demo.as("hieutruong1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProvinceAdministratorCannotFilterOnAnotherProvince() throws Exception {
        demo.createAccount(mvc, "qt.audit", "SYSTEM_ADMIN", demo.department().id());
        mvc.perform(get("/audit")
                        .param("unitId", String.valueOf(demo.otherDepartment().id()))
                        .with(demo.as("qt.audit")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/audit").param("tab", "security").with(demo.as("qt.audit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("qt.audit")));
    }
}
