package vn.eduvn.admissions.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.admissions.campaign.CampaignSettings.SchoolQuota;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.platform.Role;
import vn.eduvn.platform.UnitRef;

/**
 * Campaigns as officials run them: created at the official's unit (a Department, or a commune for grades 1 and 6)
 * with schools of that unit's subtree, changed until opening, rescheduled, published. Reads for the public need no
 * sign-in; everything else is scoped.
 */
@Service
public class Campaigns {

    static final Role[] OFFICIALS = {Role.SYSTEM_ADMIN, Role.DEPARTMENT_OFFICIAL};

    private final CampaignRepository campaigns;

    private final Units units;

    private final Access access;

    private final Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * Campaigns as last read, for the public portal's hot path: on opening day every submission reads its campaign, and
     * parsing the settings each time would cost more than saving the application. A change on this node evicts at
     * once; another node's change is seen within {@link #FRESH}. The phase is always computed from the clock.
     */
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /**
     * How many times each campaign was evicted. A read that began before a change committed (the confirmation mail's
     * listener, say, on another thread) finishes after the change's eviction and would put the old campaign back for
     * {@link #FRESH}; it is cached only if no eviction came in between.
     */
    private final Map<Long, Long> evictions = new ConcurrentHashMap<>();

    private static final Duration FRESH = Duration.ofSeconds(5);

    private record Cached(CampaignView view, UnitRef owner, Instant readAt) {}

    Campaigns(CampaignRepository campaigns, Units units, Access access, Clock clock) {
        this.campaigns = campaigns;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public CampaignView create(long ownerUnitId, CampaignSettings settings) {
        UnitView owner = units.getChecked(ownerUnitId);
        access.require(owner.ref(), OFFICIALS);
        CampaignSettings checked = check(owner, settings);
        return view(campaigns.save(new Campaign(owner.id(), owner.path(), checked, json.writeValueAsString(checked))));
    }

    @Transactional
    public CampaignView change(long id, CampaignSettings settings) {
        Campaign campaign = managed(id);
        UnitView owner = units.find(campaign.getOwnerUnitId()).orElseThrow();
        CampaignSettings checked = check(owner, settings);
        campaign.change(checked, json.writeValueAsString(checked), clock.instant());
        evict(id);
        return view(campaign);
    }

    @Transactional
    public CampaignView reschedule(long id, Instant closesAt) {
        Campaign campaign = managed(id);
        if (closesAt == null) {
            throw DomainException.invalid("closesAt", "admission.campaign.error.window");
        }
        campaign.reschedule(closesAt, json.writeValueAsString(settings(campaign).closingAt(closesAt)));
        evict(id);
        return view(campaign);
    }

    /** Marks the campaign's results as the ones of a run; the caller has placed and checked the run. */
    @Transactional
    public CampaignView publish(long id, long runId) {
        Campaign campaign = managed(id);
        campaign.publish(runId, clock.instant());
        evict(id);
        return view(campaign);
    }

    /** A campaign the signed-in official manages, or a not-found refusal. */
    @Transactional(readOnly = true)
    public CampaignView managedView(long id) {
        return view(managed(id));
    }

    /** Campaigns the signed-in user works on: an official's own, or those in which the user's school takes part. */
    @Transactional(readOnly = true)
    public List<CampaignView> visible() {
        List<CampaignView> result = new ArrayList<>();
        for (Campaign c : campaigns.findAllByOrderByOpensAtDesc()) {
            CampaignView view = view(c);
            if (access.reaches(c.getOwnerPath(), OFFICIALS)
                    || view.settings().schools().stream().anyMatch(this::staffOf)) {
                result.add(view);
            }
        }
        return result;
    }

    /** Whether the signed-in user is a principal or clerk of a campaign's school. */
    public boolean staffOf(SchoolQuota school) {
        return units.find(school.unitId())
                .map(u -> access.reaches(u.path(), Role.PRINCIPAL, Role.CLERK))
                .orElse(false);
    }

    /** Every campaign, for the public portal (campaigns are public information). */
    @Transactional(readOnly = true)
    public List<CampaignView> all() {
        return campaigns.findAllByOrderByOpensAtDesc().stream().map(this::view).toList();
    }

    /** A campaign without a scope check, for the public portal. */
    public CampaignView find(long id) {
        return cached(id).view();
    }

    private Cached cached(long id) {
        Instant now = clock.instant();
        Cached hit = cache.get(id);
        if (hit == null || hit.readAt().plus(FRESH).isBefore(now)) {
            long before = evictions.getOrDefault(id, 0L);
            Campaign campaign = campaigns
                    .findById(id)
                    .orElseThrow(() -> DomainException.notFound("admission.campaign.error.notFound", id));
            Cached read =
                    new Cached(view(campaign), new UnitRef(campaign.getOwnerUnitId(), campaign.getOwnerPath()), now);
            evictions.compute(id, (key, count) -> {
                if ((count == null ? 0L : count) == before) {
                    cache.put(id, read);
                }
                return count;
            });
            hit = read;
        }
        CampaignView v = hit.view();
        return new Cached(
                new CampaignView(
                        v.id(),
                        v.ownerUnitId(),
                        v.name(),
                        v.grade(),
                        Campaign.phaseOf(v.opensAt(), v.closesAt(), v.publishedAt(), now),
                        v.opensAt(),
                        v.closesAt(),
                        v.publishedRun(),
                        v.publishedAt(),
                        v.settings()),
                hit.owner(),
                hit.readAt());
    }

    public Instant now() {
        return clock.instant();
    }

    /** The unit to file audited changes of a campaign under, once the caller has checked access. */
    public UnitRef ownerRef(CampaignView campaign) {
        return cached(campaign.id()).owner();
    }

    /** Forgets a changed campaign now and again once the change has committed, so no reader keeps the old one. */
    private void evict(long id) {
        forget(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(id);
                }
            });
        }
    }

    private void forget(long id) {
        evictions.compute(id, (key, count) -> {
            cache.remove(id);
            return count == null ? 1L : count + 1;
        });
    }

    private Campaign managed(long id) {
        Campaign campaign = campaigns
                .findById(id)
                .orElseThrow(() -> DomainException.notFound("admission.campaign.error.notFound", id));
        if (!access.reaches(campaign.getOwnerPath())) {
            throw DomainException.notFound("admission.campaign.error.notFound", id);
        }
        access.require(new UnitRef(campaign.getOwnerUnitId(), campaign.getOwnerPath()), OFFICIALS);
        return campaign;
    }

    /** Checks the settings and the schools' place under the owner, and fills in the schools' names. */
    private CampaignSettings check(UnitView owner, CampaignSettings s) {
        if (s == null) {
            throw DomainException.invalid("settings", "admission.campaign.error.name");
        }
        List<FieldProblem> problems = new ArrayList<>(s.problems());
        List<SchoolQuota> named = new ArrayList<>();
        List<SchoolQuota> schools = CampaignSettings.list(s.schools());
        for (int i = 0; i < schools.size(); i++) {
            SchoolQuota q = schools.get(i);
            UnitView school = units.find(q.unitId()).orElse(null);
            if (school == null
                    || !"SCHOOL".equals(school.typeCode())
                    || !school.path().startsWith(owner.path())) {
                problems.add(new FieldProblem(
                        "schools[" + i + "].unitId", "admission.campaign.error.schoolOutside", q.unitId()));
            } else {
                named.add(new SchoolQuota(q.unitId(), school.name(), q.quota(), q.zone()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        return new CampaignSettings(
                s.name().strip(),
                s.grade(),
                s.schoolYear(),
                s.method(),
                s.maxChoices(),
                s.zoneRule(),
                s.lateEntryYears(),
                s.weights(),
                s.choicePremiums(),
                s.minimumTotal(),
                s.tiePolicy(),
                s.tieBreak(),
                s.lotterySeed(),
                named,
                s.zones(),
                s.priorityGroups(),
                s.opensAt(),
                s.closesAt(),
                s.resultsAt());
    }

    private CampaignSettings settings(Campaign c) {
        return json.readValue(c.getSettings(), CampaignSettings.class);
    }

    private CampaignView view(Campaign c) {
        return new CampaignView(
                c.getId(),
                c.getOwnerUnitId(),
                c.getName(),
                c.getGrade(),
                c.phase(clock.instant()),
                c.getOpensAt(),
                c.getClosesAt(),
                c.getPublishedRun(),
                c.getPublishedAt(),
                settings(c));
    }
}
