package vn.eduvn.admissions.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opening day on loopback: the packaged application on PostgreSQL (a database of its own, {@code eduvn_bench}), and
 * wrk from Debian with {@code admissions/load/apply.lua} filing many children at once into the demo's grade-6
 * campaign — one request in twenty a double tap with the same Idempotency-Key — after a warm-up run of the same
 * load (the JIT compiles the hot path in its first half minute), then a count check that every receipt
 * given out is in the database exactly once and no child is there twice. Then the same load again, the application
 * killed with SIGKILL halfway, restarted, and every receipt given out before the kill looked for. The per-address
 * rate limit is lifted for the run, since every connection comes from 127.0.0.1. Not part of {@code ./mvnw verify}:
 * {@code ./mvnw package -DskipTests && ./mvnw test -Pbenchmark -Dtest=PortalLoadBenchmark [-Dbenchmark.seconds=30
 * -Dbenchmark.clients=64 -Dbenchmark.warmup=30]} (needs {@code apt-get install wrk}). Results to stdout and {@code target/benchmark-portal.txt}.
 */
@Tag("benchmark")
class PortalLoadBenchmark {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

    private static final int PORT = 18_080;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void openingDay() throws Exception {
        int seconds = Integer.getInteger("benchmark.seconds", 30);
        int clients = Integer.getInteger("benchmark.clients", 64);
        File jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.map(Path::toFile)
                    .filter(f -> f.getName().matches("eduvn-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("run ./mvnw package -DskipTests first"));
        }
        sql("drop database if exists eduvn_bench with (force)", "create database eduvn_bench");
        StringBuilder out = new StringBuilder(String.format(
                "Admission portal under load — %d cores, Java %s, PostgreSQL on loopback, wrk -t2 -c%d%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), clients));
        out.append(
                "| run | seconds | requests (1 in 20 a double tap) | receipts | applications/s | p50 ms | p99 ms | max ms | "
                        + "answers not 201 | socket errors | receipts missing in the database | stored twice |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Process app = start(jar);
        try {
            String campaign = campaign();
            long id = ((Number) JsonPath.read(campaign, "$.id")).longValue();
            load(campaign, 0, Integer.getInteger("benchmark.warmup", 30), clients);
            Load measured = load(campaign, 1, seconds, clients);
            Map<String, Integer> stored = receipts(id);
            long missing = measured.receipts().stream()
                    .filter(r -> !stored.containsKey(r))
                    .count();
            long twice = stored.values().stream().filter(n -> n > 1).count() + childrenTwice(id);
            out.append(measured.row("load", seconds, missing, twice));
            assertThat(missing).isZero();
            assertThat(twice).isZero();

            Process running = app;
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(seconds * 500L);
                    running.destroyForcibly().waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            Load crashed = load(campaign, 2, seconds, clients);
            killer.join();
            app = start(jar);
            Map<String, Integer> after = receipts(id);
            long lost = crashed.receipts().stream()
                    .filter(r -> !after.containsKey(r))
                    .count();
            long doubled = after.values().stream().filter(n -> n > 1).count() + childrenTwice(id);
            out.append(crashed.row("SIGKILL after " + seconds / 2 + " s, restarted", seconds, lost, doubled));
            out.append(String.format(
                    "%nAfter the restart the campaign holds %d applications; of the %d receipts given out "
                            + "before the kill, %d are missing. Requests after the kill failed at the socket and were never "
                            + "acknowledged: a parent retries them with the same key.%n",
                    after.size(), crashed.receipts().size(), lost));
            assertThat(lost).isZero();
            assertThat(doubled).isZero();
        } finally {
            app.destroyForcibly().waitFor();
        }
        System.out.println(out);
        Files.writeString(Path.of("target/benchmark-portal.txt"), out, StandardCharsets.UTF_8);
    }

    /** What one wrk run saw: receipts given out, the request count and latencies, answers other than 201. */
    private record Load(
            Set<String> receipts, long requests, double p50, double p99, double max, long non2xx, String socketErrors) {

        String row(String name, int seconds, long missing, long twice) {
            return String.format(
                    "| %s | %d | %d | %d | %.0f | %.1f | %.1f | %.1f | %d | %s | %d | %d |%n",
                    name,
                    seconds,
                    requests,
                    receipts.size(),
                    receipts.size() / (double) seconds,
                    p50,
                    p99,
                    max,
                    non2xx,
                    socketErrors,
                    missing,
                    twice);
        }
    }

    /**
     * Runs wrk with the portal's Lua script (2 threads, {@code clients} connections) for {@code seconds}; each run has a
     * prefix of its own, so that its children's identifiers differ from every other run's.
     */
    private Load load(String campaign, int prefix, int seconds, int clients) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/benchmark-wrk-" + prefix));
        Files.copy(
                Path.of("src/test/resources/admissions/load/apply.lua"),
                dir.resolve("apply.lua"),
                StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder wrk = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c" + clients,
                        "-d" + seconds + "s",
                        "--timeout",
                        "10s",
                        "-s",
                        "apply.lua",
                        "http://127.0.0.1:" + PORT)
                .directory(dir.toFile())
                .redirectErrorStream(true);
        wrk.environment().put("CAMPAIGN", String.valueOf(((Number) JsonPath.read(campaign, "$.id")).longValue()));
        wrk.environment()
                .put("SCHOOL", String.valueOf(((Number) JsonPath.read(campaign, "$.schools[0].unitId")).longValue()));
        wrk.environment().put("COMMUNE", JsonPath.read(campaign, "$.zones[0].areas[0]"));
        wrk.environment().put("PREFIX", String.valueOf(prefix));
        Process process = wrk.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher m = Pattern.compile(
                        "requests (\\d+), p50 ([\\d.]+) ms, p99 ([\\d.]+) ms, max ([\\d.]+) ms, non-2xx/3xx (\\d+)")
                .matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + output);
        }
        Matcher socket = Pattern.compile("Socket errors: ([^\\n]+)").matcher(output);
        Set<String> receipts = new HashSet<>();
        Map<String, Integer> refusals = new java.util.TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("receipts-")) {
                    Files.readAllLines(file).stream().filter(l -> !l.isBlank()).forEach(receipts::add);
                } else if (name.startsWith("refused-")) {
                    Files.readAllLines(file).stream()
                            .filter(l -> !l.isBlank())
                            .forEach(l -> refusals.merge(l.substring(0, Math.min(l.length(), 120)), 1, Integer::sum));
                }
            }
        }
        refusals.forEach((answer, count) -> System.out.println("refused ×" + count + ": " + answer));
        return new Load(
                receipts,
                Long.parseLong(m.group(1)),
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)),
                Long.parseLong(m.group(5)),
                socket.find() ? socket.group(1) : "none");
    }

    private Process start(File jar) throws Exception {
        Path log = Path.of("target/benchmark-portal-app.log");
        Process process = new ProcessBuilder(
                        "java",
                        "-Xmx3g",
                        "-jar",
                        jar.getAbsolutePath(),
                        "--spring.profiles.active=postgresql",
                        "--server.port=" + PORT,
                        "--spring.datasource.url=" + PG + "eduvn_bench",
                        "--eduvn.demo.password=Demo-Pass-2026",
                        "--eduvn.data-dir=target/benchmark-data",
                        "--eduvn.admissions.rate-limit-per-minute=1000000000")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not start; see " + log);
    }

    /** The demo's open grade-6 campaign, as the public API shows it. */
    private String campaign() throws Exception {
        String all = http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + PORT + "/api/v1/public/admissions/campaigns"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<Map<String, Object>> open = JsonPath.read(all, "$[?(@.phase == 'OPEN' && @.grade == 6)]");
        return JsonPath.parse(open.get(0)).jsonString();
    }

    private static Map<String, Integer> receipts(long campaignId) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = DriverManager.getConnection(PG + "eduvn_bench", "postgres", "");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(
                        "select receipt_number from admission_application where campaign_id = " + campaignId)) {
            while (rs.next()) {
                counts.merge(rs.getString(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Children filed more than once in the campaign (the database forbids it; this checks that it did). */
    private static long childrenTwice(long campaignId) throws Exception {
        try (Connection db = DriverManager.getConnection(PG + "eduvn_bench", "postgres", "");
                Statement st = db.createStatement();
                ResultSet rs =
                        st.executeQuery("select count(*) from (select personal_id from admission_application where "
                                + "campaign_id = " + campaignId + " group by personal_id having count(*) > 1) d")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sql(String... statements) throws Exception {
        try (Connection db = DriverManager.getConnection(PG + "test", "postgres", "");
                Statement st = db.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }
}
