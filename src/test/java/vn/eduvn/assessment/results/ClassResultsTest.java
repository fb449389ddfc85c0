package vn.eduvn.assessment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.assessment.AssessmentApi;
import vn.eduvn.assessment.Evaluations;
import vn.eduvn.platform.SystemActor;

/** The homeroom teacher of 6A2 reads the whole class's results, gives conduct, and sees the year's decisions. */
@EduVnTest
class ClassResultsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Evaluations evaluations;

    @Autowired
    AssessmentApi assessment;

    private long classNamed(String name) {
        return vn.eduvn.SchoolClasses.id(mvc, demo, demo.school2().id(), name);
    }

    private String summary(long classId, int term, String token) throws Exception {
        return mvc.perform(get("/api/v1/homeroom/{c}", classId)
                        .param("term", String.valueOf(term))
                        .with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstTermsLearningResultsAreThoseOfTheEngineFromTheGradebooks() throws Exception {
        String token = demo.token(mvc, "giaovien2");
        long classId = classNamed("6A2");
        String body = summary(classId, 1, token);
        List<String> learning = JsonPath.read(body, "$.students[*].learning");
        assertThat(learning).isNotEmpty().doesNotContainNull();
        assertThat((List<String>) JsonPath.read(body, "$.subjects[*].code"))
                .contains("TOAN", "NGU_VAN", "GDTC", "HDTN_HN");

        Map<String, Object> first = JsonPath.read(body, "$.students[0].subjects");
        List<Map<String, Object>> subjects = JsonPath.read(body, "$.subjects");
        Map<String, Object> averages = new HashMap<>();
        Map<String, Object> comments = new HashMap<>();
        for (Map<String, Object> s : subjects) {
            String code = (String) s.get("code");
            if ((Boolean) s.get("commentGraded")) {
                comments.put(code, first.get(code));
            } else {
                averages.put(code, new java.math.BigDecimal((String) first.get(code)));
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> expected = evaluations.evaluate(
                "SECONDARY_TT22_2021",
                "learningResultTT22",
                json.valueToTree(Map.of("subjectAverages", averages, "commentResults", comments)));
        assertThat((String) JsonPath.read(body, "$.students[0].learning")).isEqualTo(expected.get("level"));
        assertThat((String) JsonPath.read(body, "$.students[0].learningRaw")).isEqualTo(expected.get("rawLevel"));

        String page =
                HtmlUtils.htmlUnescape(mvc.perform(get("/homeroom/{c}", classId).with(demo.as("giaovien2")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Tổng hợp kết quả", "Rèn luyện", "Học tập");

        byte[] xlsx = mvc.perform(get("/api/v1/homeroom/{c}/export", classId)
                        .param("term", "1")
                        .with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            // The customary layout: the motto and school, the title, then one ruled row per student and the counts.
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("TRƯỜNG THCS VŨ TIÊN");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ HỌC KỲ I");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).startsWith("Lớp 6A2 – Năm học");
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(6).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header)
                    .startsWith("STT", "Họ và tên", "Ngày sinh", "Giới tính")
                    .contains("Toán", "Kết quả học tập", "Kết quả rèn luyện");
            int students = ((List<?>) JsonPath.read(body, "$.students")).size();
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue())
                    .isEqualTo(JsonPath.read(body, "$.students[0].fullName"));
            int toan = header.indexOf("Toán");
            String average = JsonPath.read(body, "$.students[0].subjects.TOAN");
            assertThat(sheet.getRow(7).getCell(toan).getNumericCellValue())
                    .as("scores are numbers")
                    .isEqualTo(Double.parseDouble(average));
            assertThat(sheet.getRow(7 + students + 1).getCell(1).getStringCellValue())
                    .isEqualTo("Tổng số học sinh: " + students);
            assertThat(sheet.getRow(7 + students + 2).getCell(1).getStringCellValue())
                    .startsWith("Kết quả học tập — Tốt: ");
        }
    }

    @Test
    void conductByTermGivesTheYearsConductTitleAndPromotion() throws Exception {
        String token = demo.token(mvc, "giaovien2");
        long classId = classNamed("6A2");
        String term1 = summary(classId, 1, token);
        long pupil = ((Number) JsonPath.read(term1, "$.students[1].studentId")).longValue();
        List<String> codes = JsonPath.read(term1, "$.subjects[*].code");
        List<Boolean> commentGraded = JsonPath.read(term1, "$.subjects[*].commentGraded");
        // The second term's marks of this pupil, entered by the school's system for the story's sake.
        SystemActor.run(() -> {
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                var columns = jdbc.sql(
                                "select regular_count from assessment_gradebook where class_id = ? and subject_code = ? and term = 1")
                        .params(classId, code)
                        .query(Integer.class)
                        .single();
                var periods = jdbc.sql(
                                "select periods_per_week from registry_teaching_assignment where class_id = ? and subject_code = ?")
                        .params(classId, code)
                        .query(java.math.BigDecimal.class)
                        .single();
                assessment.gradebookColumns(demo.school2().id(), classId, 6, 2026, code, periods, 2);
                Map<String, String> cells = new HashMap<>();
                for (int t = 1; t <= columns; t++) {
                    cells.put("TX" + t, commentGraded.get(i) ? "D" : "9");
                }
                cells.put("GK", commentGraded.get(i) ? "D" : "9");
                cells.put("CK", commentGraded.get(i) ? "D" : "9.5");
                assessment.enterMarks(classId, code, 2, 6, Map.of(pupil, cells));
            }
        });
        for (int term : List.of(1, 2)) {
            mvc.perform(put("/api/v1/homeroom/{c}/conduct", classId)
                            .with(Demo.bearer(token))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"studentId\": %d, \"term\": %d, \"level\": \"TOT\"}".formatted(pupil, term)))
                    .andExpect(status().isNoContent());
        }
        String year = summary(classId, 0, token);
        List<Map<String, Object>> lines = JsonPath.read(year, "$.students[?(@.studentId == " + pupil + ")]");
        Map<String, Object> line = lines.get(0);
        assertThat(line.get("conduct")).isEqualTo("TOT");
        assertThat(line.get("decision")).isEqualTo("PROMOTED");
        assertThat(line.get("learning")).isNotNull();
        Map<String, Object> yearSubjects = (Map<String, Object>) line.get("subjects");
        Map<String, Object> averages = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!commentGraded.get(i)) {
                averages.put(codes.get(i), new java.math.BigDecimal((String) yearSubjects.get(codes.get(i))));
            }
        }
        Map<String, Object> expected = evaluations.evaluate(
                "SECONDARY_TT22_2021",
                "titleTT22",
                JsonMapper.builder()
                        .build()
                        .valueToTree(Map.of(
                                "conductYear",
                                "TOT",
                                "learningYear",
                                line.get("learning"),
                                "subjectAverages",
                                averages)));
        assertThat(line.get("title")).isEqualTo(expected.get("title"));
        assertThat(jdbc.sql(
                                "select count(*) from assessment_conduct_aud a join assessment_conduct c on c.id = a.id where c.student_id = ?")
                        .param(pupil)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theHomeroomTeacherWritesYearEndComments() throws Exception {
        String token = demo.token(mvc, "giaovien2");
        long classId = classNamed("6A2");
        long pupil = ((Number) JsonPath.read(summary(classId, 1, token), "$.students[3].studentId")).longValue();
        mvc.perform(put("/api/v1/homeroom/{c}/comment", classId)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"body\": \"Chăm ngoan, tiến bộ rõ ở môn Toán.\"}"
                                .formatted(pupil)))
                .andExpect(status().isNoContent());
        assertThat((List<String>) JsonPath.read(
                        summary(classId, 0, token), "$.students[?(@.studentId == " + pupil + ")].comment"))
                .containsExactly("Chăm ngoan, tiến bộ rõ ở môn Toán.");
        mvc.perform(put("/api/v1/homeroom/{c}/comment", classId)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"body\": \"%s\"}".formatted(pupil, "a".repeat(1001))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/homeroom/{c}", classId).param("term", "0").with(demo.as("giaovien2")))
                .andExpect(status().isOk());
    }

    @Test
    void onlyTheHomeroomTeacherReadsTheClassAndConductTakesTheFourLevels() throws Exception {
        String token = demo.token(mvc, "giaovien2");
        mvc.perform(get("/api/v1/homeroom/{c}", classNamed("6A1")).with(Demo.bearer(token)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/homeroom/{c}", classNamed("6A2")).with(Demo.bearer(demo.token(mvc, "giaovien1"))))
                .andExpect(status().isNotFound());
        long classId = classNamed("6A2");
        long pupil = ((Number) JsonPath.read(summary(classId, 1, token), "$.students[2].studentId")).longValue();
        mvc.perform(put("/api/v1/homeroom/{c}/conduct", classId)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"term\": 1, \"level\": \"XUAT_SAC\"}".formatted(pupil)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Mức rèn luyện \"XUAT_SAC\" không hợp lệ."));
        mvc.perform(put("/api/v1/homeroom/{c}/conduct", classId)
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"term\": 0, \"level\": \"TOT\"}".formatted(pupil)))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from assessment_conduct where student_id = ?")
                        .param(pupil)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
