package vn.eduvn.admissions.run;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.admissions.application.Applications;
import vn.eduvn.admissions.application.Candidate;
import vn.eduvn.admissions.campaign.Campaign;
import vn.eduvn.admissions.campaign.CampaignSettings;
import vn.eduvn.admissions.campaign.CampaignSettings.Method;
import vn.eduvn.admissions.campaign.CampaignSettings.SchoolQuota;
import vn.eduvn.admissions.campaign.CampaignView;
import vn.eduvn.admissions.campaign.Campaigns;
import vn.eduvn.admissions.placement.AdmissionProblem;
import vn.eduvn.admissions.placement.AdmissionProblem.TiePolicy;
import vn.eduvn.admissions.placement.AdmissionResult;
import vn.eduvn.admissions.placement.Placement;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;

/**
 * Placement of a campaign's verified applications by the format's rule, after the window has closed. A grade-10
 * campaign ranks by score with its premiums and tie policy; a zoned grade-1 or grade-6 campaign gives every child the
 * same score (plus priority points), so an oversubscribed school admits by the public, seeded lottery — SHA-256 of
 * {@code seed:receipt} — and never by arrival time. Direct admissions take their seats first. Every run is kept;
 * one is published.
 */
@Service
public class PlacementRuns {

    /** The one paper of a zoned campaign: 1 for every child, so that only priority points and the lottery order. */
    static final String ZONED_PAPER = "TUYEN";

    private final Campaigns campaigns;

    private final Applications applications;

    private final JdbcClient jdbc;

    private final Access access;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final JsonMapper json = JsonMapper.builder().build();

    PlacementRuns(
            Campaigns campaigns,
            Applications applications,
            JdbcClient jdbc,
            Access access,
            Clock clock,
            ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.applications = applications;
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public PlacementRun run(long campaignId) {
        CampaignView campaign = campaigns.managedView(campaignId);
        if (campaign.phase() == Campaign.Phase.UPCOMING || campaign.phase() == Campaign.Phase.OPEN) {
            throw DomainException.conflict(null, "admission.run.error.open");
        }
        if (campaign.phase() == Campaign.Phase.PUBLISHED) {
            throw DomainException.conflict(null, "admission.campaign.error.published");
        }
        CampaignSettings s = campaign.settings();
        List<Candidate> all = applications.candidates(campaignId);
        List<Candidate> verified = all.stream().filter(Candidate::verified).toList();
        Map<Long, Integer> direct = new HashMap<>();
        verified.stream()
                .filter(Candidate::directAdmission)
                .forEach(c -> direct.merge(c.choices().get(0), 1, Integer::sum));
        AdmissionResult result = Placement.place(problem(
                campaign, verified.stream().filter(c -> !c.directAdmission()).toList(), direct));
        List<AdmissionResult.Applicant> placed = new ArrayList<>(result.applicants());
        verified.stream()
                .filter(Candidate::directAdmission)
                .forEach(c -> placed.add(new AdmissionResult.Applicant(
                        c.receiptNumber(), String.valueOf(c.choices().get(0)), 1, 0)));
        result = new AdmissionResult(result.format(), result.schools(), placed, result.ineligible(), result.unplaced());
        List<PlacementRun.SchoolOutcome> outcomes = outcomes(s, result, direct);
        int admitted =
                outcomes.stream().mapToInt(PlacementRun.SchoolOutcome::admitted).sum();
        String runBy = access.requireUser().username();
        var now = clock.instant();
        String body =
                json.writeValueAsString(new Stored(all.size() - verified.size(), s.lotterySeed(), outcomes, result));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into admission_run (campaign_id, run_by, run_at, applicants, admitted, result)
                values (?, ?, ?, ?, ?, ?)""")
                .params(campaignId, runBy, Timestamp.from(now), verified.size(), admitted, body)
                .update(keys, "id");
        return get(campaignId, keys.getKey().longValue());
    }

    /** What a run stores beside its counts. */
    record Stored(int unverified, Long lotterySeed, List<PlacementRun.SchoolOutcome> schools, AdmissionResult result) {}

    @Transactional(readOnly = true)
    public List<PlacementRun> runs(long campaignId) {
        campaigns.managedView(campaignId);
        return jdbc
                .sql("select id from admission_run where campaign_id = ? order by id desc")
                .param(campaignId)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> read(campaignId, id))
                .toList();
    }

    @Transactional(readOnly = true)
    public PlacementRun get(long campaignId, long runId) {
        campaigns.managedView(campaignId);
        return read(campaignId, runId);
    }

    /** The published run of a campaign, for the public; empty before publication. */
    @Transactional(readOnly = true)
    public java.util.Optional<PlacementRun> published(long campaignId) {
        CampaignView campaign = campaigns.find(campaignId);
        return campaign.publishedRun() == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(read(campaignId, campaign.publishedRun()));
    }

    /** Publishes a run: the campaign's results become public and every parent is told by email. */
    @Transactional
    public PlacementRun publish(long campaignId, long runId) {
        PlacementRun run = get(campaignId, runId);
        campaigns.publish(campaignId, runId);
        Map<String, Applications.Decision> decisions = new HashMap<>();
        for (AdmissionResult.Applicant a : run.result().applicants()) {
            if (a.admittedTo() != null) {
                decisions.put(a.id(), new Applications.Decision(Long.parseLong(a.admittedTo()), a.choiceRank()));
            }
        }
        applications.decide(campaignId, decisions);
        events.publishEvent(new vn.eduvn.admissions.AdmissionResultsPublished(campaignId, runId));
        return run;
    }

    private PlacementRun read(long campaignId, long runId) {
        return jdbc.sql(
                        "select id, run_by, run_at, applicants, admitted, result from admission_run where id = ? and campaign_id = ?")
                .params(runId, campaignId)
                .query((rs, n) -> {
                    Stored stored = json.readValue(rs.getString("result"), Stored.class);
                    return new PlacementRun(
                            rs.getLong("id"),
                            campaignId,
                            rs.getString("run_by"),
                            rs.getTimestamp("run_at").toInstant(),
                            rs.getInt("applicants"),
                            rs.getInt("admitted"),
                            stored.unverified(),
                            stored.lotterySeed(),
                            stored.schools(),
                            stored.result());
                })
                .optional()
                .orElseThrow(() -> DomainException.notFound("admission.run.error.notFound", runId));
    }

    private AdmissionProblem problem(CampaignView campaign, List<Candidate> candidates, Map<Long, Integer> direct) {
        CampaignSettings s = campaign.settings();
        boolean zoned = s.method() == Method.ZONED;
        List<AdmissionProblem.School> schools = s.schools().stream()
                .map(q -> new AdmissionProblem.School(
                        String.valueOf(q.unitId()),
                        q.name(),
                        Math.max(0, q.quota() - direct.getOrDefault(q.unitId(), 0))))
                .toList();
        List<AdmissionProblem.Applicant> applicants = candidates.stream()
                .map(c -> new AdmissionProblem.Applicant(
                        c.receiptNumber(),
                        zoned ? Map.of(ZONED_PAPER, BigDecimal.ONE) : c.scores(),
                        c.priorityGroup() == null
                                ? BigDecimal.ZERO
                                : s.priorityGroup(c.priorityGroup())
                                        .map(CampaignSettings.PriorityGroup::points)
                                        .orElse(BigDecimal.ZERO),
                        c.choices().stream().map(String::valueOf).toList()))
                .toList();
        List<BigDecimal> premiums =
                zoned ? java.util.Collections.nCopies(s.maxChoices(), BigDecimal.ZERO) : s.choicePremiums();
        return new AdmissionProblem(
                AdmissionProblem.FORMAT,
                campaign.name(),
                zoned ? Map.of(ZONED_PAPER, BigDecimal.ONE) : s.weights(),
                premiums,
                zoned || s.minimumTotal() == null ? BigDecimal.ZERO : s.minimumTotal(),
                zoned ? TiePolicy.TIEBREAK : s.tiePolicy(),
                zoned ? List.of() : s.tieBreak(),
                s.lotterySeed() == null ? 0L : s.lotterySeed(),
                schools,
                applicants);
    }

    private static List<PlacementRun.SchoolOutcome> outcomes(
            CampaignSettings s, AdmissionResult result, Map<Long, Integer> direct) {
        Map<String, int[]> byRank = new HashMap<>();
        for (AdmissionResult.Applicant a : result.applicants()) {
            if (a.admittedTo() != null) {
                byRank.computeIfAbsent(a.admittedTo(), k -> new int[s.maxChoices()])[a.choiceRank() - 1]++;
            }
        }
        Map<String, AdmissionResult.School> schools = new HashMap<>();
        result.schools().forEach(r -> schools.put(r.id(), r));
        List<PlacementRun.SchoolOutcome> outcomes = new ArrayList<>();
        for (SchoolQuota q : s.schools()) {
            String id = String.valueOf(q.unitId());
            int[] ranks = byRank.getOrDefault(id, new int[s.maxChoices()]);
            int admitted = java.util.Arrays.stream(ranks).sum();
            outcomes.add(new PlacementRun.SchoolOutcome(
                    q.unitId(),
                    q.name(),
                    q.quota(),
                    admitted,
                    direct.getOrDefault(q.unitId(), 0),
                    s.method() == Method.ZONED ? null : schools.get(id).cutoff(),
                    java.util.Arrays.stream(ranks).boxed().toList(),
                    Math.max(0, q.quota() - admitted)));
        }
        return outcomes;
    }
}
