package vn.eduvn.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
        assertThat(Files.isExecutable(fet))
                .as("Debian's fet is installed (.ci/run installs it)")
                .isTrue();
        TimetableProblem problem = JsonMapper.builder()
                .build()
                .readValue(
                        new ClassPathResource("timetable/thcs-8-classes.json")
                                .getContentAsString(StandardCharsets.UTF_8),
                        TimetableProblem.class);
        Path input = dir.resolve("school.fet");
        Files.writeString(input, FetExport.write(problem));
        Process run = new ProcessBuilder(
                        fet.toString(),
                        "--inputfile=" + input,
                        "--outputdir=" + dir.resolve("out"),
                        "--timelimitseconds=60")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("fet.log").toFile())
                .start();
        assertThat(run.waitFor(90, TimeUnit.SECONDS)).isTrue();
        Path activities = dir.resolve("out/timetables/school/school_activities.xml");
        assertThat(activities).as(Files.readString(dir.resolve("fet.log"))).exists();

        TimetableSolution scored = new Timetabling()
                .scorePlacements(
                        problem,
                        FetTimetable.placements(problem, Files.readString(activities, StandardCharsets.UTF_8)));
        assertThat(scored.hard()).isZero();
        assertThat(scored.placements())
                .hasSize(problem.lessons().stream()
                        .mapToInt(TimetableProblem.Lesson::periodsPerWeek)
                        .sum());
    }
}
