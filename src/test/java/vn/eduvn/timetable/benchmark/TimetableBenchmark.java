package vn.eduvn.timetable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.timetable.Timetabling;
import vn.eduvn.timetable.fet.FetExport;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution;

/**
 * EduVN's solver and Debian's FET ({@code fet-cl} 6.8.5) side by side on the shared examples, with the same time
 * limit, several runs each: time to the first feasible timetable, and hard and soft at the limit, both solutions
 * scored by the format's table. FET gets the same hard rules through {@link FetExport} and stops at its first
 * timetable (it has no weighted counterpart of the format's soft rules). Not part of {@code ./mvnw verify}:
 * {@code ./mvnw test -Pbenchmark -Dtest=TimetableBenchmark [-Dbenchmark.seconds=20 -Dbenchmark.runs=5]
 * -Dbenchmark.large=true -Dbenchmark.only=thcs-40]} (the last two add, and keep only, a 40-class school)
 * (needs {@code apt-get install fet}). Results to stdout and {@code target/benchmark-timetable.txt}.
 */
@Tag("benchmark")
class TimetableBenchmark {

    private static final Path FET = Path.of("/usr/bin/fet-cl");

    private final Timetabling timetabling = new Timetabling();

    @Test
    void eduvnAgainstFetOnTheSharedExamples() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(FET), "install Debian's fet (apt-get install -y fet)");
        int seconds = Integer.getInteger("benchmark.seconds", 20);
        int runs = Integer.getInteger("benchmark.runs", 5);
        StringBuilder out = new StringBuilder(String.format(
                "EduVN timetabling vs FET — %d cores, Java %s, limit %d s, %d runs each%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), seconds, runs));
        out.append(
                "| problem | solver | feasible runs | time to first feasible (median, max) | hard at limit (each run) | soft at limit (each run) | soft median |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        JsonMapper mapper = JsonMapper.builder().build();
        TimetableProblem example24 = mapper.readValue(
                new ClassPathResource("timetable/thcs-24-classes.json").getContentAsString(StandardCharsets.UTF_8),
                TimetableProblem.class);
        Map<String, TimetableProblem> problems = new java.util.LinkedHashMap<>();
        for (String name : List.of("thcs-8-classes", "thcs-24-classes")) {
            problems.put(
                    name,
                    mapper.readValue(
                            new ClassPathResource("timetable/" + name + ".json")
                                    .getContentAsString(StandardCharsets.UTF_8),
                            TimetableProblem.class));
        }
        if (Boolean.getBoolean("benchmark.large")) {
            TimetableProblem large = LargeSchool.of(example24, 10);
            problems.put("thcs-40-classes-" + large.teachers().size() + "-teachers", large);
        }
        if (System.getProperty("benchmark.only") != null) {
            problems.keySet().removeIf(k -> !k.startsWith(System.getProperty("benchmark.only")));
        }
        for (var entry : problems.entrySet()) {
            String name = entry.getKey();
            TimetableProblem problem = entry.getValue();
            try {
                vn.eduvn.timetable.format.ProblemCheck.check(problem);
            } catch (vn.eduvn.platform.InvalidFields e) {
                throw new AssertionError(name + ": "
                        + e.problems().stream()
                                .map(f -> f.field() + " " + f.key() + " " + java.util.Arrays.toString(f.args()))
                                .toList());
            }
            List<Long> ourTimes = new ArrayList<>();
            List<Long> ourHard = new ArrayList<>();
            List<Long> ourSoft = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Timetabling.Run run = timetabling.run(problem, seconds);
                ourTimes.add(run.firstFeasibleMillis() == null ? -1 : run.firstFeasibleMillis());
                ourHard.add(run.solution().hard());
                ourSoft.add(run.solution().soft());
            }
            out.append(row(name, "EduVN (Timefold 1.27)", ourTimes, ourHard, ourSoft));
            List<Long> fetTimes = new ArrayList<>();
            List<Long> fetHard = new ArrayList<>();
            List<Long> fetSoft = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                TimetableSolution fet = fet(problem, name, seconds, r, fetTimes);
                fetHard.add(fet == null ? null : fet.hard());
                fetSoft.add(fet == null ? null : fet.soft());
            }
            out.append(row(name, "FET 6.8.5 (fet-cl)", fetTimes, fetHard, fetSoft));
        }
        System.out.println(out);
        Files.writeString(Path.of("target/benchmark-timetable.txt"), out.toString());
    }

    /** One FET run: its timetable scored by the format's table, or null when it found none in time. */
    private TimetableSolution fet(TimetableProblem problem, String name, int seconds, int run, List<Long> times)
            throws Exception {
        Path dir = Files.createTempDirectory("fet-" + name + "-" + run);
        Path input = dir.resolve(name + ".fet");
        Files.writeString(input, FetExport.write(problem));
        long started = System.nanoTime();
        Process fet = new ProcessBuilder(
                        FET.toString(),
                        "--inputfile=" + input,
                        "--outputdir=" + dir.resolve("out"),
                        "--timelimitseconds=" + seconds,
                        "--randomseeds10=" + (run + 1) * 7919,
                        "--randomseeds11=" + (run + 3),
                        "--randomseeds12=" + (run + 5),
                        "--randomseeds20=" + (run + 1) * 104729,
                        "--randomseeds21=" + (run + 7),
                        "--randomseeds22=" + (run + 11))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("fet.log").toFile())
                .start();
        assertThat(fet.waitFor(seconds + 60L, TimeUnit.SECONDS)).isTrue();
        long millis = (System.nanoTime() - started) / 1_000_000;
        Path activities = dir.resolve("out/timetables/" + name + "/" + name + "_activities.xml");
        if (!Files.exists(activities)) {
            times.add(-1L);
            return null;
        }
        times.add(millis);
        return timetabling.scorePlacements(
                problem,
                vn.eduvn.timetable.fet.FetTimetable.placements(
                        problem, Files.readString(activities, StandardCharsets.UTF_8)));
    }

    static String row(String problem, String solver, List<Long> times, List<Long> hard, List<Long> soft) {
        long feasible = times.stream().filter(t -> t >= 0).count();
        long[] sortedTimes = times.stream()
                .filter(t -> t >= 0)
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
        long[] sortedSoft = soft.stream()
                .filter(s -> s != null)
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
        return String.format(
                "| %s | %s | %d of %d | %s | %s | %s | %s |%n",
                problem,
                solver,
                feasible,
                times.size(),
                sortedTimes.length == 0
                        ? "—"
                        : String.format(
                                "%.1f s, %.1f s",
                                sortedTimes[sortedTimes.length / 2] / 1000.0,
                                sortedTimes[sortedTimes.length - 1] / 1000.0),
                hard,
                soft,
                sortedSoft.length == 0 ? "—" : String.valueOf(sortedSoft[sortedSoft.length / 2]));
    }
}
