package vn.eduvn.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

@EduVnTest
class AccountAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesATeacherWhoCanThenSignIn() throws Exception {
        demo.createAccount(mvc, "gv.hoa", "TEACHER", demo.school1().id());
        mvc.perform(formLogin("/login").user("gv.hoa").password(Demo.PASSWORD))
                .andExpect(authenticated().withRoles("TEACHER"));
        mvc.perform(get("/accounts").param("q", "gv.hoa").with(demo.as("admin")))
                .andExpect(content().string(containsString("Người thử gv.hoa")));
    }

    @Test
    void rolesAreGrantedAndRevokedAtAUnitAndLogged() throws Exception {
        demo.createAccount(mvc, "gv.mai", "TEACHER", demo.school1().id());
        long id = accountId("gv.mai");
        mvc.perform(post("/accounts/{id}/grants", id)
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("role", "CLERK")
                        .param("unitId", String.valueOf(demo.campus1().id())))
                .andExpect(status().is3xxRedirection());
        long grantId = jdbc.sql("select id from identity_role_grant where account_id = ? and role = 'CLERK'")
                .param(id)
                .query(Long.class)
                .single();
        mvc.perform(get("/accounts/{id}", id).with(demo.as("admin")))
                .andExpect(content().string(containsString("Giáo vụ / văn thư")))
                .andExpect(content()
                        .string(containsString(
                                HtmlUtils.htmlEscape(demo.campus1().name(), "UTF-8"))));

        mvc.perform(post("/accounts/{id}/grants", id)
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("role", "CLERK")
                        .param("unitId", String.valueOf(demo.campus1().id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tài khoản đã có vai trò này tại đơn vị này.")));

        mvc.perform(post("/accounts/{id}/grants/{g}/revoke", id, grantId)
                        .with(demo.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from identity_role_grant where account_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select type from identity_security_event where username = 'gv.mai' order by id")
                        .query(String.class)
                        .list())
                .contains("ACCOUNT_CREATED", "ROLE_GRANTED", "ROLE_REVOKED");
    }

    @Test
    void aResetPasswordIsShownOnceAndWorks() throws Exception {
        demo.createAccount(mvc, "gv.quen", "TEACHER", demo.school1().id());
        long id = accountId("gv.quen");
        String temporary = (String) mvc.perform(post("/accounts/{id}/reset-password", id)
                        .with(demo.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("temporaryPassword");
        assertThat(temporary).hasSize(12);
        mvc.perform(formLogin("/login").user("gv.quen").password(Demo.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("gv.quen").password(temporary)).andExpect(authenticated());
    }

    @Test
    void badAccountDataIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/accounts")
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("username", "giaovu1")
                        .param("displayName", "Trùng Tên")
                        .param("email", "")
                        .param("homeUnitId", String.valueOf(demo.school1().id()))
                        .param("password", Demo.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập &quot;giaovu1&quot; đã có người dùng.")))
                .andExpect(content().string(containsString("value=\"giaovu1\"")));
        mvc.perform(post("/accounts")
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("username", "gv.yeu")
                        .param("displayName", "Mật Khẩu Yếu")
                        .param("email", "khong-phai-email")
                        .param("homeUnitId", String.valueOf(demo.school1().id()))
                        .param("password", "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ.")));
        mvc.perform(post("/accounts")
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("username", "gv.yeu")
                        .param("displayName", "Mật Khẩu Yếu")
                        .param("email", "")
                        .param("homeUnitId", String.valueOf(demo.school1().id()))
                        .param("password", "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu cần ít nhất 8 ký tự, có cả chữ và số.")));
        assertThat(jdbc.sql("select count(*) from identity_account where username = 'gv.yeu'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aUserChangesTheirOwnPassword() throws Exception {
        demo.createAccount(mvc, "gv.doimk", "TEACHER", demo.school1().id());
        mvc.perform(post("/account/password")
                        .with(demo.as("gv.doimk"))
                        .with(csrf())
                        .param("currentPassword", "sai")
                        .param("newPassword", "MatKhauMoi2026")
                        .param("confirmation", "MatKhauMoi2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
        mvc.perform(post("/account/password")
                        .with(demo.as("gv.doimk"))
                        .with(csrf())
                        .param("currentPassword", Demo.PASSWORD)
                        .param("newPassword", "MatKhauMoi2026")
                        .param("confirmation", "KhacNhau2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hai lần nhập mật khẩu mới không khớp.")));
        mvc.perform(post("/account/password")
                        .with(demo.as("gv.doimk"))
                        .with(csrf())
                        .param("currentPassword", Demo.PASSWORD)
                        .param("newPassword", "MatKhauMoi2026")
                        .param("confirmation", "MatKhauMoi2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user("gv.doimk").password("MatKhauMoi2026"))
                .andExpect(authenticated());
        mvc.perform(formLogin("/login").user("gv.doimk").password(Demo.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void aProvinceAdministratorManagesOnlyTheirProvince() throws Exception {
        demo.createAccount(mvc, "qt.tinh", "SYSTEM_ADMIN", demo.department().id());
        long adminOfMinistry = accountId("admin");
        mvc.perform(get("/accounts/{id}", adminOfMinistry).with(demo.as("qt.tinh")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accounts/{id}", accountId("hieutruong2")).with(demo.as("qt.tinh")))
                .andExpect(status().isOk());
        mvc.perform(post("/accounts/{id}/grants", accountId("hieutruong2"))
                        .with(demo.as("qt.tinh"))
                        .with(csrf())
                        .param("role", "PRINCIPAL")
                        .param("unitId", String.valueOf(demo.otherDepartment().id())))
                .andExpect(content().string(containsString("Không tìm thấy đơn vị")));
        mvc.perform(get("/accounts").with(demo.as("qt.tinh")))
                .andExpect(content().string(containsString("hieutruong2")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">admin<"))));
    }

    private long accountId(String username) {
        return jdbc.sql("select id from identity_account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }
}
