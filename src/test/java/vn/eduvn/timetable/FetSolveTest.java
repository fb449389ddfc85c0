package vn.eduvn.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.timetable.fet.FetFile;
import vn.eduvn.timetable.fet.FetReader;

/**
 * A principal's script sends a school's FET file to EduVN and gets back the timetable FET itself would write —
 * FET's activity ids, day and hour names — checked here without the solver against the file's compulsory rules;
 * the constraint types EduVN does not support are listed, never dropped; bad files are refused in Vietnamese.
 */
@EduVnTest
class FetSolveTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    private ResultActions solve(byte[] fet, int seconds, String user) throws Exception {
        return mvc.perform(post("/api/v1/timetable/fet/solve")
                .param("seconds", String.valueOf(seconds))
                .with(Demo.bearer(demo.token(mvc, user)))
                .contentType(MediaType.APPLICATION_XML)
                .content(fet));
    }

    private static byte[] testSchool() throws Exception {
        return new ClassPathResource("timetable/fet/thcs-thu.fet").getContentAsByteArray();
    }

    @Test
    void aFetFileComesBackAsTheTimetableFetWouldWrite() throws Exception {
        byte[] fet = testSchool();
        JsonNode answer = json.readTree(solve(fet, 5, "hieutruong2")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(answer.get("hard").asLong()).isZero();
        FetFile file = FetReader.read(fet);
        assertThat(answer.get("activities")).hasSize(file.activities().size());
        assertThat(breaches(file, answer.get("activities"))).isEmpty();
        JsonNode flag = answer.get("activities").get(0);
        assertThat(flag.get("id").asInt()).isEqualTo(1);
        assertThat(flag.get("day").asString() + " " + flag.get("hour").asString())
                .as("chào cờ, locked")
                .isEqualTo("Thứ 2 Tiết 1");
        List<String> unsupported = new ArrayList<>();
        answer.get("unsupported")
                .forEach(u -> unsupported.add(
                        u.get("type").asString() + " x" + u.get("count").asInt()));
        assertThat(unsupported)
                .containsExactlyInAnyOrder("ConstraintTeacherMinRestingHours x1", "ConstraintActivityPreferredRoom x1");
    }

    /** The compulsory rules of the test school, checked on FET's terms: no teacher or class twice at once, C.Lan never on Friday. */
    private static List<String> breaches(FetFile file, JsonNode activities) {
        Map<Integer, FetFile.Activity> byId = new HashMap<>();
        file.activities().forEach(a -> byId.put(a.id(), a));
        Set<String> busy = new HashSet<>();
        List<String> breaches = new ArrayList<>();
        for (JsonNode placed : activities) {
            FetFile.Activity a = byId.get(placed.get("id").asInt());
            int hour = file.hours().indexOf(placed.get("hour").asString());
            String day = placed.get("day").asString();
            assertThat(file.days()).contains(day);
            for (int h = hour; h < hour + a.duration(); h++) {
                List<String> who = new ArrayList<>(a.teachers());
                for (String s : a.students()) {
                    who.addAll(s.equals("Khối 6") ? List.of("6A", "6B") : List.of(s));
                }
                for (String w : who) {
                    if (!busy.add(w + "@" + day + "/" + h)) {
                        breaches.add(w + " twice at " + day + " " + h);
                    }
                }
                if (a.teachers().contains("C.Lan") && day.equals("Thứ 6")) {
                    breaches.add("C.Lan teaches on Friday");
                }
            }
            if (hour < 0 || hour + a.duration() > file.hours().size()) {
                breaches.add("activity " + a.id() + " does not fit its day");
            }
        }
        return breaches;
    }

    @Test
    void everyActivityIsPlacedEvenWhenTheSecondSearcherIsStoppedDuringItsConstruction() throws Exception {
        // Two searchers run at once; the first to keep every compulsory rule stops the other, which may not have placed
        // every activity yet. Its half-built timetable breaks nothing, and must still never be the answer.
        vn.eduvn.timetable.fet.FetModel model =
                vn.eduvn.timetable.fet.FetModel.of(FetReader.read(new java.io.ByteArrayInputStream(testSchool())));
        for (int run = 1; run <= 40; run++) {
            var result = vn.eduvn.timetable.fet.FetSolving.run(model, 1, run, stop -> {})
                    .result();
            assertThat(result.activities()).as("run %d", run).hasSize(13);
            assertThat(result.hard()).as("run %d", run).isZero();
        }
    }

    @Test
    void aFileThatIsNotFetIsRefusedInVietnamese() throws Exception {
        String body = solve("Thứ 2: Toán 6A".getBytes(StandardCharsets.UTF_8), 5, "hieutruong2")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("không phải XML");
        String unknown = new String(testSchool(), StandardCharsets.UTF_8)
                .replaceFirst("<Students>6B</Students>", "<Students>6C</Students>");
        body = solve(unknown.getBytes(StandardCharsets.UTF_8), 5, "hieutruong2")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("6C", "không có trong danh sách học sinh");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefused() throws Exception {
        byte[] big = new byte[FetReader.MAX_BYTES + 10];
        String body = solve(big, 5, "hieutruong2")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("lớn hơn 20 MB");
    }

    @Test
    void onlyThoseWhoBuildTimetablesMaySolveAFetFile() throws Exception {
        solve(testSchool(), 1, "giaovien1").andExpect(status().isForbidden());
        solve(testSchool(), 1, "phuhuynh1").andExpect(status().isForbidden());
        solve(testSchool(), 601, "hieutruong2").andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/timetable/fet/solve")
                        .contentType(MediaType.APPLICATION_XML)
                        .content(testSchool()))
                .andExpect(status().isUnauthorized());
    }
}
