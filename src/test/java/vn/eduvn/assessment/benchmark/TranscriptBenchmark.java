package vn.eduvn.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.assessment.AssessmentApi;
import vn.eduvn.platform.SystemActor;

/**
 * A class's transcripts: a grade-9 class of 45 pupils with a whole year of marks in 11 subjects, conduct and
 * comments; the principal finalises it, then the class's 45 PDFs are printed (one request, a zip of 45 files)
 * and each pupil's PDF is fetched on its own. Not part of {@code ./mvnw verify}:
 * {@code ./mvnw test -Pbenchmark -Dtest=TranscriptBenchmark} (add {@code -Ppostgresql}). Results to stdout and
 * {@code target/benchmark-transcript.txt}.
 */
@EduVnTest
@Tag("benchmark")
class TranscriptBenchmark {

    private static final List<String> SUBJECTS = List.of(
            "NGU_VAN",
            "TOAN",
            "NGOAI_NGU_1",
            "GDCD",
            "LS_DL",
            "KHTN",
            "CONG_NGHE",
            "TIN_HOC",
            "GDTC",
            "NGHE_THUAT",
            "HDTN_HN");

    private static final List<String> COMMENTED = List.of("GDTC", "NGHE_THUAT", "HDTN_HN");

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý"
    };

    private static final String[] GIVEN = {
        "Anh", "Bảo", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hương", "Khánh", "Linh", "Minh", "Ngọc", "Phương", "Quân",
        "Thảo", "Trí", "Tuấn", "Uyên", "Việt", "Yến"
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentApi assessment;

    @Value("${spring.datasource.url}")
    String database;

    @Test
    void aClassOf45() throws Exception {
        StringBuilder out = new StringBuilder(String.format(
                "EduVN transcript benchmark — %s, %d cores, Java %s%n",
                database.replaceAll("[;?].*", ""),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        long t0 = System.nanoTime();
        long classId = setUp(new Random(20261129L));
        out.append(String.format(
                "set-up (a class of 45, 11 subjects, two terms of marks, conduct, comments): %.1f s%n",
                (System.nanoTime() - t0) / 1e9));

        long start = System.nanoTime();
        mvc.perform(post("/api/v1/classes/{c}/transcripts/finalise", classId)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isOk());
        out.append(String.format(
                "finalise the class's 45 transcripts (compute, freeze, hash, seal): %.0f ms%n",
                (System.nanoTime() - start) / 1e6));

        List<Long> pupils = jdbc.sql("select id from registry_student where class_id = ? order by id")
                .param(classId)
                .query(Long.class)
                .list();
        double[] archive = new double[5];
        double[] oneByOne = new double[5];
        long bytes = 0;
        for (int run = 0; run < 5; run++) {
            start = System.nanoTime();
            byte[] zip = mvc.perform(
                            get("/transcripts/classes/{c}/archive", classId).with(demo.as("giaovien2")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            archive[run] = (System.nanoTime() - start) / 1e6;
            assertThat(entries(zip)).isEqualTo(45);
            start = System.nanoTime();
            bytes = 0;
            for (long pupil : pupils) {
                bytes += mvc.perform(get("/transcripts/classes/{c}/students/{s}", classId, pupil)
                                .with(demo.as("giaovien2")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()
                        .length;
            }
            oneByOne[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(archive);
        Arrays.sort(oneByOne);
        out.append(String.format(
                "the class's 45 transcript PDFs in one zip: median %.0f ms, max %.0f ms (5 runs; goal ≤ 10,000 ms)%n",
                archive[2], archive[4]));
        out.append(String.format(
                "45 transcript PDFs fetched one by one: median %.0f ms, max %.0f ms (5 runs); %.0f KB per PDF%n",
                oneByOne[2], oneByOne[4], bytes / 45.0 / 1024));
        System.out.println(out);
        Files.writeString(Path.of("target/benchmark-transcript.txt"), out.toString());
    }

    private static int entries(byte[] zip) throws Exception {
        int n = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                n++;
            }
        }
        return n;
    }

    private long setUp(Random random) throws Exception {
        long school = demo.school2().id();
        mvc.perform(post("/schools/{id}/classes", school)
                .with(demo.as("hieutruong2"))
                .with(csrf())
                .param("name", "9B9")
                .param("sessionsPerDay", "1"));
        long classId = vn.eduvn.SchoolClasses.id(mvc, demo, school, "9B9");
        int year = jdbc.sql("select start_year from registry_class where id = ?")
                .param(classId)
                .query(Integer.class)
                .single();
        long teacher = jdbc.sql("select id from registry_staff where account_username = 'giaovien2'")
                .query(Long.class)
                .single();
        mvc.perform(post("/schools/{id}/classes/{c}/homeroom", school, classId)
                .with(demo.as("hieutruong2"))
                .with(csrf())
                .param("staffId", String.valueOf(teacher)));
        for (String subject : SUBJECTS) {
            mvc.perform(post("/schools/{id}/assignments", school)
                    .with(demo.as("hieutruong2"))
                    .with(csrf())
                    .param("classId", String.valueOf(classId))
                    .param("subjectCode", subject)
                    .param("staffId", String.valueOf(teacher)));
        }
        String principal = demo.token(mvc, "hieutruong2");
        List<Long> pupils = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            boolean girl = i % 2 == 0;
            String name = FAMILY[random.nextInt(FAMILY.length)]
                    + (girl ? " Thị " : " Văn ")
                    + GIVEN[random.nextInt(GIVEN.length)];
            String body = mvc.perform(post("/api/v1/schools/{id}/students", school)
                            .with(Demo.bearer(principal))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                            {"personalId": "001%s11%06d", "fullName": "%s", "birthDate": "2011-%02d-%02d", "gender": "%s",
                             "ethnicityCode": "01", "classId": %d, "address": "Thôn Đông, xã Vũ Tiên", "fatherName": "Nguyễn Văn Bố",
                             "motherName": "Trần Thị Mẹ"}""".formatted(
                                            girl ? "3" : "2",
                                            950000 + i,
                                            name,
                                            1 + i % 12,
                                            1 + i % 28,
                                            girl ? "FEMALE" : "MALE",
                                            classId)))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            pupils.add(((Number) JsonPath.read(body, "$.id")).longValue());
        }
        Map<Long, Double> ability = new HashMap<>();
        pupils.forEach(p -> ability.put(p, 6.8 + random.nextDouble() * 2.8));
        SystemActor.run(() -> {
            for (int term = 1; term <= 2; term++) {
                for (String subject : SUBJECTS) {
                    BigDecimal periods = jdbc.sql(
                                    "select periods_per_week from registry_teaching_assignment where class_id = ? and subject_code = ?")
                            .params(classId, subject)
                            .query(BigDecimal.class)
                            .single();
                    List<String> columns =
                            assessment.gradebookColumns(school, classId, 9, year, subject, periods, term);
                    Map<Long, Map<String, String>> marks = new HashMap<>();
                    for (long p : pupils) {
                        Map<String, String> cells = new HashMap<>();
                        for (String column : columns) {
                            double score = Math.min(10, Math.max(5, ability.get(p) + random.nextGaussian() * 0.8));
                            cells.put(
                                    column,
                                    COMMENTED.contains(subject) ? "D" : String.valueOf(Math.round(score * 2) / 2.0));
                        }
                        marks.put(p, cells);
                    }
                    assessment.enterMarks(classId, subject, term, 9, marks);
                }
            }
        });
        String homeroom = demo.token(mvc, "giaovien2");
        for (long p : pupils) {
            for (int term = 1; term <= 2; term++) {
                mvc.perform(put("/api/v1/homeroom/{c}/conduct", classId)
                                .with(Demo.bearer(homeroom))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"studentId\": %d, \"term\": %d, \"level\": \"%s\"}"
                                        .formatted(p, term, ability.get(p) > 7.5 ? "TOT" : "KHA")))
                        .andExpect(status().isNoContent());
            }
            mvc.perform(put("/api/v1/homeroom/{c}/comment", classId)
                            .with(Demo.bearer(homeroom))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    "{\"studentId\": %d, \"body\": \"Em chăm ngoan, lễ phép, có ý thức tự học; cần mạnh dạn phát biểu xây dựng bài và rèn luyện chữ viết cẩn thận hơn.\"}"
                                            .formatted(p)))
                    .andExpect(status().isNoContent());
        }
        return classId;
    }
}
