package vn.eduvn.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.TestMail;
import vn.eduvn.org.Units;

/**
 * A parent files a grade-6 application from the public portal without an account, gets a receipt at once and by
 * email; a double tap or a retry never makes a second application, and a second application for the same child is
 * refused with a pointer to the first. Bad input gets every problem named in Vietnamese and saves nothing.
 */
@EduVnTest
class AdmissionPortalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    AdmissionFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AdmissionFixtures(mvc, demo, units);
    }

    private long applications(long campaignId) {
        return jdbc.sql("select count(*) from admission_application where campaign_id = ?")
                .param(campaignId)
                .query(Long.class)
                .single();
    }

    private static MimeMessage mailTo(String address) throws Exception {
        for (MimeMessage m : TestMail.server().getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                return m;
            }
        }
        return null;
    }

    @Test
    void aParentFilesOnceAndGetsTheReceiptAtOnceAndByEmail() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        String form = fixtures.child(101, fixtures.homeCommune(), demo.school2().id());
        String first = fixtures.apply(campaign, "tap-101", form)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String receipt = JsonPath.read(first, "$.receiptNumber");
        assertThat(receipt).matches("L6-[0-9A-Z]{4}-[0-9A-Z]{4}");

        fixtures.apply(campaign, "tap-101", form)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.receiptNumber").value(receipt))
                .andExpect(header().string("Idempotent-Replayed", "true"));
        fixtures.apply(campaign, "another-tap", form)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("c***@example.vn")));
        assertThat(applications(campaign)).isEqualTo(1);

        MimeMessage message = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> mailTo("cha101@example.vn"), java.util.Objects::nonNull);
        assertThat(message.getSubject()).contains(receipt);
        assertThat((String) message.getContent()).contains("học sinh Nguyễn Thị Thử 101", "Mã hồ sơ: " + receipt);
    }

    @Test
    void theParentLooksUpAndChangesTheApplicationWithTheReceiptAndTheDateOfBirth() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        String form = fixtures.child(103, fixtures.homeCommune(), demo.school2().id());
        String receipt = JsonPath.read(
                fixtures.apply(campaign, null, form)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.receiptNumber");
        mvc.perform(post("/api/v1/public/admissions/lookup")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receiptNumber\": \"" + receipt.toLowerCase() + "\", \"birthDate\": \"2016-0"
                                + (1 + 103 % 9) + "-15\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Nguyễn Thị Thử 103"))
                .andExpect(
                        jsonPath("$.choices[0].schoolName").value(demo.school2().name()));
        mvc.perform(put("/api/v1/public/admissions/applications/{r}", receipt)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(form.replace("Thôn Đông, số 103", "Xóm Mới, số 9")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value("Xóm Mới, số 9"));
    }

    @Test
    void aForgedLookupFindsNothingAndRepeatedGuessesAreThrottled() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        String receipt = JsonPath.read(
                fixtures.apply(
                                campaign,
                                null,
                                fixtures.child(
                                        105,
                                        fixtures.homeCommune(),
                                        demo.school2().id()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.receiptNumber");
        for (int attempt = 0; attempt < 10; attempt++) {
            mvc.perform(post("/api/v1/public/admissions/lookup")
                            .with(r -> {
                                r.setRemoteAddr("10.99.0.1");
                                return r;
                            })
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"receiptNumber\": \"" + receipt + "\", \"birthDate\": \"2016-06-1" + attempt
                                    + "\"}"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value("Không tìm thấy hồ sơ với mã hồ sơ và ngày sinh này."));
        }
        mvc.perform(post("/api/v1/public/admissions/lookup")
                        .with(r -> {
                            r.setRemoteAddr("10.99.0.1");
                            return r;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receiptNumber\": \"" + receipt + "\", \"birthDate\": \"2016-06-15\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void aDateThatCannotBeReadIsA400ProblemNamingItsField() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        String impossible = fixtures.child(
                        113, fixtures.homeCommune(), demo.school2().id())
                .replaceAll("\"birthDate\": \"[^\"]+\"", "\"birthDate\": \"2016-02-31\"");
        fixtures.apply(campaign, null, impossible)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("birthDate"))
                .andExpect(jsonPath("$.detail").value("Ngày 31/02/2016 không tồn tại."));
        String wrongType = fixtures.child(
                        115, fixtures.homeCommune(), demo.school2().id())
                .replaceAll("\"birthDate\": \"[^\"]+\"", "\"birthDate\": 20160215");
        fixtures.apply(campaign, null, wrongType)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("birthDate"));
        String handTyped = fixtures.child(
                        117, fixtures.homeCommune(), demo.school2().id())
                .replaceAll("\"birthDate\": \"[^\"]+\"", "\"birthDate\": \"15/02/2016\"");
        fixtures.apply(campaign, null, handTyped).andExpect(status().isCreated());
    }

    @Test
    void badInputNamesEveryProblemInVietnameseAndSavesNothing() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        String tooYoung = fixtures.child(
                        107, fixtures.homeCommune(), demo.school2().id())
                .replaceAll("\"birthDate\": \"[^\"]+\"", "\"birthDate\": \"2018-08-15\"");
        fixtures.apply(campaign, null, tooYoung)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'birthDate')].message")
                        .value("Học sinh chưa đủ tuổi vào lớp 6: phải sinh năm 2016 trở về trước."));
        String tooOld = fixtures.child(
                        109, fixtures.homeCommune(), demo.school2().id())
                .replaceAll("\"birthDate\": \"[^\"]+\"", "\"birthDate\": \"2012-01-15\"");
        fixtures.apply(campaign, null, tooOld)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'birthDate')].message")
                        .value("Học sinh quá tuổi vào lớp 6: phải sinh từ năm 2013."));
        String late = fixtures.child(111, fixtures.homeCommune(), demo.school2().id())
                .replaceAll("\"birthDate\": \"[^\"]+\"", "\"birthDate\": \"2014-04-15\"")
                .replace("\"033316000111\"", "\"033314000111\"");
        fixtures.apply(campaign, null, late)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'lateEntryReason')]").exists());
        String wrong = fixtures.child(
                        113,
                        fixtures.otherCommune(),
                        demo.school2().id(),
                        demo.school1().id())
                .replace("\"033316000113\"", "\"033316000\"")
                .replace("0912345113", "12345");
        fixtures.apply(campaign, null, wrong)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'personalId')].message")
                        .value("Mã định danh cá nhân phải có đúng 12 chữ số."))
                .andExpect(jsonPath("$.errors[?(@.field == 'residenceArea')].message")
                        .value("Xã/phường nơi cư trú không thuộc khu vực tuyển sinh nào của kỳ này."))
                .andExpect(jsonPath("$.errors[?(@.field == 'guardianPhone')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'choices')].message")
                        .value("Chỉ được đăng ký tối đa 1 nguyện vọng."))
                .andExpect(jsonPath("$.errors[?(@.field == 'choices[1]')].message")
                        .value("Nguyện vọng 2: trường không tham gia kỳ tuyển sinh này."));
        assertThat(applications(campaign)).isZero();
    }

    @Test
    void afterTheWindowClosesNothingIsAcceptedButARetryOfAnAcceptedApplicationStillGetsItsReceipt() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        String form = fixtures.child(115, fixtures.homeCommune(), demo.school2().id());
        fixtures.apply(campaign, "k-115", form).andExpect(status().isCreated());
        fixtures.close(campaign);
        fixtures.apply(
                        campaign,
                        null,
                        fixtures.child(
                                117, fixtures.homeCommune(), demo.school2().id()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Đã hết thời gian nhận hồ sơ")));
        fixtures.apply(campaign, "k-115", form)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(applications(campaign)).isEqualTo(1);
    }

    @Test
    void oneAddressFilingBeyondTheLimitIsToldWhenToRetry() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        for (int n = 0; n < 30; n++) {
            String form = fixtures.child(
                    501 + 2 * n, fixtures.homeCommune(), demo.school2().id());
            mvc.perform(post("/api/v1/public/admissions/campaigns/{id}/applications", campaign)
                            .with(r -> {
                                r.setRemoteAddr("10.77.0.1");
                                return r;
                            })
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(form))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/public/admissions/campaigns/{id}/applications", campaign)
                        .with(r -> {
                            r.setRemoteAddr("10.77.0.1");
                            return r;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.child(
                                599, fixtures.homeCommune(), demo.school2().id())))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Bạn đã gửi quá nhiều hồ sơ trong một phút.")));
        assertThat(applications(campaign)).isEqualTo(30);
    }

    @Test
    void aBodyLargerThanAnApplicationIsRefusedBeforeItIsRead() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        String huge = "{\"fullName\": \"" + "A".repeat(100_000) + "\"}";
        fixtures.apply(campaign, null, huge)
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value("Dữ liệu gửi lên quá lớn: một hồ sơ tối đa 64 KB."));
    }

    @Test
    void aCommuneOfficialSeesOnlyTheirOwnCampaigns() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        if (!jdbc.sql("select count(*) from identity_account where username = 'xa.tuyensinh'")
                .query(Long.class)
                .single()
                .equals(1L)) {
            demo.createAccount(
                    mvc, "xa.tuyensinh", "DEPARTMENT_OFFICIAL", demo.commune1().id());
        }
        String token = Demo.requestToken(mvc, "xa.tuyensinh", Demo.PASSWORD);
        mvc.perform(get("/api/v1/admissions/campaigns/{c}", campaign).with(Demo.bearer(token)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/admissions/campaigns/{c}/applications", campaign)
                        .with(Demo.bearer(token)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/admissions/campaigns")
                        .param("unitId", String.valueOf(demo.department().id()))
                        .with(Demo.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.gradeSixSettings(5)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/admissions/campaigns").with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + campaign + ")]").isEmpty());
    }

    @Test
    void aChoiceOutsideTheHomeZoneIsRefusedNamingTheZone() throws Exception {
        String settings = fixtures.gradeSixSettings(50)
                .replace("\"maxChoices\": 1", "\"maxChoices\": 2")
                .replace(
                        "\"schools\": [",
                        "\"schools\": [{\"unitId\": " + demo.school1().id() + ", \"quota\": 10, \"zone\": \"KH\"}, ")
                .replace(
                        "\"zones\": [",
                        "\"zones\": [{\"code\": \"KH\", \"name\": \"Tuyến Khác\", \"areas\": [\""
                                + fixtures.otherCommune() + "\"]}, ");
        String body = mvc.perform(post("/api/v1/admissions/campaigns")
                        .param("unitId", String.valueOf(demo.department().id()))
                        .with(Demo.bearer(demo.token(mvc, "sogd")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(settings))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long campaign = ((Number) JsonPath.read(body, "$.id")).longValue();
        fixtures.apply(
                        campaign,
                        null,
                        fixtures.child(
                                601,
                                fixtures.homeCommune(),
                                demo.school2().id(),
                                demo.school1().id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'choices[1]')].message")
                        .value("Nguyện vọng 2: trường " + demo.school1().name()
                                + " không thuộc khu vực tuyển sinh nơi cư trú (" + "Tuyến "
                                + demo.school2().name() + ")."));
        assertThat(applications(campaign)).isZero();
    }

    @Test
    void theSchoolsListExportsToExcelWithFormulasNeutralised() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        fixtures.apply(
                        campaign,
                        null,
                        fixtures.child(
                                        701,
                                        fixtures.homeCommune(),
                                        demo.school2().id())
                                .replace("Nguyễn Thị Thử 701", "=HYPERLINK(\\\"http://x.vn\\\",\\\"bấm\\\")"))
                .andExpect(status().isCreated());
        byte[] xlsx = mvc.perform(get(
                                "/api/v1/schools/{s}/admissions/{c}/applications/export",
                                demo.school2().id(),
                                campaign)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x.vn\",\"bấm\")");
            int status = -1;
            for (var cell : book.getSheetAt(0).getRow(0)) {
                if (cell.getStringCellValue().equals("Trạng thái")) {
                    status = cell.getColumnIndex();
                }
            }
            assertThat(row.getCell(status).getStringCellValue()).isEqualTo("Đã nộp, chờ nhà trường kiểm tra");
        }
    }

    @Test
    void aZoneThatOpensLaterRefusesItsFamiliesUntilThen() throws Exception {
        java.time.Instant later = java.time.Instant.now().plusSeconds(7200);
        String settings =
                fixtures.gradeSixSettings(50).replace("\"areas\": [", "\"opensAt\": \"" + later + "\", \"areas\": [");
        String body = mvc.perform(post("/api/v1/admissions/campaigns")
                        .param("unitId", String.valueOf(demo.department().id()))
                        .with(Demo.bearer(demo.token(mvc, "sogd")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(settings))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long campaign = ((Number) JsonPath.read(body, "$.id")).longValue();
        fixtures.apply(
                        campaign,
                        null,
                        fixtures.child(
                                901, fixtures.homeCommune(), demo.school2().id()))
                .andExpect(status().isConflict())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Chưa đến thời gian nhận hồ sơ")));
        assertThat(mvc.perform(get("/tuyen-sinh/{id}", campaign))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("nhận hồ sơ từ");
        assertThat(applications(campaign)).isZero();
    }

    @Test
    void theAdmissionEndpointsAreDescribedInOpenApi() throws Exception {
        String docs = mvc.perform(get("/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(docs)
                .contains(
                        "/api/v1/admissions/placement",
                        "/api/v1/admissions/campaigns",
                        "/api/v1/public/admissions/campaigns/{id}/applications",
                        "/api/v1/public/admissions/lookup",
                        "/api/v1/admissions/campaigns/{id}/placements/{runId}/publish");
    }

    @Test
    void theSchoolVerifiesOrAsksForACorrectionAndTheOtherSchoolSeesNothing() throws Exception {
        long campaign = fixtures.gradeSixCampaign(100);
        fixtures.apply(
                        campaign,
                        null,
                        fixtures.child(
                                119, fixtures.homeCommune(), demo.school2().id()))
                .andExpect(status().isCreated());
        fixtures.apply(
                        campaign,
                        null,
                        fixtures.child(
                                121, fixtures.homeCommune(), demo.school2().id()))
                .andExpect(status().isCreated());
        String list = mvc.perform(get(
                                "/api/v1/schools/{s}/admissions/{c}/applications",
                                demo.school2().id(),
                                campaign)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Number first = JsonPath.read(list, "$[0].id");
        Number second = JsonPath.read(list, "$[1].id");
        mvc.perform(post(
                                "/api/v1/schools/{s}/admissions/{c}/applications/{a}/verify",
                                demo.school2().id(),
                                campaign,
                                first)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        mvc.perform(post(
                                "/api/v1/schools/{s}/admissions/{c}/applications/{a}/correction",
                                demo.school2().id(),
                                campaign,
                                second)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Bổ sung giấy xác nhận cư trú\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NEEDS_CORRECTION"));
        mvc.perform(get(
                                "/api/v1/schools/{s}/admissions/{c}/applications",
                                demo.school2().id(),
                                campaign)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong1"))))
                .andExpect(status().isNotFound());
        mvc.perform(get(
                        "/api/v1/public/admissions/campaigns/{c}/schools/{s}/applicants",
                        campaign,
                        demo.school2().id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].personalId").value(org.hamcrest.Matchers.startsWith("********")))
                .andExpect(jsonPath("$[0].guardianPhone").doesNotExist());
        long audited = jdbc.sql("select count(*) from admission_application_aud where id = ?")
                .param(first.longValue())
                .query(Long.class)
                .single();
        assertThat(audited).as("filed, then verified").isEqualTo(2);
    }
}
