package vn.eduvn.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * The department's official creates a campaign from the page: a form with mistakes comes back with each one named
 * and everything typed still there; a good one opens the campaign's page. A principal sees no creation form.
 */
@EduVnTest
class CampaignPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Test
    void aCampaignFormWithMistakesNamesThemAndKeepsWhatWasTyped() throws Exception {
        long school = demo.school2().id();
        String page = mvc.perform(post("/admissions")
                        .with(demo.as("sogd"))
                        .with(csrf())
                        .param("ownerUnitId", String.valueOf(demo.department().id()))
                        .param("name", "")
                        .param("grade", "6")
                        .param("schoolYear", "2027")
                        .param("maxChoices", "1")
                        .param("zoneRule", "ALL")
                        .param("lateEntryYears", "3")
                        .param("lotterySeed", "12x")
                        .param("opensAt", "2027-06-01T07:00")
                        .param("closesAt", "2027-05-01T07:00")
                        .param("zones", "VT, Tuyến Vũ Tiên")
                        .param("school", String.valueOf(school))
                        .param("quota_" + school, "45")
                        .param("zone_" + school, "VT"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "&quot;12x&quot; không phải là số.",
                        "Dòng khu vực &quot;VT, Tuyến Vũ Tiên&quot; phải có dạng mã | tên | mã xã, mã xã.",
                        "value=\"2027-06-01T07:00\"",
                        "value=\"45\"",
                        ">VT, Tuyến Vũ Tiên</textarea>");
    }

    @Test
    void aGoodFormOpensTheCampaignPage() throws Exception {
        long school = demo.school2().id();
        mvc.perform(post("/admissions")
                        .with(demo.as("sogd"))
                        .with(csrf())
                        .param("ownerUnitId", String.valueOf(demo.department().id()))
                        .param("name", "Tuyển sinh lớp 6 (trang)")
                        .param("grade", "6")
                        .param("schoolYear", "2027")
                        .param("maxChoices", "1")
                        .param("zoneRule", "NONE")
                        .param("lateEntryYears", "3")
                        .param("lotterySeed", "7")
                        .param("opensAt", "2027-06-01T07:00")
                        .param("closesAt", "2027-06-10T17:00")
                        .param("school", String.valueOf(school))
                        .param("quota_" + school, "45"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admissions/*"));
        assertThat(mvc.perform(get("/admissions").with(demo.as("hieutruong2")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Tuyển sinh lớp 6 (trang)")
                .doesNotContain("campaign-form");
    }
}
