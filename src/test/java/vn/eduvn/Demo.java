package vn.eduvn;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.eduvn.identity.security.EduVnUserDetailsService;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;

/**
 * The demo province as tests meet it: its units by code, its users signed in for MockMvc, and bearer tokens
 * obtained from the real token endpoint.
 */
@TestComponent
public class Demo {

    public static final String PASSWORD = "Demo-Pass-2026";

    private final Units units;

    private final EduVnUserDetailsService users;

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Demo(Units units, EduVnUserDetailsService users) {
        // The demo province files applications at start-up, and the application mails their parents.
        TestMail.server();
        this.units = units;
        this.users = users;
    }

    public UnitView ministry() {
        return units.root().orElseThrow();
    }

    public UnitView department() {
        return units.findByCode("DEPARTMENT", "33").orElseThrow();
    }

    public UnitView otherDepartment() {
        return units.findByCode("DEPARTMENT", "01").orElseThrow();
    }

    /** School 1: the primary school of hieutruong1, giaovu1, giaovien1. */
    public UnitView school1() {
        return units.findByCode("SCHOOL", "33TH001").orElseThrow();
    }

    public UnitView campus1() {
        return units.findByCode("CAMPUS", "33TH001-2").orElseThrow();
    }

    /** School 2: the lower-secondary school of hieutruong2. */
    public UnitView school2() {
        return units.findByCode("SCHOOL", "33THCS001").orElseThrow();
    }

    public UnitView commune1() {
        return units.find(school1().parentId()).orElseThrow();
    }

    /** Signs the request in as the demo user, with the grants the real sign-in would give. */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    /** A bearer token for the user, from POST /api/v1/auth/tokens (cached: the endpoint is rate-limited). */
    public String token(MockMvc mvc, String username) {
        return tokens.computeIfAbsent(username, u -> requestToken(mvc, u, PASSWORD));
    }

    public static String requestToken(MockMvc mvc, String username, String password) {
        try {
            String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/tokens")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            return JsonPath.read(body, "$.token");
        } catch (Exception e) {
            throw new IllegalStateException("Could not get a token for " + username, e);
        }
    }

    /** Creates an account through the administration page, as the demo administrator would. */
    public void createAccount(MockMvc mvc, String username, String role, long unitId) {
        try {
            mvc.perform(MockMvcRequestBuilders.post("/accounts")
                            .with(as("admin"))
                            .with(SecurityMockMvcRequestPostProcessors.csrf())
                            .param("username", username)
                            .param("displayName", "Người thử " + username)
                            .param("email", username + "@example.vn")
                            .param("homeUnitId", String.valueOf(unitId))
                            .param("password", PASSWORD)
                            .param("role", role))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                            .is3xxRedirection());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
