package vn.eduvn.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * A principal's script sends the shared 8-class lower-secondary problem to the solver and gets back a feasible
 * timetable, checked here independently of the solver; malformed and impossible problems are refused at once,
 * with every error named.
 */
@EduVnTest
class TimetableSolveTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    private String example(String name) throws Exception {
        return new ClassPathResource("timetable/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.ResultActions solve(String problem, int seconds, String user)
            throws Exception {
        return mvc.perform(post("/api/v1/timetable/solve")
                .param("seconds", String.valueOf(seconds))
                .with(Demo.bearer(demo.token(mvc, user)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(problem));
    }

    @Test
    void theEightClassSchoolGetsAFeasibleTimetable() throws Exception {
        String problem = example("thcs-8-classes.json");
        long started = System.nanoTime();
        String body = solve(problem, 10, "hieutruong2")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((System.nanoTime() - started) / 1e9)
                .as("answers within the limit plus overhead")
                .isLessThan(25);
        JsonNode solution = json.readTree(body);
        assertThat(solution.get("format").asString()).isEqualTo("eduvn-timetable-solution/1");
        assertThat(solution.get("hard").asLong()).isZero();
        assertThat(solution.get("soft").asLong()).isNegative();
        assertThat(breaches(json.readTree(problem), solution)).isEmpty();
        List<String> names = new java.util.ArrayList<>();
        solution.get("constraints").forEach(c -> names.add(c.get("name").asString()));
        assertThat(names).contains("Teacher idle period", "Class conflict");
        long softSum = 0;
        for (JsonNode c : solution.get("constraints")) {
            if (!c.get("hard").asBoolean()) {
                softSum += c.get("impact").asLong();
            }
        }
        assertThat(softSum)
                .as("the constraints add up to the score")
                .isEqualTo(solution.get("soft").asLong());
    }

    /** The hard rules of timetable-format.md, checked on the answer without the solver. */
    static List<String> breaches(JsonNode problem, JsonNode solution) {
        List<String> breaches = new java.util.ArrayList<>();
        Map<String, JsonNode> lessons = new HashMap<>();
        problem.get("lessons").forEach(l -> lessons.put(l.get("id").asString(), l));
        Map<String, Integer> placed = new HashMap<>();
        Set<String> classBusy = new HashSet<>();
        Set<String> teacherBusy = new HashSet<>();
        Map<String, Set<String>> classSessions = new HashMap<>();
        problem.get("classes").forEach(c -> {
            Set<String> s = new HashSet<>();
            c.get("sessions").forEach(x -> s.add(x.asString()));
            classSessions.put(c.get("id").asString(), s);
        });
        Set<String> unavailable = new HashSet<>();
        problem.get("teachers")
                .forEach(t -> t.get("unavailable")
                        .forEach(u -> unavailable.add(
                                t.get("id").asString() + "/" + u.get("day").asString() + "/"
                                        + u.get("session").asString() + "/"
                                        + (u.has("period") ? u.get("period").asInt() : "*"))));
        for (JsonNode p : solution.get("placements")) {
            JsonNode lesson = lessons.get(p.get("lesson").asString());
            String slot = p.get("day").asString() + "/" + p.get("session").asString() + "/"
                    + p.get("period").asInt();
            String teacher = lesson.get("teacher").asString();
            placed.merge(lesson.get("id").asString(), 1, Integer::sum);
            if (!classBusy.add(lesson.get("class").asString() + "/" + slot)) {
                breaches.add("class twice at " + slot);
            }
            if (!teacherBusy.add(teacher + "/" + slot)) {
                breaches.add("teacher " + teacher + " twice at " + slot);
            }
            if (!classSessions
                    .get(lesson.get("class").asString())
                    .contains(p.get("session").asString())) {
                breaches.add("outside the class's sessions: " + slot);
            }
            if (unavailable.contains(teacher + "/" + slot)
                    || unavailable.contains(teacher + "/" + p.get("day").asString() + "/"
                            + p.get("session").asString() + "/*")) {
                breaches.add("teacher " + teacher + " unavailable at " + slot);
            }
        }
        lessons.forEach((id, l) -> {
            if (placed.getOrDefault(id, 0) != l.get("periodsPerWeek").asInt()) {
                breaches.add(id + " placed " + placed.getOrDefault(id, 0) + " times");
            }
        });
        problem.get("fixed").forEach(f -> {
            String slot = f.get("day").asString() + "/" + f.get("session").asString() + "/"
                    + f.get("period").asInt();
            boolean there = false;
            for (JsonNode p : solution.get("placements")) {
                there |= p.get("lesson").asString().equals(f.get("lesson").asString())
                        && (p.get("day").asString() + "/" + p.get("session").asString() + "/"
                                        + p.get("period").asInt())
                                .equals(slot);
            }
            if (!there) {
                breaches.add("fixed " + f.get("lesson").asString() + " not at " + slot);
            }
        });
        return breaches;
    }

    @Test
    void aMalformedProblemIsRefusedWithEveryErrorNamed() throws Exception {
        String problem = """
                {"format": "eduvn-timetable/1", "name": "Sai", "days": ["T2", "T3"], "periodsPerSession": {"SANG": 5},
                 "rooms": [], "teachers": [{"id": "GV1", "name": "A", "unavailable": []}],
                 "classes": [{"id": "6A1", "grade": 6, "sessions": ["SANG"]}],
                 "lessons": [{"id": "6A1-TOAN", "class": "6A1", "subject": "TOAN", "teacher": "GV9", "periodsPerWeek": 4, "blocks": [2, 1]},
                             {"id": "6A1-VAN", "class": "6A1", "subject": "NGU_VAN", "teacher": "GV1", "periodsPerWeek": 2}],
                 "fixed": [{"lesson": "6A1-VAN", "day": "T7", "session": "SANG", "period": 1}]}""";
        String body = solve(problem, 5, "hieutruong2")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("lessons[0].teacher", "GV9", "lessons[0].blocks", "fixed[0]", "T7 SANG 1");
    }

    @Test
    void aClassWithMorePeriodsThanItsWeekIsAnsweredAtOnceNotSearchedFor() throws Exception {
        String problem = """
                {"format": "eduvn-timetable/1", "name": "Quá tải", "days": ["T2", "T3", "T4", "T5", "T6", "T7"],
                 "periodsPerSession": {"SANG": 5, "CHIEU": 5}, "rooms": [],
                 "teachers": [{"id": "GV1", "name": "A", "unavailable": []}, {"id": "GV2", "name": "B", "unavailable": []}],
                 "classes": [{"id": "6A1", "grade": 6, "sessions": ["SANG"]}],
                 "lessons": [{"id": "6A1-TOAN", "class": "6A1", "subject": "TOAN", "teacher": "GV1", "periodsPerWeek": 16, "maxPerDay": 3},
                             {"id": "6A1-VAN", "class": "6A1", "subject": "NGU_VAN", "teacher": "GV2", "periodsPerWeek": 15, "maxPerDay": 3}],
                 "fixed": []}""";
        long started = System.nanoTime();
        String body = solve(problem, 60, "hieutruong2")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(5);
        assertThat(body).contains("6A1", "31", "30");
    }

    @Test
    void twoTeachersAwayOnTheSameMorningsAreNamedWithTheLessonsTheyCannotFit() throws Exception {
        String problem = """
                {"format": "eduvn-timetable/1", "name": "Vắng cùng buổi", "days": ["T2", "T3", "T4", "T5", "T6", "T7"],
                 "periodsPerSession": {"SANG": 5, "CHIEU": 5}, "rooms": [],
                 "teachers": [{"id": "GV1", "name": "Nguyễn Thị Lan", "unavailable": [{"day": "T2", "session": "SANG"},
                                {"day": "T3", "session": "SANG"}, {"day": "T4", "session": "SANG"}]},
                              {"id": "GV2", "name": "Trần Văn Hùng", "unavailable": [{"day": "T2", "session": "SANG"},
                                {"day": "T3", "session": "SANG"}, {"day": "T4", "session": "SANG"}]},
                              {"id": "GV3", "name": "Lê Thu", "unavailable": []}],
                 "classes": [{"id": "6A1", "grade": 6, "sessions": ["SANG"]}],
                 "lessons": [{"id": "6A1-TOAN", "class": "6A1", "subject": "TOAN", "teacher": "GV1", "periodsPerWeek": 10, "maxPerDay": 4},
                             {"id": "6A1-VAN", "class": "6A1", "subject": "NGU_VAN", "teacher": "GV2", "periodsPerWeek": 8, "maxPerDay": 4},
                             {"id": "6A1-ANH", "class": "6A1", "subject": "TIENG_ANH", "teacher": "GV3", "periodsPerWeek": 3}],
                 "fixed": []}""";
        String body = solve(problem, 60, "hieutruong2")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains(
                        "Lớp 6A1: 6A1-TOAN (GV1), 6A1-VAN (GV2) cần 18 tiết nhưng chỉ có 15 tiết", "không thể xếp được")
                .doesNotContain("6A1-ANH");
    }

    @Test
    void onlyThoseWhoBuildTimetablesMaySolve() throws Exception {
        String problem = example("thcs-8-classes.json");
        solve(problem, 1, "giaovien1").andExpect(status().isForbidden());
        solve(problem, 0, "hieutruong2").andExpect(status().isBadRequest());
        solve(problem, 601, "hieutruong2").andExpect(status().isBadRequest());
    }
}
