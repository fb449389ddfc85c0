package vn.eduvn.admissions.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.admissions.placement.AdmissionProblem.TiePolicy;

/**
 * Placement at the size, 120,000 applicants × 120 schools × 3 choices, under both tie policies: the rule
 * alone, and the whole request as the endpoint does it (read the JSON, place, write the JSON). Not part of
 * {@code ./mvnw verify}: {@code ./mvnw test -Pbenchmark -Dtest=PlacementBenchmark [-Dbenchmark.applicants=120000
 * -Dbenchmark.runs=7]}. Results to stdout and {@code target/benchmark-placement.txt}.
 */
@Tag("benchmark")
class PlacementBenchmark {

    @Test
    void placesAHanoiSizedIntake() throws Exception {
        int applicants = Integer.getInteger("benchmark.applicants", 120_000);
        int runs = Integer.getInteger("benchmark.runs", 7);
        JsonMapper json = JsonMapper.builder().build();
        StringBuilder out = new StringBuilder(String.format(
                "Placement — %d cores, Java %s, %d applicants × 120 schools × 3 choices, %d runs after 2 warm-ups%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), applicants, runs));
        out.append(
                "| tie policy | rule alone: median, max (ms) | JSON in → result JSON out: median, max (ms) | request size | admitted | unplaced |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (TiePolicy policy : TiePolicy.values()) {
            AdmissionProblem problem = RandomAdmission.problem(applicants, 120, 3, policy, 2027);
            byte[] request = json.writeValueAsBytes(problem);
            List<Double> rule = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            AdmissionResult result = null;
            for (int run = -2; run < runs; run++) {
                long t0 = System.nanoTime();
                result = Placement.place(problem);
                long t1 = System.nanoTime();
                byte[] answer =
                        json.writeValueAsBytes(Placement.place(json.readValue(request, AdmissionProblem.class)));
                long t2 = System.nanoTime();
                assertThat(answer.length).isPositive();
                if (run >= 0) {
                    rule.add((t1 - t0) / 1e6);
                    whole.add((t2 - t1) / 1e6);
                }
            }
            int admitted = result.schools().stream()
                    .mapToInt(AdmissionResult.School::admitted)
                    .sum();
            out.append(String.format(
                    "| %s | %.0f, %.0f | %.0f, %.0f | %.1f MB | %d | %d |%n",
                    policy,
                    median(rule),
                    Collections.max(rule),
                    median(whole),
                    Collections.max(whole),
                    request.length / 1e6,
                    admitted,
                    result.unplaced()));
        }
        System.out.println(out);
        Files.writeString(Path.of("target/benchmark-placement.txt"), out, StandardCharsets.UTF_8);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
