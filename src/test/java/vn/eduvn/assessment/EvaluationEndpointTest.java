package vn.eduvn.assessment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** An auditor's script posts each shared vector to the evaluation endpoint and gets the expected answer back. */
@EduVnTest
class EvaluationEndpointTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    private final JsonMapper json = JsonMapper.builder().build();

    private String token;

    @BeforeEach
    void signIn() {
        token = demo.token(mvc, "giaovien1");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> vectors() {
        return AssessmentVectors.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everySharedVectorPassesThroughTheEndpoint(String name, JsonNode vector) throws Exception {
        String request = json.writeValueAsString(json.createObjectNode()
                .put("regime", vector.get("regime").asString())
                .put("function", vector.get("function").asString())
                .set("input", vector.get("input")));
        String body = mvc.perform(post("/api/v1/assessment/evaluate")
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        AssessmentVectors.assertMatches(vector.get("expected"), json.readTree(body), name);
    }

    @Test
    void anUnknownRegimeOrFunctionOrABadInputIsAProblemNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/assessment/evaluate")
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regime\": \"SECONDARY_TT99\", \"function\": \"hocLucTT58\", \"input\": {}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("regime"))
                .andExpect(jsonPath("$.detail").value("Không có chế độ đánh giá \"SECONDARY_TT99\"."));
        mvc.perform(post("/api/v1/assessment/evaluate")
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regime\": \"SECONDARY_TT22_2021\", \"function\": \"hocLucTT58\", \"input\": {}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("function"));
        mvc.perform(
                        post("/api/v1/assessment/evaluate")
                                .with(Demo.bearer(token))
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("Accept-Language", "en")
                                .content(
                                        "{\"regime\": \"SECONDARY_TT22_2021\", \"function\": \"subjectYearAverage\", \"input\": {\"semester1\": 8.4, \"semester2\": \"tám\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("input.semester2"))
                .andExpect(jsonPath("$.detail").value("Field input.semester2 must be a number."));
        mvc.perform(post("/api/v1/assessment/evaluate")
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regime\": \"SECONDARY_TT22_2021\", \"function\": \"subjectYearAverage\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("input"));
    }

    @Test
    void onlySignedInUsersEvaluate() throws Exception {
        mvc.perform(
                        post("/api/v1/assessment/evaluate")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"regime\": \"SECONDARY_TT22_2021\", \"function\": \"subjectYearAverage\", \"input\": {\"semester1\": 8.4, \"semester2\": 7.8}}"))
                .andExpect(status().isUnauthorized());
    }
}
