package vn.eduvn.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.SystemActor;

/**
 * After the window closes, the department's official enters grade-10 scores from the exam board's sheet (a bad sheet
 * changes nothing), records a direct admission, runs placement (every run kept), and publishes; the public then sees
 * cut-offs and the admitted lists, and a parent finds the child's result. A zoned grade-6 school that is
 * oversubscribed admits by the public lottery, never by arrival time.
 */
@EduVnTest
class AdmissionPlacementTest {

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

    private UnitView upperSecondary(String code, String name) {
        return units.findByCode("SCHOOL", code).orElseGet(() -> {
            UnitView[] made = new UnitView[1];
            SystemActor.run(() -> made[0] = units.create(demo.department().id(), "SCHOOL", code, name));
            return made[0];
        });
    }

    private String official() {
        return demo.token(mvc, "sogd");
    }

    private ResultActions asOfficial(
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(Demo.bearer(official())));
    }

    private long gradeTenCampaign(UnitView a, UnitView b) throws Exception {
        Instant now = Instant.now();
        String settings = """
                {"name": "Tuyển sinh lớp 10 THPT 2027 (thử)", "grade": 10, "schoolYear": 2027, "method": "EXAM",
                 "maxChoices": 2, "zoneRule": "NONE", "lateEntryYears": 3,
                 "weights": {"TOAN": 1, "NGU_VAN": 1, "NGOAI_NGU": 1}, "choicePremiums": [0, 1], "minimumTotal": 0,
                 "tiePolicy": "ALL_OR_NONE", "tieBreak": ["TOAN"], "lotterySeed": 10,
                 "schools": [{"unitId": %d, "quota": 1}, {"unitId": %d, "quota": 2}],
                 "zones": [], "priorityGroups": [{"code": "UT1", "name": "Nhóm 1", "points": 2.0}],
                 "opensAt": "%s", "closesAt": "%s"}
                """.formatted(a.id(), b.id(), now.minusSeconds(60), now.plusSeconds(3600));
        String body = asOfficial(post("/api/v1/admissions/campaigns")
                        .param("unitId", String.valueOf(demo.department().id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(settings))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private String gradeTenChild(int n, String priority, long... choices) {
        String form = fixtures.child(n, fixtures.homeCommune(), choices)
                .replaceAll("\"birthDate\": \"2016-", "\"birthDate\": \"2012-")
                .replaceAll("\"(033[23])16", "\"$112");
        return priority == null
                ? form
                : form.replace("\"choices\"", "\"priorityGroup\": \"" + priority + "\", \"choices\"");
    }

    private static byte[] sheet(String[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Điểm thi");
            String[] header = {"Mã định danh", "TOAN", "NGU_VAN", "NGOAI_NGU"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static String id(String form) {
        return JsonPath.read(form, "$.personalId");
    }

    @Test
    void theOfficialEntersScoresPlacesAndPublishesAndTheParentFindsTheResult() throws Exception {
        UnitView kimLien = upperSecondary("33THPT901", "Trường THPT Thử Kim Liên");
        UnitView leLoi = upperSecondary("33THPT902", "Trường THPT Thử Lê Lợi");
        long campaign = gradeTenCampaign(kimLien, leLoi);
        String an = gradeTenChild(201, null, kimLien.id(), leLoi.id());
        String binh = gradeTenChild(203, null, kimLien.id(), leLoi.id());
        String cuong = gradeTenChild(205, "UT1", leLoi.id());
        String dung = gradeTenChild(207, null, leLoi.id(), kimLien.id());
        String em = gradeTenChild(209, null, kimLien.id());
        List<String> receipts = new ArrayList<>();
        for (String form : List.of(an, binh, cuong, dung, em)) {
            receipts.add(JsonPath.read(
                    fixtures.apply(campaign, null, form)
                            .andExpect(status().isCreated())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.receiptNumber"));
        }
        for (UnitView school : List.of(kimLien, leLoi)) {
            String list = asOfficial(get("/api/v1/schools/{s}/admissions/{c}/applications", school.id(), campaign))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            for (Number application : JsonPath.<List<Number>>read(list, "$[*].id")) {
                asOfficial(post(
                                "/api/v1/schools/{s}/admissions/{c}/applications/{a}/verify",
                                school.id(),
                                campaign,
                                application))
                        .andExpect(status().isOk());
            }
        }
        asOfficial(post("/api/v1/admissions/campaigns/{c}/placements", campaign))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Chưa hết thời gian nhận hồ sơ nên chưa thể xét tuyển."));
        fixtures.close(campaign);

        byte[] bad = sheet(
                new String[] {id(an), "11", "8", "8"},
                new String[] {"033999999999", "5", "5", "5"},
                new String[] {id(binh), "8", "8,25", "8"});
        asOfficial(multipart("/api/v1/admissions/campaigns/{c}/scores", campaign)
                        .file(new MockMultipartFile("file", "diem.xlsx", "application/octet-stream", bad)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("TOAN"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Điểm \"11\" không hợp lệ: điểm từ 0 đến 10, làm tròn đến 0,25."))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("Không có thí sinh mang mã định danh 033999999999 trong kỳ tuyển sinh."));
        assertThat(jdbc.sql("select count(*) from admission_application where campaign_id = ? and scores is not null")
                        .param(campaign)
                        .query(Long.class)
                        .single())
                .isZero();

        // Totals: An 27, Bình 24.75, Cường 20 + 2 priority, Dũng 23, Em 0 in Literature (disqualified).
        byte[] good = sheet(
                new String[] {id(an), "9", "9", "9"},
                new String[] {id(binh), "8", "8,25", "8.5"},
                new String[] {id(cuong), "7", "6", "7"},
                new String[] {id(dung), "7,5", "7.5", "8"},
                new String[] {id(em), "9", "0", "9"});
        asOfficial(multipart("/api/v1/admissions/campaigns/{c}/scores", campaign)
                        .file(new MockMultipartFile("file", "diem.xlsx", "application/octet-stream", good)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(5));

        String run = asOfficial(post("/api/v1/admissions/campaigns/{c}/placements", campaign))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Kim Liên (1 seat) takes An; Bình goes to Lê Lợi at NV2 with 23.75 against Dũng's 23 and Cường's 22.
        assertThat(JsonPath.<Double>read(run, "$.schools[0].cutoff")).isEqualTo(27.0);
        assertThat(JsonPath.<List<Integer>>read(run, "$.schools[1].admittedByRank"))
                .containsExactly(1, 1);
        assertThat(JsonPath.<Double>read(run, "$.schools[1].cutoff")).isEqualTo(23.0);
        assertThat(JsonPath.<Integer>read(run, "$.result.ineligible")).isEqualTo(1);
        long runId = ((Number) JsonPath.read(run, "$.id")).longValue();
        asOfficial(post("/api/v1/admissions/campaigns/{c}/placements", campaign))
                .andExpect(status().isCreated());
        asOfficial(get("/api/v1/admissions/campaigns/{c}/placements", campaign))
                .andExpect(jsonPath("$.length()").value(2));

        mvc.perform(get("/api/v1/public/admissions/campaigns/{c}/results", campaign))
                .andExpect(status().isNotFound());
        asOfficial(post("/api/v1/admissions/campaigns/{c}/placements/{r}/publish", campaign, runId))
                .andExpect(status().isOk());
        asOfficial(post("/api/v1/admissions/campaigns/{c}/placements/{r}/publish", campaign, runId))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/v1/public/admissions/campaigns/{c}/results", campaign))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools[0].cutoff").value(27.0))
                .andExpect(jsonPath("$.schools[1].admitted").value(2));
        mvc.perform(get("/api/v1/public/admissions/campaigns/{c}/schools/{s}/applicants", campaign, leLoi.id()))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].fullName")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("Nguyễn Thị Thử 203", "Nguyễn Thị Thử 207")))
                .andExpect(jsonPath("$[0].address").doesNotExist());
        mvc.perform(post("/api/v1/public/admissions/lookup")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receiptNumber\": \"" + receipts.get(1) + "\", \"birthDate\": \""
                                + JsonPath.read(binh, "$.birthDate") + "\"}"))
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.admittedTo.schoolName").value("Trường THPT Thử Lê Lợi"))
                .andExpect(jsonPath("$.admittedTo.rank").value(2));
        String email = JsonPath.read(binh, "$.guardianEmail");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> java.util.Arrays.stream(vn.eduvn.TestMail.server().getReceivedMessages())
                        .anyMatch(m -> {
                            try {
                                return m.getAllRecipients()[0].toString().equals(email)
                                        && ((String) m.getContent())
                                                .contains("TRÚNG TUYỂN vào Trường THPT Thử Lê Lợi (nguyện vọng 2)");
                            } catch (Exception e) {
                                return false;
                            }
                        }));
    }

    @Test
    void anOversubscribedZonedSchoolAdmitsByThePublicLotteryNotByArrival() throws Exception {
        long campaign = fixtures.gradeSixCampaign(2);
        List<String> receipts = new ArrayList<>();
        for (int n = 301; n <= 309; n += 2) {
            receipts.add(JsonPath.read(
                    fixtures.apply(
                                    campaign,
                                    null,
                                    fixtures.child(
                                            n,
                                            fixtures.homeCommune(),
                                            demo.school2().id()))
                            .andExpect(status().isCreated())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.receiptNumber"));
        }
        String list = mvc.perform(get(
                                "/api/v1/schools/{s}/admissions/{c}/applications",
                                demo.school2().id(),
                                campaign)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (Number application : JsonPath.<List<Number>>read(list, "$[*].id")) {
            mvc.perform(post(
                                    "/api/v1/schools/{s}/admissions/{c}/applications/{a}/verify",
                                    demo.school2().id(),
                                    campaign,
                                    application)
                            .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                    .andExpect(status().isOk());
        }
        fixtures.close(campaign);
        String run = asOfficial(post("/api/v1/admissions/campaigns/{c}/placements", campaign))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> expected = receipts.stream()
                .sorted(Comparator.comparing(AdmissionPlacementTest::lottery))
                .limit(2)
                .sorted()
                .toList();
        List<String> admitted =
                JsonPath.<List<String>>read(run, "$.result.applicants[?(@.admittedTo != null)].id").stream()
                        .sorted()
                        .toList();
        assertThat(admitted).isEqualTo(expected);
        assertThat(JsonPath.<Integer>read(run, "$.schools[0].emptySeats")).isZero();
        String again = asOfficial(post("/api/v1/admissions/campaigns/{c}/placements", campaign))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(again, "$.result.applicants[?(@.admittedTo != null)].id").stream()
                        .sorted()
                        .toList())
                .as("the same seed draws the same lottery")
                .isEqualTo(expected);
    }

    /** The lottery as anyone can recompute it from the published seed (2027) and the receipt. */
    private static BigInteger lottery(String receipt) {
        try {
            return new BigInteger(
                    1,
                    MessageDigest.getInstance("SHA-256").digest(("2027:" + receipt).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nobodyButTheCampaignsOfficialsPlacesOrSeesAllApplications() throws Exception {
        long campaign = fixtures.gradeSixCampaign(2);
        mvc.perform(post("/api/v1/admissions/campaigns/{c}/placements", campaign)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/admissions/campaigns/{c}/applications", campaign)
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/admissions/campaigns/{c}/calendar", campaign)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"closesAt\": \"2030-01-01T00:00:00Z\"}")
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isNotFound());
    }
}
