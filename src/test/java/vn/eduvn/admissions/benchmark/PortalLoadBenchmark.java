package vn.eduvn.admissions.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

/**
 * Opening day on loopback: the packaged application on PostgreSQL (a database of its own, {@code eduvn_bench}), a
 * Java load generator with many parents filing at once into the demo's grade-6 campaign — one in twenty taps twice
 * with the same Idempotency-Key — then a count check that every receipt given out is in the database exactly once.
 * Then the same load again, the application killed with SIGKILL in the middle, restarted, and every receipt given
 * out before the kill looked for. The per-address rate limit is lifted for the run (all clients share 127.0.0.1).
 * Not part of {@code ./mvnw verify}: {@code ./mvnw package -DskipTests && ./mvnw test -Pbenchmark
 * -Dtest=PortalLoadBenchmark [-Dbenchmark.seconds=30 -Dbenchmark.clients=64]}. Results to stdout and
 * {@code target/benchmark-portal.txt}.
 */
@Tag("benchmark")
class PortalLoadBenchmark {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

    private static final int PORT = 18_080;

    private static final AtomicInteger CHILDREN = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void openingDay() throws Exception {
        int seconds = Integer.getInteger("benchmark.seconds", 30);
        int clients = Integer.getInteger("benchmark.clients", 64);
        File jar = Files.list(Path.of("target")).map(Path::toFile)
                .filter(f -> f.getName().matches("eduvn-.*\\.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("run ./mvnw package -DskipTests first"));
        sql("test", "drop database if exists eduvn_bench with (force)", "create database eduvn_bench");
        StringBuilder out = new StringBuilder(String.format(
                "Admission portal under load — %d cores, Java %s, PostgreSQL on loopback, %d clients%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), clients));

        Process app = start(jar);
        try {
            String campaign = campaign();
            long id = ((Number) JsonPath.read(campaign, "$.id")).longValue();
            load(id, campaign, 10, clients, null);
            Load measured = load(id, campaign, seconds, clients, null);
            Map<String, Integer> stored = receipts(id);
            long duplicates = stored.values().stream().filter(n -> n > 1).count();
            long missing = measured.receipts.stream().filter(r -> !stored.containsKey(r)).count();
            out.append(String.format("| run | seconds | accepted | applications/s | p50 ms | p99 ms | max ms | refused (429/503) | errors | replays answered with the first receipt | receipts missing in the database | receipts stored twice |%n"));
            out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            out.append(measured.row("load", seconds, missing, duplicates));
            assertThat(missing).isZero();
            assertThat(duplicates).isZero();

            AtomicBoolean killed = new AtomicBoolean();
            Process running = app;
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(seconds * 500L);
                    killed.set(true);
                    running.destroyForcibly().waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            Load crashed = load(id, campaign, seconds, clients, killed);
            killer.join();
            app = start(jar);
            Map<String, Integer> after = receipts(id);
            long lost = crashed.receipts.stream().filter(r -> !after.containsKey(r)).count();
            long twice = after.values().stream().filter(n -> n > 1).count();
            out.append(crashed.row("SIGKILL at " + seconds / 2 + " s, restarted", seconds, lost, twice));
            out.append(String.format("%nAfter the restart: %d applications in the campaign, %d receipts given out before the kill, "
                    + "%d of them missing; %d requests were cut off by the kill (their parents saw an error and retry with the same key).%n",
                    after.size(), crashed.receipts.size(), lost, crashed.errors.get()));
            assertThat(lost).isZero();
            assertThat(twice).isZero();
        } finally {
            app.destroyForcibly().waitFor();
        }
        System.out.println(out);
        Files.writeString(Path.of("target/benchmark-portal.txt"), out, StandardCharsets.UTF_8);
    }

    /** What one run saw: receipts, latencies of accepted applications, refusals and errors. */
    private static final class Load {

        final Set<String> receipts = ConcurrentHashMap.newKeySet();

        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

        final AtomicInteger refused = new AtomicInteger();

        final AtomicInteger errors = new AtomicInteger();

        final AtomicInteger replays = new AtomicInteger();

        final AtomicInteger replayMismatch = new AtomicInteger();

        String row(String name, int seconds, long missing, long twice) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
            double p99 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99)) / 1e6;
            double max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6;
            return String.format("| %s | %d | %d | %.0f | %.0f | %.0f | %.0f | %d | %d | %d (%d differing) | %d | %d |%n", name,
                    seconds, receipts.size(), receipts.size() / (double) seconds, p50, p99, max, refused.get(),
                    errors.get(), replays.get(), replayMismatch.get(), missing, twice);
        }
    }

    private Load load(long campaignId, String campaign, int seconds, int clients, AtomicBoolean killed) throws Exception {
        long school = ((Number) JsonPath.read(campaign, "$.schools[0].unitId")).longValue();
        String commune = JsonPath.read(campaign, "$.zones[0].areas[0]");
        Load load = new Load();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int n = CHILDREN.incrementAndGet();
                    String key = UUID.randomUUID().toString();
                    String body = form(n, commune, school);
                    String receipt = post(campaignId, key, body, load, killed);
                    if (receipt != null && n % 20 == 0) {
                        String again = post(campaignId, key, body, null, killed);
                        load.replays.incrementAndGet();
                        if (again != null && !receipt.equals(again)) {
                            load.replayMismatch.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        return load;
    }

    private String post(long campaignId, String key, String body, Load load, AtomicBoolean killed) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT
                + "/api/v1/public/admissions/campaigns/" + campaignId + "/applications"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                String receipt = JsonPath.read(response.body(), "$.receiptNumber");
                if (load != null) {
                    load.latencies.add(System.nanoTime() - started);
                    load.receipts.add(receipt);
                }
                return receipt;
            }
            if (load != null && (response.statusCode() == 429 || response.statusCode() == 503)) {
                load.refused.incrementAndGet();
            } else if (load != null) {
                load.errors.incrementAndGet();
            }
        } catch (Exception e) {
            if (load != null) {
                load.errors.incrementAndGet();
            }
            if (killed != null && killed.get()) {
                sleep(200);
            }
        }
        return null;
    }

    private static String form(int n, String commune, long school) {
        String id = String.format("033%d16%06d", n % 2 == 0 ? 2 : 3, n / 2);
        return """
                {"personalId": "%s", "fullName": "Học Sinh Thử %d", "birthDate": "2016-05-20", "female": %s,
                 "residenceArea": "%s", "address": "Thôn Tải, số %d", "guardianName": "Phụ Huynh %d",
                 "guardianPhone": "0900000000", "guardianEmail": "ph%d@example.vn", "choices": [%d]}
                """.formatted(id, n, n % 2 == 1, commune, n, n, n, school);
    }

    private Process start(File jar) throws Exception {
        Path log = Path.of("target/benchmark-portal-app.log");
        Process process = new ProcessBuilder("java", "-Xmx3g", "-jar", jar.getAbsolutePath(),
                "--spring.profiles.active=postgresql", "--server.port=" + PORT,
                "--spring.datasource.url=" + PG + "eduvn_bench", "--eduvn.demo.password=Demo-Pass-2026",
                "--eduvn.data-dir=target/benchmark-data", "--eduvn.admissions.rate-limit-per-minute=1000000000",
                "--spring.datasource.hikari.maximum-pool-size=20")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT
                        + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (Exception notYet) {
                // starting
            }
            sleep(500);
        }
        throw new IllegalStateException("the application did not start; see " + log);
    }

    /** The demo's open grade-6 campaign, as the public API shows it. */
    private String campaign() throws Exception {
        String all = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT
                + "/api/v1/public/admissions/campaigns")).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<Map<String, Object>> open = JsonPath.read(all, "$[?(@.phase == 'OPEN' && @.grade == 6)]");
        return com.jayway.jsonpath.JsonPath.parse(open.get(0)).jsonString();
    }

    private static Map<String, Integer> receipts(long campaignId) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = DriverManager.getConnection(PG + "eduvn_bench", "postgres", "");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select receipt_number from admission_application where campaign_id = " + campaignId)) {
            while (rs.next()) {
                counts.merge(rs.getString(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void sql(String database, String... statements) throws Exception {
        try (Connection db = DriverManager.getConnection(PG + database, "postgres", ""); Statement st = db.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
