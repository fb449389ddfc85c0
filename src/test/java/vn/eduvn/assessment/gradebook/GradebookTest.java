package vn.eduvn.assessment.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.registry.RegistryApi;

/** A teacher keeps the gradebook of a class they teach: every cell checked, saved on its own, the average at once. */
@EduVnTest
class GradebookTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistryApi registry;

    SecondaryTeacher teacher;

    String token;

    @BeforeEach
    void teacher() {
        teacher = SecondaryTeacher.of(demo, jdbc);
        token = demo.token(mvc, teacher.username());
    }

    private String open(String subject, int term) throws Exception {
        return mvc.perform(get("/api/v1/gradebooks")
                        .param("classId", String.valueOf(teacher.classId()))
                        .param("subject", subject)
                        .param("term", String.valueOf(term))
                        .with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private ResultActions save(long book, long student, String column, String value, long version) throws Exception {
        return mvc.perform(put("/api/v1/gradebooks/{id}/marks", book)
                .with(Demo.bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"studentId\": %d, \"column\": \"%s\", \"value\": \"%s\", \"version\": %d}"
                        .formatted(student, column, value, version)));
    }

    @Test
    void theTermAverageAppearsWhenTheMarksAreCompleteAndUsesTheTT22Formula() throws Exception {
        // The demo's first term is complete: every pupil has a term average.
        List<Object> firstTerm = JsonPath.read(open("TOAN", 1), "$.lines[*].result");
        assertThat(firstTerm).isNotEmpty().doesNotContainNull();
        String grid = open("TOAN", 2);
        assertThat((List<String>) JsonPath.read(grid, "$.columns"))
                .containsExactly("TX1", "TX2", "TX3", "TX4", "GK", "CK");
        assertThat((String) JsonPath.read(grid, "$.regime")).isEqualTo("SECONDARY_TT22_2021");
        long book = ((Number) JsonPath.read(grid, "$.id")).longValue();
        long pupil = ((Number) JsonPath.read(grid, "$.lines[3].studentId")).longValue();
        String[][] marks = {{"TX1", "8"}, {"TX2", "9"}, {"TX3", "7"}, {"TX4", "8"}, {"GK", "7"}};
        for (String[] m : marks) {
            save(book, pupil, m[0], m[1], 0)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.result").doesNotExist());
        }
        // (8 + 9 + 7 + 8 + 2·7 + 3·8.5) / 9 = 71.5 / 9 = 7.94… → 7.9
        save(book, pupil, "CK", "8,5", 0)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("8.5"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.result").value("7.9"));
        String again = open("TOAN", 2);
        assertThat((String) JsonPath.read(again, "$.lines[3].result")).isEqualTo("7.9");
        byte[] xlsx = mvc.perform(get("/api/v1/gradebooks/{id}/export", book).with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var row = workbook.getSheetAt(0).getRow(4);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(8.5);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(7.9);
        }
        mvc.perform(get("/api/v1/gradebooks/{id}/export", book).with(Demo.bearer(demo.token(mvc, "giaovien1"))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                select r.actor from assessment_mark_aud a join identity_audit_revision r on r.id = a.rev
                join assessment_mark m on m.id = a.id where m.gradebook_id = ? and m.student_id = ? and m.column_key = 'CK'""").params(book, pupil).query(String.class).list()).containsExactly(teacher.username());
    }

    @Test
    void badMarksAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        String grid = open("TOAN", 2);
        long book = ((Number) JsonPath.read(grid, "$.id")).longValue();
        long pupil = ((Number) JsonPath.read(grid, "$.lines[1].studentId")).longValue();
        save(book, pupil, "TX1", "11", 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Điểm \"11\" phải từ 0 đến 10, tối đa một chữ số thập phân."));
        save(book, pupil, "TX1", "8.25", 0).andExpect(status().isBadRequest());
        save(book, pupil, "TX1", "tám", 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("\"tám\" không phải là điểm số."));
        save(book, pupil, "TX9", "8", 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("column"));
        save(book, teacher.otherClassPupil(), "TX1", "8", 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Học sinh không thuộc lớp này."));
        assertThat(jdbc.sql("select count(*) from assessment_mark where gradebook_id = ? and student_id in (?, ?)")
                        .params(book, pupil, teacher.otherClassPupil())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void twoPeopleOnOneCellAreToldNotOverwritten() throws Exception {
        String grid = open("TOAN", 2);
        long book = ((Number) JsonPath.read(grid, "$.id")).longValue();
        long pupil = ((Number) JsonPath.read(grid, "$.lines[2].studentId")).longValue();
        save(book, pupil, "GK", "6", 0)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        // A second tab that still shows the empty cell.
        save(book, pupil, "GK", "9", 0)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Ô này vừa được giaovien2 sửa thành \"6\". Tải lại trang để xem rồi nhập lại nếu cần."));
        save(book, pupil, "GK", "6.5", 1)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        assertThat(jdbc.sql(
                                "select score from assessment_mark where gradebook_id = ? and student_id = ? and column_key = 'GK'")
                        .params(book, pupil)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("6.5");
        assertThat(jdbc.sql(
                                "select count(*) from assessment_mark_aud a join assessment_mark m on m.id = a.id where m.gradebook_id = ? and m.student_id = ?")
                        .params(book, pupil)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        // The principal reads who changed the cell, when, from what to what.
        String history = mvc.perform(
                        get("/api/v1/schools/{id}/mark-history", demo.school2().id())
                                .param("classId", String.valueOf(teacher.classId()))
                                .param("studentId", String.valueOf(pupil))
                                .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> olds = JsonPath.read(history, "$[?(@.column == 'GK' && @.term == 2)].oldValue");
        List<String> news = JsonPath.read(history, "$[?(@.column == 'GK' && @.term == 2)].newValue");
        List<String> actors = JsonPath.read(history, "$[?(@.column == 'GK' && @.term == 2)].actor");
        assertThat(olds).containsExactly("", "6");
        assertThat(news).containsExactly("6", "6.5");
        assertThat(actors).containsOnly(teacher.username());
        mvc.perform(get("/api/v1/schools/{id}/mark-history", demo.school2().id())
                        .param("classId", String.valueOf(teacher.classId()))
                        .with(Demo.bearer(token)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/schools/{id}/mark-history", demo.school2().id())
                        .param("classId", String.valueOf(teacher.classId()))
                        .with(demo.as("hieutruong2")))
                .andExpect(status().isOk());
    }

    @Test
    void aTeacherOpensOnlyTheirOwnAssignmentsAndPrimaryTestsAreIntegersFromOneToTen() throws Exception {
        mvc.perform(get("/api/v1/gradebooks")
                        .param("classId", String.valueOf(teacher.classId()))
                        .param("subject", "NGU_VAN")
                        .with(Demo.bearer(token)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Thầy cô không được phân công dạy môn này ở lớp này."));
        String primaryToken = demo.token(mvc, "giaovien1");
        mvc.perform(get("/api/v1/gradebooks")
                        .param("classId", String.valueOf(teacher.classId()))
                        .param("subject", "TOAN")
                        .with(Demo.bearer(primaryToken)))
                .andExpect(status().isNotFound());
        long class1A1 = jdbc.sql("select id from registry_class where school_unit_id = ? and name = '1A1'")
                .param(demo.school1().id())
                .query(Long.class)
                .list()
                .get(0);
        String grid = mvc.perform(get("/api/v1/gradebooks")
                        .param("classId", String.valueOf(class1A1))
                        .param("subject", "TOAN")
                        .param("term", "2")
                        .with(Demo.bearer(primaryToken)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(grid, "$.columns")).containsExactly("LEVEL", "TEST", "NX");
        assertThat((String) JsonPath.read(grid, "$.regime")).isEqualTo("PRIMARY_TT27_2020");
        long book = ((Number) JsonPath.read(grid, "$.id")).longValue();
        long pupil = ((Number) JsonPath.read(grid, "$.lines[0].studentId")).longValue();
        for (String bad : List.of("0", "9.5", "11")) {
            mvc.perform(put("/api/v1/gradebooks/{id}/marks", book)
                            .with(Demo.bearer(primaryToken))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"studentId\": %d, \"column\": \"TEST\", \"value\": \"%s\", \"version\": 0}"
                                    .formatted(pupil, bad)))
                    .andExpect(status().isBadRequest())
                    .andExpect(
                            jsonPath("$.detail").value("Điểm kiểm tra \"" + bad + "\" phải là số nguyên từ 1 đến 10."));
        }
        mvc.perform(put("/api/v1/gradebooks/{id}/marks", book)
                        .with(Demo.bearer(primaryToken))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"studentId\": %d, \"column\": \"LEVEL\", \"value\": \"t\", \"version\": 0}"
                                .formatted(pupil)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("T"))
                .andExpect(jsonPath("$.result").value("T"));
        // The teacher's comment on the pupil's learning of the subject sits beside the level.
        mvc.perform(put("/api/v1/gradebooks/{id}/marks", book)
                        .with(Demo.bearer(primaryToken))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"studentId\": %d, \"column\": \"NX\", \"value\": \"Đọc to, rõ ràng; cần luyện viết đúng chính tả.\", \"version\": 0}"
                                        .formatted(pupil)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("Đọc to, rõ ràng; cần luyện viết đúng chính tả."))
                .andExpect(jsonPath("$.result").value("T"));
    }
}
