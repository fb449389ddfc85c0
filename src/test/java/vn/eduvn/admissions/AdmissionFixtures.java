package vn.eduvn.admissions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.eduvn.Demo;
import vn.eduvn.TestMail;
import vn.eduvn.org.Units;

/**
 * Campaigns and applications as the department's official and parents make them through the API, for the tests of
 * admissions. Each test makes its own campaign; each parent gets a client address of their own, as on opening day.
 */
public final class AdmissionFixtures {

    private static final AtomicInteger PARENTS = new AtomicInteger();

    private final MockMvc mvc;

    private final Demo demo;

    private final Units units;

    public AdmissionFixtures(MockMvc mvc, Demo demo, Units units) {
        this.mvc = mvc;
        this.demo = demo;
        this.units = units;
        TestMail.server();
    }

    /** The commune of THCS Vũ Tiên: its zone in the grade-6 campaigns. */
    public String homeCommune() {
        return units.find(demo.school2().parentId()).orElseThrow().code();
    }

    /** The commune of the primary school: outside every zone of the grade-6 campaigns. */
    public String otherCommune() {
        return demo.commune1().code();
    }

    /** A grade-6 campaign for the school year 2027-2028 with THCS Vũ Tiên alone, open from an hour ago for a day. */
    public long gradeSixCampaign(int quota) throws Exception {
        String settings = gradeSixSettings(quota);
        String body = mvc.perform(post("/api/v1/admissions/campaigns")
                        .param("unitId", String.valueOf(demo.department().id()))
                        .with(Demo.bearer(demo.token(mvc, "sogd")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(settings))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** The settings of such a campaign, as the official sends them. */
    public String gradeSixSettings(int quota) {
        Instant now = Instant.now();
        return """
                {"name": "Tuyển sinh lớp 6 năm học 2027-2028 (thử %d)", "grade": 6, "schoolYear": 2027, "method": "ZONED",
                 "maxChoices": 1, "zoneRule": "ALL", "lateEntryYears": 3, "lotterySeed": 2027,
                 "schools": [{"unitId": %d, "quota": %d, "zone": "VT"}],
                 "zones": [{"code": "VT", "name": "Tuyến %s", "areas": ["%s"]}],
                 "priorityGroups": [],
                 "opensAt": "%s", "closesAt": "%s"}
                """.formatted(
                        PARENTS.incrementAndGet(),
                        demo.school2().id(),
                        quota,
                        demo.school2().name(),
                        homeCommune(),
                        now.minusSeconds(3600),
                        now.plusSeconds(86400));
    }

    /** Closes the window now, as the official would once the calendar says so. */
    public void close(long campaignId) throws Exception {
        mvc.perform(put("/api/v1/admissions/campaigns/{id}/calendar", campaignId)
                        .with(Demo.bearer(demo.token(mvc, "sogd")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"closesAt\": \"" + Instant.now() + "\"}"))
                .andExpect(status().isOk());
    }

    /** A grade-6 applicant born in 2016: a girl when {@code n} is odd, with a valid identifier. */
    public String child(int n, String commune, long... choices) {
        boolean girl = n % 2 == 1;
        String id = "033" + (girl ? "3" : "2") + "16" + String.format("%06d", n);
        StringBuilder list = new StringBuilder();
        for (long c : choices) {
            list.append(list.isEmpty() ? "" : ",").append(c);
        }
        return """
                {"personalId": "%s", "fullName": "Nguyễn Thị Thử %d", "birthDate": "2016-0%d-15", "female": %s,
                 "residenceArea": "%s", "address": "Thôn Đông, số %d", "guardianName": "Nguyễn Văn Cha %d",
                 "guardianPhone": "0912345%03d", "guardianEmail": "cha%d@example.vn", "choices": [%s]}
                """.formatted(id, n, 1 + n % 9, girl, commune, n, n, n % 1000, n, list);
    }

    public ResultActions apply(long campaignId, String key, String form) throws Exception {
        MockHttpServletRequestBuilder request = post(
                        "/api/v1/public/admissions/campaigns/{id}/applications", campaignId)
                .contentType(MediaType.APPLICATION_JSON)
                .content(form)
                .with(r -> {
                    r.setRemoteAddr("10.6." + (PARENTS.get() % 250) + "." + (PARENTS.incrementAndGet() % 250));
                    return r;
                });
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }
}
