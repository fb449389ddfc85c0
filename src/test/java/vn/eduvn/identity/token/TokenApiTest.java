package vn.eduvn.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

@EduVnTest
class TokenApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMachineClientExchangesCredentialsForABearerToken() throws Exception {
        String body = mvc.perform(tokenRequest("{\"username\":\"giaovu1\",\"password\":\"" + Demo.PASSWORD + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(body, "$.token");
        Instant expiresAt = Instant.parse(com.jayway.jsonpath.JsonPath.read(body, "$.expiresAt"));
        assertThat(expiresAt).isAfter(Instant.now().plusSeconds(3600));

        mvc.perform(get("/api/v1/me").with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("giaovu1"))
                .andExpect(jsonPath("$.grants[0].role").value("CLERK"))
                .andExpect(jsonPath("$.grants[0].unitId")
                        .value((int) demo.school1().id()))
                .andExpect(jsonPath("$.grants[0].unitName").value(demo.school1().name()));
        assertThat(jdbc.sql(
                                "select count(*) from identity_security_event where username = 'giaovu1' and type = 'TOKEN_ISSUED'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void wrongCredentialsGet401AndCountTowardsTheLockout() throws Exception {
        demo.createAccount(mvc, "api.khoa", "TEACHER", demo.school1().id());
        for (int i = 0; i < 5; i++) {
            mvc.perform(tokenRequest("{\"username\":\"api.khoa\",\"password\":\"wrong-" + i + "\"}"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("Tên đăng nhập hoặc mật khẩu không đúng."));
        }
        mvc.perform(tokenRequest("{\"username\":\"api.khoa\",\"password\":\"" + Demo.PASSWORD + "\"}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("This account is locked")));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        long accountId = jdbc.sql("select id from identity_account where username = 'giaovien1'")
                .query(Long.class)
                .single();
        String token = "expired-token-for-test";
        jdbc.sql("insert into identity_api_token (account_id, token_hash, issued_at, expires_at) values (?, ?, ?, ?)")
                .params(
                        accountId,
                        ApiTokens.hash(token),
                        Timestamp.from(Instant.now().minusSeconds(7200)),
                        Timestamp.from(Instant.now().minusSeconds(60)))
                .update();
        mvc.perform(get("/api/v1/me").with(Demo.bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(
                        jsonPath("$.detail").value("Mã truy cập không hợp lệ hoặc đã hết hạn; vui lòng xin mã mới."));
        mvc.perform(get("/api/v1/me").with(Demo.bearer("made-up"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aBodyThatDoesNotParseIsABadRequest() throws Exception {
        mvc.perform(tokenRequest("{\"username\": \"admin\", \"password\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail")
                        .value("Nội dung gửi lên không phải JSON hợp lệ hoặc thiếu trường bắt buộc."));
        mvc.perform(tokenRequest("{\"username\": \"admin\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("Không được để trống."));
    }

    @Test
    void tokenRequestsAreRateLimitedPerUsername() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(tokenRequest("{\"username\":\"rate.test\",\"password\":\"x-" + i + "\"}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(tokenRequest("{\"username\":\"rate.test\",\"password\":\"x\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail")
                        .value("Quá nhiều yêu cầu cấp mã truy cập; vui lòng thử lại sau một phút."));
    }

    private static MockHttpServletRequestBuilder tokenRequest(String json) {
        return post("/api/v1/auth/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }
}
