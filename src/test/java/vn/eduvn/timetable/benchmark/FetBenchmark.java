package vn.eduvn.timetable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.eduvn.timetable.fet.FetModel;
import vn.eduvn.timetable.fet.FetReader;
import vn.eduvn.timetable.fet.FetSolving;

/**
 * EduVN's FET solver and Debian's FET ({@code fet-cl} 6.8.5) side by side on FET's own files — the four Vietnamese
 * examples of fet-data and the large German GYR school (1,477 activities) — with the same time limit, several runs
 * each: time to the first timetable that keeps every compulsory (100 %) constraint, and hard and soft at the limit,
 * FET's timetable scored by EduVN's table of the same file. FET stops at its first timetable. Not part of
 * {@code ./mvnw verify}: {@code ./mvnw test -Pbenchmark -Dtest=FetBenchmark [-Dbenchmark.runs=5
 * -Dbenchmark.only=Khoi -Dbenchmark.seconds=300]} (seconds: one limit for every file instead of each file's own) (needs {@code apt-get install fet fet-data}). Results to stdout and
 * {@code target/benchmark-fet.txt}.
 */
@Tag("benchmark")
class FetBenchmark {

    private static final Path FET = Path.of("/usr/bin/fet-cl");

    private static final Path EXAMPLES = Path.of("/usr/share/doc/fet-data/examples/FET-5-official");

    private static final Pattern ACTIVITY =
            Pattern.compile("<Id>(\\d+)</Id>\\s*<Day>([^<]*)</Day>\\s*<Hour>([^<]*)</Hour>");

    @Test
    void eduvnAgainstFetOnFetsOwnFiles() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(FET) && Files.isDirectory(EXAMPLES), "install Debian's fet and fet-data");
        int runs = Integer.getInteger("benchmark.runs", 5);
        // Runs are numbered from 1 (EduVN's seed, FET's seed set): a later first run gives other runs, not the same
        // again.
        int first = Integer.getInteger("benchmark.firstRun", 1);
        // Time limits: the goals (THCS under 5 s, Khoi-sang under 60 s) with room to show either solver.
        Map<String, Integer> problems = new LinkedHashMap<>();
        problems.put("Vietnam/3-THCS-(Mo-hinh-truong-hoc-moi)/TKB-THCS-DucHop_KimDong_HungYen-(8_2015).fet", 10);
        problems.put("Vietnam/2-secondary-school/VietNamHungYen.fet", 10);
        problems.put("Vietnam/1-Le-Qui-Don_Lam-Ha/Khoi-sang.fet", 60);
        problems.put("Vietnam/1-Le-Qui-Don_Lam-Ha/Khoi-chieu.fet", 60);
        problems.put("Germany/secondary-school-2/GYR.fet", 60);
        if (System.getProperty("benchmark.only") != null) {
            problems.keySet().removeIf(k -> !k.contains(System.getProperty("benchmark.only")));
        }
        StringBuilder out = new StringBuilder(String.format(
                "EduVN vs FET on FET files — %d cores, Java %s, %d runs each (runs %d–%d)%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                runs,
                first,
                first + runs - 1));
        out.append(
                "| problem (limit) | solver | feasible runs | time to first feasible (median, max) | hard at limit (each run) | soft at limit (each run) | soft median |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (var entry : problems.entrySet()) {
            Path file = EXAMPLES.resolve(entry.getKey());
            int seconds = Integer.getInteger("benchmark.seconds", entry.getValue());
            FetModel model = FetModel.of(FetReader.read(Files.readAllBytes(file)));
            String name = file.getFileName().toString().replace(".fet", "") + " (" + seconds + " s)";
            List<Long> times = new ArrayList<>();
            List<Long> hard = new ArrayList<>();
            List<Long> soft = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                FetSolving.Run run = FetSolving.run(model, seconds, first + r, stop -> {});
                times.add(run.firstFeasibleMillis() == null ? -1 : run.firstFeasibleMillis());
                hard.add(run.result().hard());
                soft.add(run.result().soft());
            }
            out.append(TimetableBenchmark.row(name, "EduVN (Timefold 1.27)", times, hard, soft));
            List<Long> fetTimes = new ArrayList<>();
            List<Long> fetHard = new ArrayList<>();
            List<Long> fetSoft = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                FetSolving.Result fet = fet(model, file, seconds, first - 1 + r, fetTimes);
                fetHard.add(fet == null ? null : fet.hard());
                fetSoft.add(fet == null ? null : fet.soft());
            }
            out.append(TimetableBenchmark.row(name, "FET 6.8.5 (fet-cl)", fetTimes, fetHard, fetSoft));
            System.out.print(out);
        }
        System.out.println(out);
        Files.writeString(Path.of("target/benchmark-fet.txt"), out.toString());
    }

    /** One FET run on the file as it is: its timetable scored by EduVN's table, or null when it found none in time. */
    private FetSolving.Result fet(FetModel model, Path file, int seconds, int run, List<Long> times) throws Exception {
        Path dir = Files.createTempDirectory("fet-run-" + run);
        Path input = dir.resolve("input.fet");
        Files.copy(file, input);
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
        assertThat(fet.waitFor(seconds + 120L, TimeUnit.SECONDS)).isTrue();
        long millis = (System.nanoTime() - started) / 1_000_000;
        Path activities = dir.resolve("out/timetables/input/input_activities.xml");
        if (!Files.exists(activities)) {
            times.add(-1L);
            return null;
        }
        times.add(millis);
        Matcher m = ACTIVITY.matcher(Files.readString(activities, StandardCharsets.UTF_8));
        Map<Integer, int[]> placed = new HashMap<>();
        while (m.find()) {
            placed.put(Integer.parseInt(m.group(1)), new int[] {
                model.file().days().indexOf(m.group(2)), model.file().hours().indexOf(m.group(3))
            });
        }
        return FetSolving.score(model, placed);
    }
}
