package vn.eduvn.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * The principal adjusts the lessons before solving: a double period for Toán, the computer room for Tin học;
 * the solver honours them; settings that cannot hold are refused at once, naming the field.
 */
@EduVnTest
class LessonSettingsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    private ResultActions putJson(String path, String token, String body) throws Exception {
        return mvc.perform(put(path)
                .with(Demo.bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String read(String path, String token) throws Exception {
        return mvc.perform(get(path).with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aDoublePeriodAndTheComputerRoomAreSetAndHonoured() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        long class6a1 = vn.eduvn.SchoolClasses.id(mvc, demo, school, "6A1");
        String base = "/api/v1/schools/" + school + "/timetable";
        putJson(base + "/rooms/PM", token, "{\"name\": \"Phòng máy\", \"capacity\": 1}")
                .andExpect(status().isNoContent());
        putJson(base + "/rooms/PM", token, "{\"name\": \"Phòng máy\", \"capacity\": 0}")
                .andExpect(status().isBadRequest());
        putJson(base + "/lessons/" + class6a1 + "/TOAN", token, "{\"blocks\": [2, 1, 1]}")
                .andExpect(status().isNoContent());
        putJson(base + "/lessons/" + class6a1 + "/TIN_HOC", token, "{\"room\": \"PM\"}")
                .andExpect(status().isNoContent());
        String refused = putJson(
                        base + "/lessons/" + class6a1 + "/NGU_VAN", token, "{\"blocks\": [2, 1], \"room\": \"LAB\"}")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("blocks", "room", "LAB");

        String problem = read(base + "/problem", token);
        assertThat(JsonPath.<List<Object>>read(problem, "$.lessons[?(@.id == '6A1-TOAN')].blocks"))
                .hasSize(1);
        assertThat(JsonPath.<List<String>>read(problem, "$.lessons[?(@.id == '6A1-TIN_HOC')].room"))
                .containsExactly("PM");
        assertThat(JsonPath.<List<String>>read(problem, "$.rooms[*].id")).contains("PM");

        long run = ((Number) JsonPath.read(
                        mvc.perform(post(base + "/runs").param("seconds", "4").with(Demo.bearer(token)))
                                .andExpect(status().isAccepted())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8),
                        "$.id"))
                .longValue();
        String done = SolveRuns.ended(() -> read(base + "/runs/" + run, token));
        assertThat(((Number) JsonPath.read(done, "$.hard")).longValue()).isZero();
        List<Map<String, Object>> toan = JsonPath.read(done, "$.solution.placements[?(@.lesson == '6A1-TOAN')]");
        assertThat(toan.stream()
                        .anyMatch(a -> toan.stream()
                                .anyMatch(b -> a.get("day").equals(b.get("day"))
                                        && ((Number) b.get("period")).intValue()
                                                == ((Number) a.get("period")).intValue() + 1)))
                .as("a double period")
                .isTrue();
        assertThat(JsonPath.<List<String>>read(done, "$.solution.placements[?(@.lesson == '6A1-TIN_HOC')].room"))
                .containsOnly("PM");

        String whole = org.springframework.web.util.HtmlUtils.htmlUnescape(
                mvc.perform(get("/schools/{id}/timetable", school).with(demo.as("hieutruong2")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(whole)
                .contains("id=\"room-grid-0\"", "Tin học – 6A1", "id=\"school-grid\"", "Toàn trường", "Theo phòng");

        // On the page, a refused row comes back as typed, with the reason.
        var refusedRow = mvc.perform(
                        post("/schools/{id}/timetable/lessons/{c}/NGU_VAN", school, class6a1)
                                .with(demo.as("hieutruong2"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("blocks", "3,3")
                                .param("maxPerDay", "2"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String typedBack = org.springframework.web.util.HtmlUtils.htmlUnescape(
                mvc.perform(get("/schools/{id}/timetable/lessons", school)
                                .with(demo.as("hieutruong2"))
                                .flashAttrs(refusedRow.getFlashMap()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(typedBack).contains("alert-danger", "value=\"3,3\"");

        String page = mvc.perform(get("/schools/{id}/timetable/lessons", school).with(demo.as("hieutruong2")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"2,1,1\"");
        // Back as they were, for the other stories of the school.
        putJson(base + "/lessons/" + class6a1 + "/TOAN", token, "{}").andExpect(status().isNoContent());
        putJson(base + "/lessons/" + class6a1 + "/TIN_HOC", token, "{}").andExpect(status().isNoContent());
    }
}
