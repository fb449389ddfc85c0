package vn.eduvn.registry.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 100,000-pupil import as a machine client sees it: one workbook posted to
 * {@code POST /api/v1/schools/{id}/students/import} of an EduVN that is already running (the embedded, file-backed
 * H2 of {@code ./mvnw spring-boot:run}, or PostgreSQL), timed from the first byte sent to the last byte of the report.
 * <pre>
 * ./mvnw spring-boot:run -Dspring-boot.run.jvmArguments=-Xmx2g -Dspring-boot.run.arguments=--eduvn.demo.password=Demo-Pass-2026
 * ./mvnw test -Pbenchmark -Dtest=StudentImportHttpBenchmark -Dbenchmark.url=http://localhost:8080 -Dbenchmark.school=40
 * </pre>
 * The school must be one the user keeps (the demo's primary school, as {@code giaovu1}); its pupils are grades 1–5.
 */
@Tag("benchmark")
class StudentImportHttpBenchmark {

    @Test
    void importThroughTheApi() throws Exception {
        String url = System.getProperty("benchmark.url", "http://localhost:8080");
        String school = System.getProperty("benchmark.school", "40");
        String user = System.getProperty("benchmark.user", "giaovu1");
        String password = System.getProperty("benchmark.password", "Demo-Pass-2026");
        int rows = Integer.getInteger("benchmark.import", 100_000);
        byte[] workbook = RegistryBenchmark.workbook(rows, 1, 5, new Random(Long.getLong("benchmark.seed", 20251207L)));

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String tokenJson = http.send(
                        HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/tokens"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String token = tokenJson.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        String boundary = "eduvn-" + UUID.randomUUID();
        byte[] head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hoc-sinh.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + workbook.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(workbook, 0, body, head.length, workbook.length);
        System.arraycopy(tail, 0, body, head.length + workbook.length, tail.length);

        long t0 = System.nanoTime();
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(url + "/api/v1/schools/" + school + "/students/import"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        String report = answer.body();
        String line = String.format(
                "HTTP import of %,d rows (%,d bytes) into school %s at %s: %d in %.1f s; %s%n",
                rows,
                workbook.length,
                school,
                url,
                answer.statusCode(),
                seconds,
                report.length() > 300 ? report.substring(0, 300) + "…" : report);
        System.out.print(line);
        Files.writeString(Path.of("target/benchmark-import-http.txt"), line);
    }
}
