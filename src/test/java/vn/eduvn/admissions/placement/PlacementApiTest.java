package vn.eduvn.admissions.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * The department's official (or an independent checker) sends a placement problem and gets exactly the result of
 * the format's rule; a problem that does not validate is refused with every error named, and nobody below the
 * department may run placement.
 */
@EduVnTest
class PlacementApiTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    private ResultActions place(String problem, String user) throws Exception {
        return mvc.perform(post("/api/v1/admissions/placement")
                .with(Demo.bearer(demo.token(mvc, user)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(problem));
    }

    private static String example(String name) throws Exception {
        return new ClassPathResource("admissions/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lop10-2000", "lop10-3000-tiebreak"})
    void theSharedExamplesAreReproducedExactly(String name) throws Exception {
        String body = place(example(name + ".json"), "sogd")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode actual = json.readTree(body);
        JsonNode expected = json.readTree(example(name + ".result.json"));
        assertThat(actual.get("format").asString()).isEqualTo("eduvn-admission-result/1");
        assertThat(actual.get("ineligible").asInt())
                .isEqualTo(expected.get("ineligible").asInt());
        assertThat(actual.get("unplaced").asInt())
                .isEqualTo(expected.get("unplaced").asInt());
        assertThat(actual.get("schools")).hasSameSizeAs(expected.get("schools"));
        for (int s = 0; s < expected.get("schools").size(); s++) {
            JsonNode e = expected.get("schools").get(s);
            JsonNode a = actual.get("schools").get(s);
            assertThat(a.get("id").asString()).isEqualTo(e.get("id").asString());
            assertThat(a.get("admitted").asInt())
                    .as("admitted at " + e.get("id"))
                    .isEqualTo(e.get("admitted").asInt());
            assertThat(a.get("quota").asInt()).isEqualTo(e.get("quota").asInt());
            assertThat(a.get("cutoff").isNull()).isEqualTo(e.get("cutoff").isNull());
            if (!e.get("cutoff").isNull()) {
                assertThat(a.get("cutoff").asDouble())
                        .as("cut-off of " + e.get("id"))
                        .isEqualTo(e.get("cutoff").asDouble());
            }
        }
        assertThat(actual.get("applicants")).hasSameSizeAs(expected.get("applicants"));
        for (int i = 0; i < expected.get("applicants").size(); i++) {
            JsonNode e = expected.get("applicants").get(i);
            JsonNode a = actual.get("applicants").get(i);
            String who = e.get("id").asString();
            assertThat(a.get("id").asString()).isEqualTo(who);
            assertThat(a.get("admittedTo").isNull() ? null : a.get("admittedTo").asString())
                    .as(who)
                    .isEqualTo(
                            e.get("admittedTo").isNull()
                                    ? null
                                    : e.get("admittedTo").asString());
            assertThat(a.get("choiceRank").isNull() ? null : a.get("choiceRank").asInt())
                    .as(who)
                    .isEqualTo(
                            e.get("choiceRank").isNull()
                                    ? null
                                    : e.get("choiceRank").asInt());
            assertThat(a.get("total").asDouble())
                    .as(who)
                    .isEqualTo(e.get("total").asDouble());
        }
    }

    @Test
    void aProblemThatDoesNotValidateIsRefusedWithEveryErrorNamed() throws Exception {
        String problem = """
                {"format": "eduvn-admission/1", "weights": {"TOAN": 1}, "choicePremiums": [0, 1],
                 "tiePolicy": "ALL_OR_NONE",
                 "schools": [{"id": "A", "quota": -1}, {"id": "B", "quota": 5}],
                 "applicants": [
                   {"id": "X", "scores": {"TOAN": 11}, "priority": 0, "choices": ["C"]},
                   {"id": "X", "scores": {"TOAN": 5}, "priority": 0, "choices": ["B"]},
                   {"id": "Y", "scores": {"TOAN": 5}, "priority": 0, "choices": ["B", "B", "A"]}]}
                """;
        place(problem, "sogd")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'schools[0].quota')].message")
                        .value("Chỉ tiêu của trường A phải là số nguyên không âm (đang là -1)."))
                .andExpect(jsonPath("$.errors[?(@.field == 'applicants[0].scores.TOAN')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'applicants[0].choices[0]')].message")
                        .value("Nguyện vọng của thí sinh X ghi trường \"C\" không có trong danh sách trường."))
                .andExpect(jsonPath("$.errors[?(@.field == 'applicants[1].id')].message")
                        .value("Mã thí sinh \"X\" bị thiếu hoặc trùng."))
                .andExpect(jsonPath("$.errors[?(@.field == 'applicants[2].choices')].message")
                        .value("Thí sinh Y có 3 nguyện vọng, nhiều hơn 2 nguyện vọng được phép."))
                .andExpect(jsonPath("$.errors[?(@.field == 'applicants[2].choices[1]')]")
                        .exists());
    }

    @Test
    void anEmptyBodyOrAnotherFormatIsRefused() throws Exception {
        place("{\"format\": \"eduvn-timetable/1\"}", "sogd")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'format')]").exists());
    }

    @Test
    void aPrincipalMayNotRunPlacement() throws Exception {
        place(example("lop10-2000.json"), "hieutruong2").andExpect(status().isForbidden());
    }
}
