package vn.eduvn.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.org.Units;

/**
 * A family the population database does not show uploads evidence of residence with the application; the school of
 * the first choice opens it before verifying, and nobody else can. A file that is not a PDF or picture is refused,
 * whatever its name.
 */
@EduVnTest
class EvidenceTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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
    void theParentUploadsEvidenceAndOnlyTheSchoolOpensIt() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        String form = fixtures.child(801, fixtures.homeCommune(), demo.school2().id());
        String receipt = JsonPath.read(
                fixtures.apply(campaign, null, form)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.receiptNumber");
        String birthDate = JsonPath.read(form, "$.birthDate");

        mvc.perform(multipart("/api/v1/public/admissions/applications/{r}/evidence", receipt)
                        .param("birthDate", "2016-01-01")
                        .file(new MockMultipartFile("file", "xacnhan.pdf", "application/pdf", PDF)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/public/admissions/applications/{r}/evidence", receipt)
                        .param("birthDate", birthDate)
                        .file(new MockMultipartFile(
                                "file",
                                "xacnhan.pdf",
                                "application/pdf",
                                "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Minh chứng phải là tệp PDF hoặc ảnh JPG, PNG."));
        mvc.perform(multipart("/api/v1/public/admissions/applications/{r}/evidence", receipt)
                        .param("birthDate", birthDate)
                        .file(new MockMultipartFile("file", "xác nhận cư trú.pdf", "application/pdf", PDF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evidenceName").value("xác nhận cư trú.pdf"));

        String list = mvc.perform(get(
                                "/api/v1/schools/{s}/admissions/{c}/applications",
                                demo.school2().id(),
                                campaign)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Number id = JsonPath.<java.util.List<Number>>read(list, "$[?(@.receiptNumber == '" + receipt + "')].id")
                .get(0);
        byte[] opened = mvc.perform(get(
                                "/api/v1/schools/{s}/admissions/{c}/applications/{a}/evidence",
                                demo.school2().id(),
                                campaign,
                                id)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(opened).isEqualTo(PDF);
        mvc.perform(get(
                                "/api/v1/schools/{s}/admissions/{c}/applications/{a}/evidence",
                                demo.school2().id(),
                                campaign,
                                id)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong1"))))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/schools/{s}/admissions/{c}", demo.school2().id(), campaign)
                                .with(demo.as("hieutruong2")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("evidence-link");
    }

    @Test
    void thePortalFormTakesTheEvidenceWithTheApplication() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        var accepted = mvc.perform(multipart("/tuyen-sinh/{id}", campaign)
                        .file(new MockMultipartFile("evidence", "anh.pdf", "application/pdf", PDF))
                        .with(csrf())
                        .param("idempotencyKey", "page-evidence-803")
                        .param("fullName", "Đỗ Minh Thư")
                        .param("personalId", "033316000803")
                        .param("birthDate", "2016-07-07")
                        .param("female", "true")
                        .param("residenceArea", fixtures.homeCommune())
                        .param("address", "Xóm Chùa")
                        .param("guardianName", "Đỗ Văn Tư")
                        .param("guardianPhone", "0912000803")
                        .param("guardianEmail", "tu@example.vn")
                        .param("choices", String.valueOf(demo.school2().id())))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String page = mvc.perform(get(accepted.getResponse().getRedirectedUrl()).flashAttrs(accepted.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String receipt = page.replaceAll("(?s).*id=\"receipt-number\"[^>]*>([^<]+)<.*", "$1");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/tuyen-sinh/tra-cuu")
                                .with(csrf())
                                .param("receiptNumber", receipt)
                                .param("birthDate", "2016-07-07"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Đã nộp minh chứng cư trú: anh.pdf");

        String refused = mvc.perform(multipart("/tuyen-sinh/{id}", campaign)
                        .file(new MockMultipartFile(
                                "evidence", "virus.pdf", "application/pdf", "MZ".getBytes(StandardCharsets.US_ASCII)))
                        .with(csrf())
                        .param("idempotencyKey", "page-evidence-805")
                        .param("fullName", "Đỗ Minh Anh")
                        .param("personalId", "033316000805")
                        .param("birthDate", "2016-07-07")
                        .param("female", "true")
                        .param("residenceArea", fixtures.homeCommune())
                        .param("address", "Xóm Chùa")
                        .param("guardianName", "Đỗ Văn Tư")
                        .param("guardianPhone", "0912000805")
                        .param("guardianEmail", "tu@example.vn")
                        .param("choices", String.valueOf(demo.school2().id())))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Minh chứng phải là tệp PDF hoặc ảnh JPG, PNG.", "value=\"Đỗ Minh Anh\"");
    }
}
