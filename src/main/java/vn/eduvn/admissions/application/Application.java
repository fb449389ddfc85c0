package vn.eduvn.admissions.application;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.eduvn.platform.DomainException;

/**
 * A child's application in a campaign (hồ sơ đăng ký tuyển sinh). The parent may change it while the window is open;
 * the school of the first choice verifies it or asks for a correction; placement admits it somewhere or nowhere.
 */
@Entity
@Audited
@Table(name = "admission_application")
class Application {

    enum Status {
        /** Filed, waiting for the school's review. */
        SUBMITTED,
        /** The school asked the parent to correct something (see the review note). */
        NEEDS_CORRECTION,
        /** The school checked the documents and residence. */
        VERIFIED,
        ADMITTED,
        NOT_ADMITTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long campaignId;

    private String receiptNumber;

    @NotAudited
    private String idempotencyKey;

    private String personalId;

    private String fullName;

    private LocalDate birthDate;

    private boolean female;

    private String residenceArea;

    private String zoneCode;

    private String address;

    private String guardianName;

    private String guardianPhone;

    private String guardianEmail;

    private String priorityGroup;

    private String lateEntryReason;

    private String choices;

    private long firstChoiceUnitId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String reviewNote;

    private String scores;

    private boolean directAdmission;

    private Long admittedUnitId;

    private Integer admittedRank;

    private String evidenceKey;

    private String evidenceName;

    private String evidenceType;

    private Instant submittedAt;

    private Instant updatedAt;

    @Version
    @NotAudited
    private long version;

    protected Application() {}

    Application(
            long campaignId,
            String receiptNumber,
            String idempotencyKey,
            ApplicationForm form,
            String zoneCode,
            Instant now) {
        this.campaignId = campaignId;
        this.receiptNumber = receiptNumber;
        this.idempotencyKey = idempotencyKey;
        this.personalId = form.personalId();
        this.birthDate = form.birthDate();
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
        fill(form, zoneCode, now);
    }

    /** The parent's change while the window is open; a change after a correction request goes back to the school. */
    void change(ApplicationForm form, String zoneCode, Instant now) {
        if (!form.personalId().equals(personalId) || !form.birthDate().equals(birthDate)) {
            throw DomainException.invalid("personalId", "admission.apply.error.identityFixed");
        }
        if (status == Status.NEEDS_CORRECTION) {
            status = Status.SUBMITTED;
        }
        fill(form, zoneCode, now);
    }

    private void fill(ApplicationForm form, String zoneCode, Instant now) {
        this.fullName = form.fullName().strip();
        this.female = form.female();
        this.residenceArea = form.residenceArea();
        this.zoneCode = zoneCode;
        this.address = form.address().strip();
        this.guardianName = form.guardianName().strip();
        this.guardianPhone = form.guardianPhone().strip();
        this.guardianEmail = form.guardianEmail().strip();
        this.priorityGroup =
                form.priorityGroup() == null || form.priorityGroup().isBlank() ? null : form.priorityGroup();
        this.lateEntryReason =
                form.lateEntryReason() == null || form.lateEntryReason().isBlank()
                        ? null
                        : form.lateEntryReason().strip();
        this.choices = form.choices().stream().map(String::valueOf).collect(Collectors.joining(";"));
        this.firstChoiceUnitId = form.choices().get(0);
        this.updatedAt = now;
    }

    /** Evidence of residence uploaded by the parent (a new upload replaces the old one, which the audit keeps). */
    void attachEvidence(String key, String name, String type, Instant now) {
        this.evidenceKey = key;
        this.evidenceName = name;
        this.evidenceType = type;
        this.updatedAt = now;
    }

    void verify(Instant now) {
        requireReviewable();
        status = Status.VERIFIED;
        reviewNote = null;
        updatedAt = now;
    }

    void askCorrection(String note, Instant now) {
        requireReviewable();
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("note", "admission.review.error.note");
        }
        status = Status.NEEDS_CORRECTION;
        reviewNote = note.strip();
        updatedAt = now;
    }

    void recordScores(String scores, Instant now) {
        this.scores = scores;
        this.updatedAt = now;
    }

    void markDirectAdmission(boolean direct, Instant now) {
        this.directAdmission = direct;
        this.updatedAt = now;
    }

    /** The published result: admitted at a school and choice rank, or nowhere. */
    void decide(Long unitId, Integer rank, Instant now) {
        this.admittedUnitId = unitId;
        this.admittedRank = rank;
        this.status = unitId == null ? Status.NOT_ADMITTED : Status.ADMITTED;
        this.updatedAt = now;
    }

    private void requireReviewable() {
        if (status == Status.ADMITTED || status == Status.NOT_ADMITTED) {
            throw DomainException.conflict(null, "admission.review.error.decided");
        }
    }

    List<Long> choiceList() {
        return Arrays.stream(choices.split(";")).map(Long::valueOf).toList();
    }

    Long getId() {
        return id;
    }

    long getCampaignId() {
        return campaignId;
    }

    String getReceiptNumber() {
        return receiptNumber;
    }

    String getIdempotencyKey() {
        return idempotencyKey;
    }

    String getPersonalId() {
        return personalId;
    }

    String getFullName() {
        return fullName;
    }

    LocalDate getBirthDate() {
        return birthDate;
    }

    boolean isFemale() {
        return female;
    }

    String getResidenceArea() {
        return residenceArea;
    }

    String getZoneCode() {
        return zoneCode;
    }

    String getAddress() {
        return address;
    }

    String getGuardianName() {
        return guardianName;
    }

    String getGuardianPhone() {
        return guardianPhone;
    }

    String getGuardianEmail() {
        return guardianEmail;
    }

    String getPriorityGroup() {
        return priorityGroup;
    }

    String getLateEntryReason() {
        return lateEntryReason;
    }

    long getFirstChoiceUnitId() {
        return firstChoiceUnitId;
    }

    Status getStatus() {
        return status;
    }

    String getReviewNote() {
        return reviewNote;
    }

    String getScores() {
        return scores;
    }

    boolean isDirectAdmission() {
        return directAdmission;
    }

    Long getAdmittedUnitId() {
        return admittedUnitId;
    }

    Integer getAdmittedRank() {
        return admittedRank;
    }

    String getEvidenceKey() {
        return evidenceKey;
    }

    String getEvidenceName() {
        return evidenceName;
    }

    String getEvidenceType() {
        return evidenceType;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }
}
