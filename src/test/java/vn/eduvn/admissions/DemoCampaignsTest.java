package vn.eduvn.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.EduVnTest;

/**
 * At first start the demo province shows admissions at work: a grade-6 campaign open for applications and a grade-10
 * campaign whose results, cut-off and admitted list are public.
 */
@EduVnTest
class DemoCampaignsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    vn.eduvn.Demo demo;

    @Test
    void theDemoHasAnOpenGradeSixCampaignAndAPublishedGradeTenCampaign() throws Exception {
        String body = mvc.perform(get("/api/v1/public/admissions/campaigns"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> open =
                JsonPath.read(body, "$[?(@.name == 'Tuyển sinh lớp 6 năm học 2027-2028' && @.phase == 'OPEN')].id");
        List<Integer> published = JsonPath.read(
                body, "$[?(@.name == 'Tuyển sinh lớp 10 THPT năm học 2026-2027' && @.phase == 'PUBLISHED')].id");
        assertThat(open).hasSize(1);
        assertThat(published).hasSize(1);
        String results = mvc.perform(get("/api/v1/public/admissions/campaigns/{id}/results", published.get(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools[0].admitted").value(org.hamcrest.Matchers.greaterThan(0)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Double>read(results, "$.schools[0].cutoff")).isBetween(10.0, 30.0);
        long school = ((Number) JsonPath.read(results, "$.schools[0].unitId")).longValue();
        mvc.perform(get("/api/v1/public/admissions/campaigns/{id}/schools/{s}/applicants", published.get(0), school))
                .andExpect(jsonPath("$.length()").value(JsonPath.<Integer>read(results, "$.schools[0].admitted")));

        // The officials' export keeps one numeric column per paper, so the scores sort and sum in Excel.
        byte[] sheet = mvc.perform(
                        get("/admissions/{id}/export", published.get(0)).with(demo.as("sogd")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
            var header = book.getSheetAt(0).getRow(0);
            int toan = -1;
            for (var cell : header) {
                if (cell.getStringCellValue().equals("Điểm Toán")) {
                    toan = cell.getColumnIndex();
                }
            }
            assertThat(toan).as("a Toán column").isPositive();
            var first = book.getSheetAt(0).getRow(1).getCell(toan);
            assertThat(first.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(first.getNumericCellValue()).isBetween(0.0, 10.0);
        }
    }
}
