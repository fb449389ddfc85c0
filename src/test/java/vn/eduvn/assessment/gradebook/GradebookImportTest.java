package vn.eduvn.assessment.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.registry.RegistryApi;

/** A teacher exports a gradebook, fills it in Excel and imports it back; bad cells are named and change nothing. */
@EduVnTest
class GradebookImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistryApi registry;

    @Test
    void anExportedSheetComesBackWithItsMarksAndBadCellsAreReported() throws Exception {
        SecondaryTeacher teacher = SecondaryTeacher.of(demo, jdbc);
        String token = demo.token(mvc, teacher.username());
        String grid = mvc.perform(get("/api/v1/gradebooks")
                        .param("classId", String.valueOf(teacher.classId()))
                        .param("subject", "TOAN")
                        .param("term", "2")
                        .with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long book = ((Number) JsonPath.read(grid, "$.id")).longValue();
        long pupil = ((Number) JsonPath.read(grid, "$.lines[9].studentId")).longValue();
        byte[] exported = mvc.perform(
                        get("/api/v1/gradebooks/{id}/export", book).with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            var sheet = workbook.getSheetAt(0);
            var row = sheet.getRow(10); // STT 10: the tenth pupil
            String[] marks = {"8", "7", "9", "8", "7.5", "8"};
            for (int i = 0; i < marks.length; i++) {
                row.createCell(3 + i).setCellValue(marks[i]);
            }
            sheet.getRow(11).createCell(3).setCellValue("12");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        String refused = mvc.perform(multipart("/api/v1/gradebooks/{id}/import", book)
                        .file(new MockMultipartFile("file", "sd.xlsx", "application/octet-stream", filled))
                        .with(Demo.bearer(token)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<Integer>) JsonPath.read(refused, "$.errors[*].row")).containsExactly(12);
        assertThat((List<String>) JsonPath.read(refused, "$.errors[*].column")).containsExactly("TX1");
        assertThat(jdbc.sql("select count(*) from assessment_mark where gradebook_id = ? and student_id = ?")
                        .params(book, pupil)
                        .query(Long.class)
                        .single())
                .isZero();

        String applied = mvc.perform(multipart("/api/v1/gradebooks/{id}/import", book)
                        .file(new MockMultipartFile("file", "sd.xlsx", "application/octet-stream", filled))
                        .param("mode", "valid-rows")
                        .with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(applied, "$.cells")).isEqualTo(6);
        String after = mvc.perform(get("/api/v1/gradebooks")
                        .param("classId", String.valueOf(teacher.classId()))
                        .param("subject", "TOAN")
                        .param("term", "2")
                        .with(Demo.bearer(token)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // (8 + 7 + 9 + 8 + 2·7.5 + 3·8) / 9 = 71 / 9 = 7.9
        assertThat((String) JsonPath.read(after, "$.lines[9].result")).isEqualTo("7.9");
    }
}
