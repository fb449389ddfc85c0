package vn.eduvn.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * The principal moves a lesson by hand: a move onto another lesson of the class is refused and explained; kept
 * as an override it stays flagged and blocks publication; re-solving keeps the moved period where the principal
 * put it and solves the rest around it; fixed periods do not move.
 */
@EduVnTest
class TimetableMoveTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    private String read(String path, String token) throws Exception {
        return mvc.perform(get(path).with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String solve(long school, String token, String from) throws Exception {
        var request = post("/api/v1/schools/{id}/timetable/runs", school)
                .param("seconds", "3")
                .with(Demo.bearer(token));
        if (from != null) {
            request.param("from", from);
        }
        long run = ((Number) JsonPath.read(
                        mvc.perform(request)
                                .andExpect(status().isAccepted())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8),
                        "$.id"))
                .longValue();
        return SolveRuns.ended(() -> read("/api/v1/schools/" + school + "/timetable/runs/" + run, token));
    }

    private org.springframework.test.web.servlet.ResultActions move(
            long school, long run, String token, Map<String, Object> p, Map<String, Object> to, boolean override)
            throws Exception {
        String body = """
                {"lesson": "%s", "fromDay": "%s", "fromSession": "%s", "fromPeriod": %s, "toDay": "%s", "toSession": "%s",
                 "toPeriod": %s, "override": %s}""".formatted(
                        p.get("lesson"),
                        p.get("day"),
                        p.get("session"),
                        p.get("period"),
                        to.get("day"),
                        to.get("session"),
                        to.get("period"),
                        override);
        return mvc.perform(post("/api/v1/schools/{id}/timetable/runs/{r}/moves", school, run)
                .with(Demo.bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void aMoveOntoAnotherLessonIsExplainedAndKeptOnlyAsAFlaggedOverrideThatReSolvingRespects() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String first = solve(school, token, null);
        assertThat(((Number) JsonPath.read(first, "$.hard")).longValue()).isZero();
        long run = ((Number) JsonPath.read(first, "$.id")).longValue();
        List<Map<String, Object>> toan = JsonPath.read(first, "$.solution.placements[?(@.lesson == '6A1-TOAN')]");
        List<Map<String, Object>> others = JsonPath.read(
                first,
                "$.solution.placements[?(@.lesson =~ /6A1-.*/ && @.lesson != '6A1-TOAN' && @.lesson != '6A1-CHAO_CO' && @.lesson != '6A1-SINH_HOAT_LOP' && @.period > 1 && @.period < 5)]");
        Map<String, Object> from = toan.get(0);
        Map<String, Object> onto = others.stream()
                .filter(o -> !o.get("day").equals(from.get("day")))
                .findFirst()
                .orElseThrow();

        String before = read("/api/v1/schools/" + school + "/timetable/runs/" + run, token);
        String refused = move(school, run, token, from, onto, false)
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(refused, "$.broken")).contains("Class conflict");
        assertThat(JsonPath.<String>read(refused, "$.explanation")).contains("Lớp học hai tiết cùng lúc");
        String unchanged = read("/api/v1/schools/" + school + "/timetable/runs/" + run, token);
        assertThat(JsonPath.<Object>read(unchanged, "$.solution.placements"))
                .isEqualTo(JsonPath.read(before, "$.solution.placements"));
        assertThat(((Number) JsonPath.read(unchanged, "$.hard")).longValue()).isZero();

        String kept = move(school, run, token, from, onto, true)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(((Number) JsonPath.read(kept, "$.hard")).longValue()).isNegative();
        mvc.perform(post("/api/v1/schools/{id}/timetable/runs/{r}/publish", school, run)
                        .with(Demo.bearer(token)))
                .andExpect(status().isConflict());

        String again = solve(school, token, String.valueOf(run));
        assertThat(((Number) JsonPath.read(again, "$.hard")).longValue()).isZero();
        assertThat(JsonPath.<List<Object>>read(
                        again,
                        "$.solution.placements[?(@.lesson == '6A1-TOAN' && @.day == '" + onto.get("day")
                                + "' && @.period == " + onto.get("period") + ")]"))
                .hasSize(1);

        Map<String, Object> flag = JsonPath.<List<Map<String, Object>>>read(
                        first, "$.solution.placements[?(@.lesson == '6A1-CHAO_CO')]")
                .get(0);
        move(school, ((Number) JsonPath.read(again, "$.id")).longValue(), token, flag, onto, true)
                .andExpect(status().isConflict());
    }

    @Test
    void forAnAbsentTeacherThePrincipalFindsColleaguesFreeWhoTeachTheSameSubject() throws Exception {
        long school = demo.school2().id();
        String token = demo.token(mvc, "hieutruong2");
        String solved = solve(school, token, null);
        long run = ((Number) JsonPath.read(solved, "$.id")).longValue();
        mvc.perform(post("/api/v1/schools/{id}/timetable/runs/{r}/publish", school, run)
                        .with(Demo.bearer(token)))
                .andExpect(status().isNoContent());
        long tien = jdbc.sql("select id from registry_staff where account_username = 'giaovien2'")
                .query(Long.class)
                .single();
        String covers = read(
                "/api/v1/schools/" + school + "/timetable/substitutes?teacher=" + tien + "&days=T2,T3,T4,T5,T6,T7",
                token);
        List<Map<String, Object>> list = JsonPath.read(covers, "$");
        int periods = JsonPath.<List<Object>>read(
                        solved, "$.solution.placements[?(@.lesson =~ /.*-(TOAN|TIN_HOC)/ && @.lesson =~ /[67]A.*/)]")
                .size();
        assertThat(list).hasSizeGreaterThanOrEqualTo(periods);
        for (Map<String, Object> c : list) {
            @SuppressWarnings("unchecked")
            List<String> who = (List<String>) c.get("candidates");
            assertThat(who).doesNotContain("Nguyễn Văn Tiến");
            if ("TOAN".equals(c.get("subject"))) {
                assertThat(who).isSubsetOf("Đặng Quốc Bảo");
            }
        }
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(
                mvc.perform(get("/schools/{id}/timetable/substitutes", school)
                                .param("teacher", String.valueOf(tien))
                                .param("days", "T2", "T3")
                                .with(demo.as("hieutruong2")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Có thể dạy thay", "id=\"covers\"").doesNotContain(">TOAN<");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
}
