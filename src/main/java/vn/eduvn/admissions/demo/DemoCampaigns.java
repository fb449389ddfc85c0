package vn.eduvn.admissions.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.eduvn.admissions.AdmissionsApi.DemoSchools;
import vn.eduvn.admissions.application.ApplicationForm;
import vn.eduvn.admissions.application.ApplicationView;
import vn.eduvn.admissions.application.Applications;
import vn.eduvn.admissions.campaign.CampaignSettings;
import vn.eduvn.admissions.campaign.CampaignSettings.Method;
import vn.eduvn.admissions.campaign.CampaignSettings.PriorityGroup;
import vn.eduvn.admissions.campaign.CampaignSettings.SchoolQuota;
import vn.eduvn.admissions.campaign.CampaignSettings.Zone;
import vn.eduvn.admissions.campaign.CampaignSettings.ZoneRule;
import vn.eduvn.admissions.campaign.CampaignView;
import vn.eduvn.admissions.campaign.Campaigns;
import vn.eduvn.admissions.placement.AdmissionProblem.TiePolicy;
import vn.eduvn.admissions.run.PlacementRun;
import vn.eduvn.admissions.run.PlacementRuns;

/**
 * The demo's two campaigns, made through the same services as real ones: a grade-6 campaign open for two more weeks
 * (filed, verified and corrected applications), and a grade-10 campaign already placed and published, so that the
 * portal shows a cut-off and the admitted list at first start.
 */
@Component
public class DemoCampaigns {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};

    private static final String[] GIRLS = {
        "Thị Mai", "Thị Lan", "Ngọc Anh", "Thu Trang", "Minh Thư", "Thị Hà", "Bảo Ngọc"
    };

    private static final String[] BOYS = {
        "Văn Nam", "Minh Đức", "Quang Huy", "Văn Long", "Đức Anh", "Gia Bảo", "Tiến Dũng"
    };

    private final Campaigns campaigns;

    private final Applications applications;

    private final PlacementRuns runs;

    private final Clock clock;

    DemoCampaigns(Campaigns campaigns, Applications applications, PlacementRuns runs, Clock clock) {
        this.campaigns = campaigns;
        this.applications = applications;
        this.runs = runs;
        this.clock = clock;
    }

    public void load(DemoSchools schools) {
        Random random = new Random(schools.seed());
        gradeSix(schools, random);
        gradeTen(schools, random);
    }

    private void gradeSix(DemoSchools s, Random random) {
        Instant now = clock.instant();
        CampaignView campaign = campaigns.create(
                s.departmentUnitId(),
                new CampaignSettings(
                        "Tuyển sinh lớp 6 năm học 2027-2028",
                        6,
                        2027,
                        Method.ZONED,
                        1,
                        ZoneRule.ALL,
                        3,
                        Map.of(),
                        List.of(),
                        BigDecimal.ZERO,
                        TiePolicy.TIEBREAK,
                        List.of(),
                        2027L,
                        List.of(new SchoolQuota(s.lowerSecondaryUnitId(), null, 90, "T1")),
                        List.of(new Zone("T1", "Tuyến 1", List.of(s.lowerSecondaryCommune()), null)),
                        List.of(),
                        now.minus(Duration.ofDays(2)),
                        now.plus(Duration.ofDays(14)),
                        now.plus(Duration.ofDays(21))));
        for (int i = 1; i <= 24; i++) {
            applications.submit(
                    campaign.id(),
                    "demo-6-" + i,
                    child(random, i, 2016, s.lowerSecondaryCommune(), null, List.of(s.lowerSecondaryUnitId())));
        }
        List<ApplicationView> filed = applications.ofSchool(campaign.id(), s.lowerSecondaryUnitId());
        for (int i = 0; i < filed.size(); i++) {
            if (i % 3 == 0) {
                applications.verify(
                        campaign.id(), s.lowerSecondaryUnitId(), filed.get(i).id());
            } else if (i % 7 == 1) {
                applications.askCorrection(
                        campaign.id(),
                        s.lowerSecondaryUnitId(),
                        filed.get(i).id(),
                        "Bổ sung giấy xác nhận thông tin cư trú");
            }
        }
    }

    private void gradeTen(DemoSchools s, Random random) {
        Instant now = clock.instant();
        CampaignView campaign = campaigns.create(
                s.departmentUnitId(),
                new CampaignSettings(
                        "Tuyển sinh lớp 10 THPT năm học 2026-2027",
                        10,
                        2026,
                        Method.EXAM,
                        1,
                        ZoneRule.NONE,
                        3,
                        weights(),
                        List.of(BigDecimal.ZERO),
                        BigDecimal.ZERO,
                        TiePolicy.ALL_OR_NONE,
                        List.of("TOAN", "NGU_VAN"),
                        2026L,
                        List.of(new SchoolQuota(s.upperSecondaryUnitId(), null, 40, null)),
                        List.of(),
                        List.of(
                                new PriorityGroup("UT1", "Nhóm 1 (+2 điểm)", new BigDecimal("2")),
                                new PriorityGroup("UT2", "Nhóm 2 (+1,5 điểm)", new BigDecimal("1.5"))),
                        now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(1)),
                        now));
        for (int i = 1; i <= 60; i++) {
            String priority = i % 15 == 0 ? "UT1" : i % 11 == 0 ? "UT2" : null;
            applications.submit(
                    campaign.id(),
                    "demo-10-" + i,
                    child(
                            random,
                            100 + i,
                            2011,
                            s.upperSecondaryCommune(),
                            priority,
                            List.of(s.upperSecondaryUnitId())));
        }
        for (ApplicationView a : applications.ofSchool(campaign.id(), s.upperSecondaryUnitId())) {
            applications.verify(campaign.id(), s.upperSecondaryUnitId(), a.id());
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (String paper : weights().keySet()) {
                int quarters = Math.max(1, Math.min(40, (int) Math.round(26 + random.nextGaussian() * 6)));
                scores.put(paper, BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4)));
            }
            applications.recordScores(campaign.id(), a.id(), scores);
        }
        campaigns.reschedule(campaign.id(), clock.instant().minusSeconds(1));
        PlacementRun run = runs.run(campaign.id());
        runs.publish(campaign.id(), run.id());
    }

    private static Map<String, BigDecimal> weights() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("TOAN", BigDecimal.ONE);
        weights.put("NGU_VAN", BigDecimal.ONE);
        weights.put("NGOAI_NGU", BigDecimal.ONE);
        return weights;
    }

    private static ApplicationForm child(
            Random random, int n, int birthYear, String commune, String priority, List<Long> choices) {
        boolean girl = random.nextBoolean();
        String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                + (girl ? GIRLS[random.nextInt(GIRLS.length)] : BOYS[random.nextInt(BOYS.length)]);
        String id = String.format("033%d%02d%06d", girl ? 3 : 2, birthYear % 100, 900_000 + n);
        LocalDate born = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String guardian = FAMILY[random.nextInt(FAMILY.length)] + " " + BOYS[random.nextInt(BOYS.length)];
        List<String> villages = new ArrayList<>(List.of("Thôn Đông", "Thôn Tây", "Thôn Nam", "Xóm Mới", "Xóm Chợ"));
        return new ApplicationForm(
                id,
                name,
                born,
                girl,
                commune,
                villages.get(random.nextInt(villages.size())) + ", số " + n,
                guardian,
                String.format("09%08d", 10_000_000 + n * 37),
                "phuhuynh" + n + "@example.vn",
                priority,
                null,
                choices);
    }
}
