package vn.eduvn.registry.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** The clerk finds students without typing diacritics, reads class lists in Vietnamese order, exports them. */
@EduVnTest
class StudentSearchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void aClassWithKnownNames() throws Exception {
        String[][] students = {
            {"Nguyễn Văn Bình", "M"},
            {"Đặng Thị Ánh", "F"},
            {"Nguyễn Văn An", "M"},
            {"Phạm Thị An", "F"},
            {"Đỗ Văn Đức", "M"}
        };
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < students.length; i++) {
            boolean female = students[i][1].equals("F");
            String id = String.format("004%d%02d%06d", female ? 3 : 2, 19, 700001 + i);
            rows.add(List.of(id, students[i][0], "04/04/2019", female ? "Nữ" : "Nam", "Kinh", "1T9"));
        }
        byte[] file = vn.eduvn.registry.importing.WorkbooksAccess.students(rows);
        mvc.perform(multipart(
                                "/api/v1/schools/{id}/students/import",
                                demo.school1().id())
                        .file(new MockMultipartFile("file", "lop.xlsx", "application/octet-stream", file))
                        .with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andExpect(status().isOk());
    }

    @Test
    void namesAreFoundWithoutDiacritics() throws Exception {
        assertThat(names("nguyen van an")).contains("Nguyễn Văn An");
        assertThat(names("dang")).contains("Đặng Thị Ánh");
        assertThat(names("ĐỨC")).contains("Đỗ Văn Đức");
        assertThat(names("00421970")).containsOnly("Nguyễn Văn Bình", "Nguyễn Văn An", "Đỗ Văn Đức");
    }

    @Test
    void aClassListReadsInVietnameseOrder() throws Exception {
        assertThat(classList("1T9"))
                .containsExactly("Phạm Thị An", "Nguyễn Văn An", "Đặng Thị Ánh", "Nguyễn Văn Bình", "Đỗ Văn Đức");
    }

    @Test
    void theListExportsToExcelAndCsv() throws Exception {
        byte[] xlsx = mvc.perform(get(
                                "/api/v1/schools/{id}/students/export",
                                demo.school1().id())
                        .with(Demo.bearer(demo.token(mvc, "hieutruong1"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Mã định danh");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThan(100);
        }
        String csv = new String(
                mvc.perform(get(
                                        "/api/v1/schools/{id}/students/export",
                                        demo.school1().id())
                                .param("format", "csv")
                                .with(Demo.bearer(demo.token(mvc, "hieutruong1"))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFSTT,Mã định danh,Họ và tên")
                .contains(",Đặng Thị Ánh,04/04/2019,Nữ,Kinh,1T9,");
    }

    @Test
    void theSchoolPageSearchesAsTheClerkTypes() throws Exception {
        mvc.perform(get("/schools/{id}/students", demo.school1().id())
                        .param("q", "pham thi an")
                        .header("HX-Request", "true")
                        .with(demo.as("giaovu1")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Phạm Thị An")));
    }

    private List<String> classList(String className) throws Exception {
        long classId = jdbc.sql("select id from registry_class where school_unit_id = ? and name = ?")
                .params(demo.school1().id(), className)
                .query(Long.class)
                .single();
        String body = mvc.perform(
                        get("/api/v1/schools/{id}/students", demo.school1().id())
                                .param("classId", String.valueOf(classId))
                                .with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.content[*].fullName");
    }

    private List<String> names(String q) throws Exception {
        String body = mvc.perform(
                        get("/api/v1/schools/{id}/students", demo.school1().id())
                                .param("q", q)
                                .param("size", "200")
                                .with(Demo.bearer(demo.token(mvc, "giaovu1"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.content[*].fullName");
    }
}
