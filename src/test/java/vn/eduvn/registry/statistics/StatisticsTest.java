package vn.eduvn.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.registry.importing.WorkbooksAccess;

/** A Department official reads live counts that follow the schools' records at once. */
@EduVnTest
class StatisticsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    Units units;

    @Test
    void countsFollowTheSchoolsRecordsAtOnce() throws Exception {
        long before = ((Number) JsonPath.read(stats(demo.department().id(), "sogd"), "$.students")).longValue();

        mvc.perform(post("/units/{id}/children", demo.commune1().id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("typeCode", "SCHOOL")
                        .param("code", "STAT-1")
                        .param("name", "Trường THCS Thống Kê"))
                .andExpect(status().is3xxRedirection());
        UnitView school = units.findByCode("SCHOOL", "STAT-1").orElseThrow();
        byte[] file = WorkbooksAccess.xlsx(
                List.of("Mã định danh", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Lớp", "Khuyết tật"),
                List.of(
                        List.of(
                                "001213600001",
                                "Nông Văn Lâm",
                                "01/02/2013",
                                "Nam",
                                "Tày",
                                "6S1",
                                "Khuyết tật vận động"),
                        List.of("001313600002", "Hà Thị Mơ", "03/04/2013", "Nữ", "Kinh", "6S1", ""),
                        List.of("001212600003", "Trần Quốc Bảo", "05/06/2012", "Nam", "Kinh", "7S1", "")));
        mvc.perform(multipart("/api/v1/schools/{id}/students/import", school.id())
                        .file(new MockMultipartFile("file", "hs.xlsx", "application/octet-stream", file))
                        .with(Demo.bearer(demo.token(mvc, "admin"))))
                .andExpect(status().isOk());

        String counts = stats(school.id(), "sogd");
        assertThat(((Number) JsonPath.read(counts, "$.students")).longValue()).isEqualTo(3);
        assertThat(((Number) JsonPath.read(counts, "$.classes")).longValue()).isEqualTo(2);
        assertThat(((Number) JsonPath.read(counts, "$.schools")).longValue()).isEqualTo(1);
        assertThat((List<Integer>) JsonPath.read(counts, "$.studentsByGrade[?(@.grade == 6)].male"))
                .containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(counts, "$.studentsByGrade[?(@.grade == 6)].female"))
                .containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(counts, "$.studentsByEthnicity[?(@.name == 'Tày')].total"))
                .containsExactly(1);
        assertThat(JsonPath.read(counts, "$.studentsPerClass").toString()).isEqualTo("1.5");
        assertThat((List<Integer>)
                        JsonPath.read(counts, "$.studentsByDisability[?(@.name == 'Khuyết tật vận động')].total"))
                .containsExactly(1);

        // A pupil who leaves is no longer counted, at once.
        long bao = ((Number) JsonPath.read(
                        mvc.perform(get("/api/v1/schools/{id}/students", school.id())
                                        .param("q", "tran quoc bao")
                                        .with(Demo.bearer(demo.token(mvc, "admin"))))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8),
                        "$.content[0].id"))
                .longValue();
        mvc.perform(post("/api/v1/schools/{id}/students/{s}/leave", school.id(), bao)
                        .with(Demo.bearer(demo.token(mvc, "admin")))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Chuyển vùng\"}"))
                .andExpect(status().isOk());
        assertThat(((Number) JsonPath.read(stats(school.id(), "sogd"), "$.students")).longValue())
                .isEqualTo(2);
        assertThat((List<Integer>) JsonPath.read(stats(school.id(), "sogd"), "$.studentsByGrade[?(@.grade == 7)].male"))
                .isEmpty();

        long after = ((Number) JsonPath.read(stats(demo.department().id(), "sogd"), "$.students")).longValue();
        assertThat(after - before).isEqualTo(2);
    }

    @Test
    void theDepartmentsFiguresExportToExcel() throws Exception {
        byte[] xlsx = mvc.perform(get(
                                "/api/v1/units/{id}/statistics/export",
                                demo.department().id())
                        .with(Demo.bearer(demo.token(mvc, "sogd"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo(demo.department().name());
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Số học sinh");
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isGreaterThan(200);
        }
        mvc.perform(get("/units/{id}/statistics", demo.department().id()).with(demo.as("sogd")))
                .andExpect(status().isOk());
    }

    @Test
    void aTeacherDoesNotReadStatistics() throws Exception {
        mvc.perform(get("/api/v1/units/{id}/statistics", demo.school1().id())
                        .with(Demo.bearer(demo.token(mvc, "giaovien1"))))
                .andExpect(status().isForbidden());
    }

    private String stats(long unitId, String user) throws Exception {
        return mvc.perform(get("/api/v1/units/{id}/statistics", unitId).with(Demo.bearer(demo.token(mvc, user))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
