package vn.eduvn.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.org.Units;

@EduVnTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Units units;

    @Test
    void anAnonymousVisitorIsSentToTheVietnameseSignInPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"vi\">")))
                .andExpect(content().string(containsString("Tên đăng nhập")))
                .andExpect(content().string(containsString("English")));
    }

    @Test
    void aPrincipalSignsInSeesTheirHomePageAndSignsOut() throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/login").user("hieutruong1").password(Demo.PASSWORD))
                .andExpect(authenticated().withUsername("hieutruong1"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xin chào, Nguyễn Thị Lan")))
                .andExpect(content().string(containsString("Hiệu trưởng")))
                .andExpect(content().string(containsString(demo.school1().name())));
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
        assertThat(events("hieutruong1", "LOGIN_SUCCEEDED")).isPositive();
        assertThat(events("hieutruong1", "LOGOUT")).isPositive();
    }

    @Test
    void theHomePageFitsTheRole() throws Exception {
        mvc.perform(get("/").with(demo.as("admin")))
                .andExpect(content().string(containsString("Quản lý tài khoản")))
                .andExpect(content().string(containsString("Nhật ký hệ thống")));
        mvc.perform(get("/").with(demo.as("giaovien1")))
                .andExpect(content().string(containsString("Lớp và môn được phân công")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Quản lý tài khoản"))));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndTheUsernameKept() throws Exception {
        MvcResult failed = mvc.perform(formLogin("/login").user("giaovu1").password("sai-mat-khau-1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"))
                .andReturn();
        mvc.perform(get("/login").param("error", "bad").session((MockHttpSession)
                        failed.getRequest().getSession()))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")))
                .andExpect(content().string(containsString("value=\"giaovu1\"")));
        assertThat(events("giaovu1", "LOGIN_FAILED")).isPositive();
    }

    @Test
    void fiveFailedSignInsLockTheAccountForFifteenMinutes() throws Exception {
        demo.createAccount(mvc, "khoa.thu", "TEACHER", demo.school1().id());
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("khoa.thu").password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").user("khoa.thu").password(Demo.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(content().string(containsString("Tài khoản đang bị khóa tạm thời")));

        Instant lockedUntil = jdbc.sql("select locked_until from identity_account where username = 'khoa.thu'")
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
        assertThat(Duration.between(Instant.now(), lockedUntil))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        assertThat(events("khoa.thu", "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(events("khoa.thu", "LOGIN_REFUSED_LOCKED")).isEqualTo(1);
        assertThat(events("khoa.thu", "LOGIN_FAILED")).isEqualTo(5);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String before = demo.school2().name();
        mvc.perform(post("/units/{id}/rename", demo.school2().id())
                        .with(demo.as("admin"))
                        .param("name", "Đổi tên không có CSRF"))
                .andExpect(status().isForbidden());
        assertThat(units.find(demo.school2().id()).orElseThrow().name()).isEqualTo(before);
        mvc.perform(post("/login").param("username", "admin").param("password", Demo.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void errorPagesAreVietnameseAndShowNoStackTrace() throws Exception {
        mvc.perform(get("/units/{id}", 987654321L).with(demo.as("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
        mvc.perform(get("/accounts").with(demo.as("giaovien1")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Không có quyền truy cập")));
    }

    private long events(String username, String type) {
        return jdbc.sql("select count(*) from identity_security_event where username = ? and type = ?")
                .params(username, type)
                .query(Long.class)
                .single();
    }
}
