package vn.eduvn.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.timetable.Timetabling;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution;

/**
 * A school exports its problem for FET: Debian's fet-cl reads the file, solves it, and its timetable, read back
 * block by block and scored by EduVN's own table, breaks no hard rule — so the export carries every rule.
 */
class FetExportTest {

    @Test
    void fetSolvesTheExportedSchoolAndItsTimetableBreaksNoRuleOfOurs(@TempDir Path dir) throws Exception {
        Path fet = Path.of("/usr/bin/fet-cl");
        assertThat(Files.isExecutable(fet)).as("Debian's fet is installed (.ci/run installs it)").isTrue();
        TimetableProblem problem = JsonMapper.builder().build().readValue(
                new ClassPathResource("timetable/thcs-8-classes.json").getContentAsString(StandardCharsets.UTF_8),
                TimetableProblem.class);
        Path input = dir.resolve("school.fet");
        Files.writeString(input, FetExport.write(problem));
        Process run = new ProcessBuilder(fet.toString(), "--inputfile=" + input, "--outputdir=" + dir.resolve("out"),
                "--timelimitseconds=60").redirectErrorStream(true).redirectOutput(dir.resolve("fet.log").toFile()).start();
        assertThat(run.waitFor(90, TimeUnit.SECONDS)).isTrue();
        Path activities = dir.resolve("out/timetables/school/school_activities.xml");
        assertThat(activities).as(Files.readString(dir.resolve("fet.log"))).exists();

        List<String> hours = FetExport.hours(problem);
        List<String> sessions = new ArrayList<>(problem.periodsPerSession().keySet());
        Map<Integer, String> startOf = new HashMap<>();
        Matcher m = Pattern.compile("<Id>(\\d+)</Id>\\s*<Day>([^<]*)</Day>\\s*<Hour>([^<]*)</Hour>")
            .matcher(Files.readString(activities, StandardCharsets.UTF_8));
        while (m.find()) {
            int period = hours.indexOf(m.group(3)) + 1;
            int session = 0;
            while (period > problem.periodsPerSession().get(sessions.get(session))) {
                period -= problem.periodsPerSession().get(sessions.get(session++));
            }
            startOf.put(Integer.parseInt(m.group(1)), m.group(2) + "/" + sessions.get(session) + "/" + period);
        }
        List<String> starts = new ArrayList<>();
        for (int id = 1; id <= startOf.size(); id++) {
            starts.add(startOf.get(id));
        }
        TimetableSolution scored = new Timetabling().score(problem, starts);
        assertThat(scored.hard()).isZero();
        assertThat(scored.placements()).hasSize(problem.lessons().stream().mapToInt(TimetableProblem.Lesson::periodsPerWeek).sum());
    }
}
