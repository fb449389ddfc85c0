package vn.eduvn.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.org.Units;

/**
 * The portal's pages without signing in: a refused form comes back with each message beside its field and every
 * value the parent typed; an accepted one shows the receipt; the lookup finds it with the date of birth only.
 */
@EduVnTest
class PortalPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    Units units;

    AdmissionFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AdmissionFixtures(mvc, demo, units);
    }

    @Test
    void aDateThatDoesNotExistIsNamedAndEverythingElseTypedIsKept() throws Exception {
        long campaign = fixtures.gradeSixCampaign(50);
        for (String typed : new String[] {"31/02/2015", "2015-02-31"}) {
            String refused = mvc.perform(post("/tuyen-sinh/{id}", campaign)
                            .with(csrf())
                            .param("idempotencyKey", "k-" + typed)
                            .param("fullName", "Lê Thị Hoa")
                            .param("personalId", "033316000888")
                            .param("birthDate", typed)
                            .param("female", "true")
                            .param("residenceArea", fixtures.homeCommune())
                            .param("address", "Xóm Đình")
                            .param("guardianName", "Lê Văn Tư")
                            .param("guardianPhone", "0912000222")
                            .param("choices", String.valueOf(demo.school2().id())))
                    .andExpect(status().isUnprocessableContent())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            refused = org.springframework.web.util.HtmlUtils.htmlUnescape(refused);
            assertThat(refused)
                    .contains(
                            "Ngày 31/02/2015 không tồn tại.",
                            "value=\"Lê Thị Hoa\"",
                            "value=\"Xóm Đình\"",
                            "value=\"0912000222\"");
        }
        String notADate = mvc.perform(post("/tuyen-sinh/{id}", campaign)
                        .with(csrf())
                        .param("idempotencyKey", "k-abc")
                        .param("fullName", "Lê Thị Hoa")
                        .param("birthDate", "abc"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        notADate = org.springframework.web.util.HtmlUtils.htmlUnescape(notADate);
        assertThat(notADate).contains("\"abc\" không phải là ngày", "value=\"Lê Thị Hoa\"");

        // Typed by hand as a Vietnamese parent writes it, the date is read.
        mvc.perform(post("/tuyen-sinh/{id}", campaign)
                        .with(csrf())
                        .param("idempotencyKey", "k-typed")
                        .param("fullName", "Lê Thị Hoa")
                        .param("personalId", "033316000888")
                        .param("birthDate", "2/3/2016")
                        .param("female", "true")
                        .param("residenceArea", fixtures.homeCommune())
                        .param("address", "Xóm Đình")
                        .param("guardianName", "Lê Văn Tư")
                        .param("guardianPhone", "0912000222")
                        .param("guardianEmail", "tu@example.vn")
                        .param("choices", String.valueOf(demo.school2().id())))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aRefusedFormKeepsWhatTheParentTypedAndAnAcceptedOneShowsTheReceipt() throws Exception {
        long campaign = fixtures.gradeSixCampaign(50);
        mvc.perform(get("/tuyen-sinh")).andExpect(status().isOk());
        String page = mvc.perform(get("/tuyen-sinh/{id}", campaign))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("application-form", demo.school2().name());
        String key = page.replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");

        String refused = mvc.perform(post("/tuyen-sinh/{id}", campaign)
                        .with(csrf())
                        .param("idempotencyKey", key)
                        .param("fullName", "Trần Thị Mai")
                        .param("personalId", "03331600")
                        .param("birthDate", "2016-03-02")
                        .param("female", "true")
                        .param("residenceArea", fixtures.homeCommune())
                        .param("address", "Xóm Bến")
                        .param("guardianName", "Trần Văn Ba")
                        .param("guardianPhone", "0912000111")
                        .param("guardianEmail", "ba@example.vn")
                        .param("choices", String.valueOf(demo.school2().id())))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains(
                        "Mã định danh cá nhân phải có đúng 12 chữ số.",
                        "value=\"Trần Thị Mai\"",
                        "value=\"ba@example.vn\"",
                        "value=\"" + key + "\"");

        MvcResult accepted = mvc.perform(post("/tuyen-sinh/{id}", campaign)
                        .with(csrf())
                        .param("idempotencyKey", key)
                        .param("fullName", "Trần Thị Mai")
                        .param("personalId", "033316000777")
                        .param("birthDate", "2016-03-02")
                        .param("female", "true")
                        .param("residenceArea", fixtures.homeCommune())
                        .param("address", "Xóm Bến")
                        .param("guardianName", "Trần Văn Ba")
                        .param("guardianPhone", "0912000111")
                        .param("guardianEmail", "ba@example.vn")
                        .param("choices", String.valueOf(demo.school2().id()))
                        .param("choices", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String receiptPage = mvc.perform(
                        get(accepted.getResponse().getRedirectedUrl()).flashAttrs(accepted.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String receipt = receiptPage.replaceAll("(?s).*id=\"receipt-number\"[^>]*>([^<]+)<.*", "$1");
        assertThat(receipt).matches("L6-[0-9A-Z]{4}-[0-9A-Z]{4}");

        assertThat(mvc.perform(post("/tuyen-sinh/tra-cuu")
                                .with(csrf())
                                .param("receiptNumber", receipt)
                                .param("birthDate", "2016-03-03"))
                        .andExpect(status().isNotFound())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Không tìm thấy hồ sơ với mã hồ sơ và ngày sinh này.");
        assertThat(mvc.perform(post("/tuyen-sinh/tra-cuu")
                                .with(csrf())
                                .param("receiptNumber", receipt)
                                .param("birthDate", "2016-03-02"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Trần Thị Mai", "Đã nộp, chờ nhà trường kiểm tra");

        // While the window is open the parent changes the address; the identifier and date of birth stay fixed.
        String edit = mvc.perform(post("/tuyen-sinh/tra-cuu/sua")
                        .with(csrf())
                        .param("receiptNumber", receipt)
                        .param("birthDate", "2016-03-02"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(edit).contains("action=\"/tuyen-sinh/ho-so/" + receipt + "\"", "value=\"033316000777\"", "readonly");
        MvcResult changed = mvc.perform(post("/tuyen-sinh/ho-so/{r}", receipt)
                        .with(csrf())
                        .param("fullName", "Trần Thị Mai")
                        .param("personalId", "033316000777")
                        .param("birthDate", "2016-03-02")
                        .param("female", "true")
                        .param("residenceArea", fixtures.homeCommune())
                        .param("address", "Xóm Đình, số 3")
                        .param("guardianName", "Trần Văn Ba")
                        .param("guardianPhone", "0912000111")
                        .param("guardianEmail", "ba@example.vn")
                        .param("choices", String.valueOf(demo.school2().id())))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(mvc.perform(get(changed.getResponse().getRedirectedUrl()).flashAttrs(changed.getFlashMap()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Đã lưu thay đổi hồ sơ", receipt);
    }
}
