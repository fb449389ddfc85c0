package vn.eduvn.admissions.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.eduvn.admissions.campaign.Campaign;
import vn.eduvn.admissions.campaign.CampaignSettings;
import vn.eduvn.admissions.campaign.CampaignSettings.Zone;
import vn.eduvn.admissions.campaign.CampaignView;
import vn.eduvn.admissions.campaign.Campaigns;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.platform.Role;
import vn.eduvn.platform.audit.AuditUnit;
import vn.eduvn.platform.files.StoredFiles;

/**
 * Applications as parents file them and schools review them. Filing is idempotent: the same Idempotency-Key gives
 * back the same receipt, and a child has at most one application per campaign, both guarded by unique keys in the
 * database so that two requests racing each other still make one application.
 */
@Service
public class Applications {

    static final Role[] REVIEWERS = {Role.PRINCIPAL, Role.CLERK, Role.DEPARTMENT_OFFICIAL, Role.SYSTEM_ADMIN};

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final ApplicationRepository applications;

    private final Campaigns campaigns;

    private final Eligibility eligibility;

    private final Units units;

    private final Access access;

    private final Clock clock;

    private final TransactionTemplate tx;

    private final ApplicationEventPublisher events;

    private final StoredFiles files;

    Applications(
            ApplicationRepository applications,
            Campaigns campaigns,
            Eligibility eligibility,
            Units units,
            Access access,
            Clock clock,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            StoredFiles files) {
        this.files = files;
        this.applications = applications;
        this.campaigns = campaigns;
        this.eligibility = eligibility;
        this.units = units;
        this.access = access;
        this.clock = clock;
        this.tx = tx;
        this.events = events;
    }

    /**
     * Files an application, or answers the receipt of the one this key (or this retry) filed before. The common case
     * costs one insert: a repeated key or child is caught by the database's unique keys and only then looked up.
     */
    public Receipt submit(long campaignId, String idempotencyKey, ApplicationForm form) {
        CampaignView campaign = campaigns.find(campaignId);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw DomainException.invalid("Idempotency-Key", "admission.apply.error.key");
        }
        CampaignSettings settings = campaign.settings();
        Zone zone = null;
        try {
            List<FieldProblem> problems = eligibility.check(settings, form);
            if (!problems.isEmpty()) {
                throw new InvalidFields(problems);
            }
            zone = settings.zoneOf(form.residenceArea()).orElse(null);
            requireOpen(campaign, zone);
        } catch (DomainException refused) {
            // A retry of an application accepted before (the window has closed since, say) still gets its receipt.
            return replay(campaignId, key, form).orElseThrow(() -> refused);
        }
        Zone home = zone;
        try {
            return tx.execute(status -> {
                AuditUnit.set(campaigns.ownerRef(campaign));
                Application saved = applications.saveAndFlush(new Application(
                        campaignId,
                        ReceiptNumbers.next(campaign.grade()),
                        key,
                        form,
                        home == null ? null : home.code(),
                        clock.instant()));
                events.publishEvent(new ApplicationReceived(saved.getId(), false));
                return receipt(saved, false);
            });
        } catch (DataIntegrityViolationException repeated) {
            // The same key (a double tap, a retry) or the same child was filed before, perhaps a moment ago.
            return replay(campaignId, key, form)
                    .orElseThrow(() -> applications
                            .findByCampaignIdAndPersonalId(campaignId, form.personalId())
                            .map(this::duplicate)
                            .orElseThrow(() -> repeated));
        }
    }

    private Optional<Receipt> replay(long campaignId, String key, ApplicationForm form) {
        if (key == null) {
            return Optional.empty();
        }
        return applications.findByCampaignIdAndIdempotencyKey(campaignId, key).map(earlier -> {
            if (form != null
                    && form.personalId() != null
                    && !earlier.getPersonalId().equals(form.personalId())) {
                throw DomainException.conflict("Idempotency-Key", "admission.apply.error.keyReused");
            }
            return receipt(earlier, true);
        });
    }

    private DomainException duplicate(Application first) {
        return DomainException.conflict(
                "personalId",
                "admission.apply.error.duplicate",
                DAY.format(first.getSubmittedAt()),
                Masks.email(first.getGuardianEmail()));
    }

    private void requireOpen(CampaignView campaign, Zone zone) {
        var now = clock.instant();
        var opens = campaign.settings().opensAt(zone);
        if (now.isBefore(opens)) {
            throw DomainException.conflict(null, "admission.apply.error.notOpen", DAY.format(opens));
        }
        if (!now.isBefore(campaign.closesAt()) || campaign.phase() == Campaign.Phase.PUBLISHED) {
            throw DomainException.conflict(null, "admission.apply.error.closed", DAY.format(campaign.closesAt()));
        }
    }

    /** The application of a receipt, only with the child's date of birth; a wrong date finds nothing. */
    @Transactional(readOnly = true)
    public Optional<ApplicationView> lookup(String receipt, LocalDate birthDate) {
        return byReceipt(receipt, birthDate).map(this::view);
    }

    private Optional<Application> byReceipt(String receipt, LocalDate birthDate) {
        return applications
                .findByReceiptNumber(ReceiptNumbers.normalise(receipt))
                .filter(a -> a.getBirthDate().equals(birthDate));
    }

    /** The parent's change of an application while its campaign's window is open. */
    public ApplicationView change(String receipt, LocalDate birthDate, ApplicationForm form) {
        Application found =
                byReceipt(receipt, birthDate).orElseThrow(() -> DomainException.notFound("admission.lookup.notFound"));
        CampaignView campaign = campaigns.find(found.getCampaignId());
        List<FieldProblem> problems = eligibility.check(campaign.settings(), form);
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        Zone zone = campaign.settings().zoneOf(form.residenceArea()).orElse(null);
        requireOpen(campaign, zone);
        return tx.execute(status -> {
            AuditUnit.set(campaigns.ownerRef(campaign));
            Application application = applications.findById(found.getId()).orElseThrow();
            application.change(form, zone == null ? null : zone.code(), clock.instant());
            events.publishEvent(new ApplicationReceived(application.getId(), true));
            return view(application);
        });
    }

    /**
     * Keeps the parent's evidence of residence (a PDF or photo of the commune's confirmation, for a family the
     * population database does not show) while the window is open; reached only with the receipt and date of birth.
     */
    public ApplicationView attachEvidence(String receipt, LocalDate birthDate, String fileName, byte[] content) {
        Application found =
                byReceipt(receipt, birthDate).orElseThrow(() -> DomainException.notFound("admission.lookup.notFound"));
        CampaignView campaign = campaigns.find(found.getCampaignId());
        requireOpen(
                campaign, campaign.settings().zoneOf(found.getResidenceArea()).orElse(null));
        Evidence evidence = Evidence.of(fileName, content);
        String key = files.store("admissions", evidence.content());
        return tx.execute(status -> {
            AuditUnit.set(campaigns.ownerRef(campaign));
            Application application = applications.findById(found.getId()).orElseThrow();
            application.attachEvidence(key, evidence.fileName(), evidence.contentType(), clock.instant());
            return view(application, campaign.settings());
        });
    }

    /** The evidence of an applicant of the school, for its reviewers. */
    @Transactional(readOnly = true)
    public Evidence evidence(long campaignId, long schoolUnitId, long applicationId) {
        Application application = reviewable(campaignId, schoolUnitId, applicationId);
        if (application.getEvidenceKey() == null) {
            throw DomainException.notFound("admission.evidence.error.none");
        }
        return new Evidence(
                application.getEvidenceName(), application.getEvidenceType(), files.read(application.getEvidenceKey()));
    }

    /** The applicants whose first choice is the school, for its principal or clerk (or the campaign's officials). */
    @Transactional(readOnly = true)
    public List<ApplicationView> ofSchool(long campaignId, long schoolUnitId) {
        requireReviewer(campaignId, schoolUnitId);
        CampaignSettings settings = campaigns.find(campaignId).settings();
        return applications
                .findByCampaignIdAndFirstChoiceUnitIdOrderByFullNameAscIdAsc(campaignId, schoolUnitId)
                .stream()
                .map(a -> view(a, settings))
                .toList();
    }

    /**
     * The public list of a school: while the window is open, the children who put it first; once results are
     * published, the children it admitted, with the choice at which they were admitted.
     */
    @Transactional(readOnly = true)
    public List<PublicApplicant> publicList(long campaignId, long schoolUnitId) {
        CampaignView campaign = campaigns.find(campaignId);
        if (campaign.settings().school(schoolUnitId).isEmpty()) {
            throw DomainException.notFound("admission.campaign.error.notFound", campaignId);
        }
        if (campaign.phase() == Campaign.Phase.PUBLISHED) {
            return applications
                    .findByCampaignIdAndAdmittedUnitIdOrderByFullNameAscIdAsc(campaignId, schoolUnitId)
                    .stream()
                    .map(a -> new PublicApplicant(
                            a.getFullName(),
                            Masks.personalId(a.getPersonalId()),
                            a.getBirthDate(),
                            a.getAdmittedRank(),
                            a.getStatus().name()))
                    .toList();
        }
        return applications
                .findByCampaignIdAndFirstChoiceUnitIdOrderByFullNameAscIdAsc(campaignId, schoolUnitId)
                .stream()
                .map(a -> new PublicApplicant(
                        a.getFullName(),
                        Masks.personalId(a.getPersonalId()),
                        a.getBirthDate(),
                        1,
                        a.getStatus().name()))
                .toList();
    }

    @Transactional
    public ApplicationView verify(long campaignId, long schoolUnitId, long applicationId) {
        Application application = reviewable(campaignId, schoolUnitId, applicationId);
        application.verify(clock.instant());
        return view(application);
    }

    @Transactional
    public ApplicationView askCorrection(long campaignId, long schoolUnitId, long applicationId, String note) {
        Application application = reviewable(campaignId, schoolUnitId, applicationId);
        application.askCorrection(note, clock.instant());
        return view(application);
    }

    private Application reviewable(long campaignId, long schoolUnitId, long applicationId) {
        requireReviewer(campaignId, schoolUnitId);
        return applications
                .findById(applicationId)
                .filter(a -> a.getCampaignId() == campaignId && a.getFirstChoiceUnitId() == schoolUnitId)
                .orElseThrow(() -> DomainException.notFound("admission.review.error.notFound", applicationId));
    }

    private void requireReviewer(long campaignId, long schoolUnitId) {
        UnitView school = units.find(schoolUnitId)
                .orElseThrow(() -> DomainException.notFound("error.unit.notFound", schoolUnitId));
        access.require(school.ref(), REVIEWERS);
        if (campaigns.find(campaignId).settings().school(schoolUnitId).isEmpty()) {
            throw DomainException.notFound("admission.campaign.error.notFound", campaignId);
        }
    }

    /** How many applications of the campaign are at each status, for its officials (one query, not one row each). */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> countByStatus(long campaignId) {
        campaigns.managedView(campaignId);
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        applications
                .countByStatus(campaignId)
                .forEach(row -> counts.put(((Application.Status) row[0]).name(), (Long) row[1]));
        return counts;
    }

    /** Every application of a campaign, for its officials. */
    @Transactional(readOnly = true)
    public List<ApplicationView> ofCampaign(long campaignId) {
        CampaignSettings settings = campaigns.managedView(campaignId).settings();
        return applications.findByCampaignIdOrderByIdAsc(campaignId).stream()
                .map(a -> view(a, settings))
                .toList();
    }

    /** Every application of a campaign as placement reads it; the caller has checked that the user runs it. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long campaignId) {
        return applications.findByCampaignIdOrderByIdAsc(campaignId).stream()
                .map(a -> new Candidate(
                        a.getId(),
                        a.getReceiptNumber(),
                        a.getStatus() == Application.Status.VERIFIED
                                || a.getStatus() == Application.Status.ADMITTED
                                || a.getStatus() == Application.Status.NOT_ADMITTED,
                        Scores.read(a.getScores()),
                        a.getPriorityGroup(),
                        a.choiceList(),
                        a.isDirectAdmission()))
                .toList();
    }

    /** Where each application was placed, by receipt number (absent: admitted nowhere), as published. */
    public record Decision(long schoolUnitId, int choiceRank) {}

    /** Records the published result on every application of the campaign; the caller has checked access. */
    @Transactional
    public void decide(long campaignId, java.util.Map<String, Decision> decisions) {
        CampaignView campaign = campaigns.find(campaignId);
        AuditUnit.set(campaigns.ownerRef(campaign));
        var now = clock.instant();
        for (Application a : applications.findByCampaignIdOrderByIdAsc(campaignId)) {
            Decision d = decisions.get(a.getReceiptNumber());
            a.decide(d == null ? null : d.schoolUnitId(), d == null ? null : d.choiceRank(), now);
        }
    }

    /** Enters one candidate's scores (papers of the campaign, 0 to 10 in quarters) by hand, for an official. */
    @Transactional
    public ApplicationView recordScores(
            long campaignId, long applicationId, java.util.Map<String, java.math.BigDecimal> scores) {
        CampaignView campaign = campaigns.managedView(campaignId);
        Application a = ofCampaign(campaignId, applicationId);
        java.util.Set<String> papers = campaign.settings().weights() == null
                ? java.util.Set.of()
                : campaign.settings().weights().keySet();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        scores.forEach((paper, score) -> {
            if (!papers.contains(paper)) {
                problems.add(new FieldProblem("scores." + paper, "admission.scores.error.paper", paper));
            } else if (score == null || Scores.parse(score.toPlainString()) == null) {
                problems.add(new FieldProblem("scores." + paper, "admission.scores.error.score", score));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        AuditUnit.set(campaigns.ownerRef(campaign));
        a.recordScores(Scores.write(scores), clock.instant());
        return view(a, campaign.settings());
    }

    /** Records or withdraws a direct admission (tuyển thẳng) at the first choice, for an official. */
    @Transactional
    public ApplicationView markDirectAdmission(long campaignId, long applicationId, boolean direct) {
        CampaignView campaign = campaigns.managedView(campaignId);
        Application a = ofCampaign(campaignId, applicationId);
        AuditUnit.set(campaigns.ownerRef(campaign));
        a.markDirectAdmission(direct, clock.instant());
        return view(a, campaign.settings());
    }

    private Application ofCampaign(long campaignId, long applicationId) {
        return applications
                .findById(applicationId)
                .filter(a -> a.getCampaignId() == campaignId)
                .orElseThrow(() -> DomainException.notFound("admission.review.error.notFound", applicationId));
    }

    Receipt receipt(Application a, boolean replayed) {
        return new Receipt(a.getReceiptNumber(), a.getStatus().name(), a.getCampaignId(), a.getSubmittedAt(), replayed);
    }

    ApplicationView view(Application a) {
        return view(a, campaigns.find(a.getCampaignId()).settings());
    }

    ApplicationView view(Application a, CampaignSettings settings) {
        List<Long> choices = a.choiceList();
        List<ApplicationView.Choice> ranked = new java.util.ArrayList<>();
        for (int k = 0; k < choices.size(); k++) {
            ranked.add(choice(settings, k + 1, choices.get(k)));
        }
        return new ApplicationView(
                a.getId(),
                a.getCampaignId(),
                a.getReceiptNumber(),
                a.getPersonalId(),
                a.getFullName(),
                a.getBirthDate(),
                a.isFemale(),
                a.getResidenceArea(),
                a.getZoneCode(),
                a.getAddress(),
                a.getGuardianName(),
                a.getGuardianPhone(),
                a.getGuardianEmail(),
                a.getPriorityGroup(),
                a.getLateEntryReason(),
                ranked,
                a.getStatus().name(),
                a.getReviewNote(),
                a.getScores(),
                a.isDirectAdmission(),
                a.getAdmittedUnitId() == null ? null : choice(settings, a.getAdmittedRank(), a.getAdmittedUnitId()),
                a.getEvidenceName(),
                a.getSubmittedAt());
    }

    private static ApplicationView.Choice choice(CampaignSettings settings, int rank, long unitId) {
        return new ApplicationView.Choice(
                rank,
                unitId,
                settings.school(unitId).map(CampaignSettings.SchoolQuota::name).orElse(String.valueOf(unitId)));
    }
}
