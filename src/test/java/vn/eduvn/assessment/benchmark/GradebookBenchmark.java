package vn.eduvn.assessment.benchmark;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.assessment.AssessmentApi;
import vn.eduvn.assessment.results.ClassResults;
import vn.eduvn.identity.IdentityApi;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Role;
import vn.eduvn.platform.SystemActor;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.Gender;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.SchoolLevel;
import vn.eduvn.registry.TeachingAssignmentView;

/**
 * The gradebook at school scale: a lower-secondary school of 1,500 students in 34 classes, 12 subjects each
 * taught by one of 50 teachers, a term of marks (about 108,000); then (1) recomputing every student's results
 * for the term, and (2) 50 teachers saving cells at once over HTTP on loopback, each through their own token.
 * Not part of {@code ./mvnw verify}: {@code ./mvnw test -Pbenchmark -Dtest=GradebookBenchmark} (add
 * {@code -Ppostgresql}). Results to stdout and {@code target/benchmark-gradebook.txt}.
 */
@EduVnTest
@Tag("benchmark")
class GradebookBenchmark {

    private static final String[] SUBJECTS = {
        "TOAN",
        "NGU_VAN",
        "NGOAI_NGU_1",
        "KHTN",
        "LS_DL",
        "GDCD",
        "CONG_NGHE",
        "TIN_HOC",
        "GDTC",
        "NGHE_THUAT",
        "HDTN_HN",
        "GD_DIA_PHUONG"
    };

    private static final int TEACHERS = 50;

    @LocalServerPort
    int port;

    @Autowired
    Demo demo;

    @Autowired
    Units units;

    @Autowired
    RegistryApi registry;

    @Autowired
    IdentityApi identity;

    @Autowired
    AssessmentApi assessment;

    @Autowired
    ClassResults results;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Value("${spring.datasource.url}")
    String database;

    @Test
    void schoolScale() throws Exception {
        StringBuilder out = new StringBuilder(String.format(
                "EduVN gradebook benchmark — %s, %d cores, Java %s%n",
                database.replaceAll("[;?].*", ""),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        Random random = new Random(20261128L);
        long t0 = System.nanoTime();
        long school = setUp(random);
        out.append(String.format(
                "set-up (school, 1,500 students, 50 teachers, 408 assignments, a term of marks): %.1f s%n",
                (System.nanoTime() - t0) / 1e9));
        long marks = jdbc.queryForObject(
                "select count(*) from assessment_mark m join assessment_gradebook g on g.id = m.gradebook_id where g.school_unit_id = ?",
                Long.class,
                school);
        Map<Long, Integer> grades = new HashMap<>();
        for (Map<String, Object> row :
                jdbc.queryForList("select id, grade from registry_class where school_unit_id = ?", school)) {
            grades.put(((Number) row.get("id")).longValue(), ((Number) row.get("grade")).intValue());
        }
        long[] times = new long[5];
        int computed = 0;
        for (int i = 0; i < times.length; i++) {
            long s = System.nanoTime();
            computed = results.recomputeSchool(school, 1, grades);
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        out.append(String.format(
                "recompute a term's results of the school (%,d students, %,d marks): median %.0f ms, max %.0f ms (5 runs)%n",
                computed, marks, times[2] / 1e6, times[4] / 1e6));
        // A first round, not reported, so that every mode meets a server whose code the JIT has compiled.
        String cold = concurrentSaves(school, random, Pace.BACK_TO_BACK);
        out.append("(warm-up, not counted: ").append(cold.trim()).append(")\n");
        out.append(concurrentSaves(school, random, Pace.BACK_TO_BACK));
        out.append(concurrentSaves(school, random, Pace.TOGETHER));
        out.append(concurrentSaves(school, random, Pace.TYPING));
        System.out.println(out);
        Files.writeString(Path.of("target/benchmark-gradebook.txt"), out.toString());
    }

    private long setUp(Random random) {
        long[] school = new long[1];
        SystemActor.run(() -> tx.executeWithoutResult(status -> {
            UnitView unit = units.create(
                    demo.commune1().id(), "SCHOOL", "BENCH-GB-" + System.nanoTime() % 100000, "Trường THCS Đo Sổ Điểm");
            school[0] = unit.id();
            registry.describeSchool(unit.id(), SchoolLevel.LOWER_SECONDARY, "CONG_LAP", 0, 34, 1, 20, true);
            int n = 0;
            for (int c = 0; c < 34; c++) {
                String className = (6 + c % 4) + "B" + (1 + c / 4);
                for (int i = 0; i < 44 && n < 1500; i++, n++) {
                    boolean female = random.nextBoolean();
                    LocalDate born = LocalDate.of(2014 - c % 4, 1 + random.nextInt(12), 1 + random.nextInt(28));
                    registry.enrol(
                            unit.id(),
                            String.format("0%02d%d%02d%06d", 1 + c, female ? 3 : 2, born.getYear() % 100, 500000 + n),
                            "Học Sinh Số " + n,
                            born,
                            female ? Gender.FEMALE : Gender.MALE,
                            "01",
                            className,
                            null,
                            null);
                }
            }
            for (int t = 0; t < TEACHERS; t++) {
                String id = String.format("0331%02d%06d", 80 + t % 15, 900000 + t);
                registry.addStaff(
                        unit.id(),
                        id,
                        "Giáo Viên Số " + t,
                        LocalDate.of(1980 + t % 15, 1, 1),
                        Gender.FEMALE,
                        "GIAO_VIEN",
                        "DAI_HOC_SU_PHAM",
                        "HANG_II",
                        SUBJECTS[t % SUBJECTS.length]);
                String username = "bench.gv" + unit.id() + "." + t;
                identity.createAccount(username, "Giáo Viên Số " + t, null, unit.id(), Demo.PASSWORD, Role.TEACHER);
                registry.linkAccount(unit.id(), id, username);
            }
            List<Long> staff = jdbc.queryForList(
                    "select id from registry_staff where school_unit_id = ? order by id", Long.class, unit.id());
            List<ClassView> classes = registry.classes(unit.id());
            for (int c = 0; c < classes.size(); c++) {
                for (int s = 0; s < SUBJECTS.length; s++) {
                    registry.assign(
                            unit.id(),
                            classes.get(c).id(),
                            SUBJECTS[s],
                            staff.get((c * SUBJECTS.length + s) % TEACHERS));
                }
            }
            int year = registry.currentYear(unit.id());
            for (TeachingAssignmentView a : registry.teachingAssignments(unit.id())) {
                assessment.gradebookColumns(
                        unit.id(), a.classId(), a.grade(), year, a.subjectCode(), a.periodsPerWeek(), 1);
            }
        }));
        // The term's marks straight into the tables: the seed, not what is measured.
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (Map<String, Object> book : jdbc.queryForList(
                "select id, class_id, comment_graded, regular_count from assessment_gradebook where school_unit_id = ? and term = 1",
                school[0])) {
            boolean comment = (Boolean) book.get("comment_graded");
            int regular = ((Number) book.get("regular_count")).intValue();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= regular; i++) {
                columns.add("TX" + i);
            }
            columns.add("GK");
            columns.add("CK");
            for (Long student : jdbc.queryForList(
                    "select id from registry_student where class_id = ?", Long.class, book.get("class_id"))) {
                for (String column : columns) {
                    rows.add(new Object[] {
                        book.get("id"),
                        student,
                        column,
                        comment ? null : java.math.BigDecimal.valueOf(40 + random.nextInt(61), 1),
                        comment ? "D" : null,
                        now
                    });
                }
            }
        }
        for (int i = 0; i < rows.size(); i += 5000) {
            jdbc.batchUpdate(
                    "insert into assessment_mark (gradebook_id, student_id, column_key, score, grade_code, updated_by, updated_at, version) values (?, ?, ?, ?, ?, 'bench', ?, 0)",
                    rows.subList(i, Math.min(rows.size(), i + 5000)));
        }
        return school[0];
    }

    /** How the 50 teachers send their saves. */
    private enum Pace {
        /** Each sends the next save as soon as the last is answered: the server saturated, the worst case. */
        BACK_TO_BACK("back to back"),
        /** All 50 press save at the same instant, wait for every answer, and again: 50 saves at once, 45 times. */
        TOGETHER("all 50 at the same instant, 45 rounds"),
        /** One cell a second each, as a teacher moving along a row. */
        TYPING("one cell a second each");

        final String label;

        Pace(String label) {
            this.label = label;
        }
    }

    /** 50 teachers, each with their own token, save cells of their own term-2 gradebook at once. */
    private String concurrentSaves(long school, Random random, Pace pace) throws Exception {
        boolean paced = pace == Pace.TYPING;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(TEACHERS);
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(8))
                .build();
        List<Map<String, Object>> teachers = jdbc.queryForList("""
                select s.account_username, min(a.class_id) as class_id from registry_staff s
                join registry_teaching_assignment a on a.staff_id = s.id where s.school_unit_id = ? group by s.account_username""", school);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(TEACHERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        for (Map<String, Object> teacher : teachers) {
            String username = (String) teacher.get("account_username");
            long classId = ((Number) teacher.get("class_id")).longValue();
            String subject = jdbc.queryForObject(
                    "select min(a.subject_code) from registry_teaching_assignment a join registry_staff s on s.id = a.staff_id where s.account_username = ? and a.class_id = ?",
                    String.class,
                    username,
                    classId);
            String token = JsonPath.read(
                    post(
                                    http,
                                    "/api/v1/auth/tokens",
                                    null,
                                    "{\"username\": \"" + username + "\", \"password\": \"" + Demo.PASSWORD + "\"}")
                            .body(),
                    "$.token");
            String grid = get(http, "/api/v1/gradebooks?classId=" + classId + "&subject=" + subject + "&term=2", token)
                    .body();
            long book = ((Number) JsonPath.read(grid, "$.id")).longValue();
            List<Number> pupils = JsonPath.read(grid, "$.lines[*].studentId");
            Map<String, Long> seen = new HashMap<>();
            List<Map<String, Object>> gridLines = JsonPath.read(grid, "$.lines");
            for (Map<String, Object> line : gridLines) {
                Map<String, Map<String, Object>> cells = (Map<String, Map<String, Object>>) line.get("cells");
                cells.forEach((column, cell) -> seen.put(
                        ((Number) line.get("studentId")).longValue() + column,
                        ((Number) cell.get("version")).longValue()));
            }
            List<String> columns = JsonPath.read(grid, "$.columns");
            boolean comment = "COMMENT".equals(JsonPath.read(grid, "$.kind"));
            long seed = random.nextLong();
            done.add(pool.submit(() -> {
                Random own = new Random(seed);
                Map<String, Long> versions = new HashMap<>(seen);
                start.await();
                long began = System.nanoTime();
                long phase = own.nextInt(1000);
                for (int i = 0; i < 45; i++) {
                    if (paced) {
                        long due = began + (phase + i * 1000L) * 1_000_000L;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                        }
                    }
                    if (pace == Pace.TOGETHER) {
                        together.await();
                    }
                    long pupil = pupils.get(own.nextInt(pupils.size())).longValue();
                    String column = columns.get(own.nextInt(columns.size()));
                    String value = comment ? (own.nextInt(10) == 0 ? "CD" : "D") : String.valueOf(own.nextInt(11));
                    long version = versions.getOrDefault(pupil + column, 0L);
                    long s = System.nanoTime();
                    HttpResponse<String> response = send(
                            http,
                            HttpRequest.newBuilder(URI.create(
                                            "http://localhost:" + port + "/api/v1/gradebooks/" + book + "/marks"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(
                                            "{\"studentId\": %d, \"column\": \"%s\", \"value\": \"%s\", \"version\": %d}"
                                                    .formatted(pupil, column, value, version)))
                                    .build());
                    long took = System.nanoTime() - s;
                    if (response.statusCode() == 200) {
                        versions.put(
                                pupil + column, ((Number) JsonPath.read(response.body(), "$.version")).longValue());
                        if (i >= 5) {
                            latencies.add(took);
                        }
                    } else {
                        failures.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        long wall = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return String.format(
                "%d teachers saving at once over HTTP, %s (%,d saves measured after 5 warm-up each, %.1f s, %.0f saves/s): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; refused %s%n",
                teachers.size(),
                pace.label,
                sorted.size(),
                seconds,
                (teachers.size() * 45) / seconds,
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6,
                failures);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private HttpResponse<String> post(HttpClient http, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(http, request.build());
    }

    private HttpResponse<String> get(HttpClient http, String path, String token) throws Exception {
        return send(
                http,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build());
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
