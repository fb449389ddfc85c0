package vn.eduvn.admissions.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.eduvn.platform.DomainException;

/**
 * An admission campaign of a Department or commune. Its settings can change until the window opens and are frozen
 * from then on; its results are published once, after the window has closed.
 */
@Entity
@Audited
@Table(name = "admission_campaign")
public class Campaign {

    /** Where a campaign is in its calendar. */
    public enum Phase {
        UPCOMING,
        OPEN,
        CLOSED,
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ownerUnitId;

    private String ownerPath;

    private String name;

    private int grade;

    private Instant opensAt;

    private Instant closesAt;

    private String settings;

    private Long publishedRun;

    private Instant publishedAt;

    @Version
    @NotAudited
    private long version;

    protected Campaign() {}

    Campaign(long ownerUnitId, String ownerPath, CampaignSettings settings, String settingsJson) {
        this.ownerUnitId = ownerUnitId;
        this.ownerPath = ownerPath;
        apply(settings, settingsJson);
    }

    void change(CampaignSettings settings, String settingsJson, Instant now) {
        if (!now.isBefore(opensAt)) {
            throw DomainException.conflict("settings", "admission.campaign.error.frozen");
        }
        apply(settings, settingsJson);
    }

    /**
     * Moves the closing time, the one setting that may change after opening: a Department extends the window when
     * opening day jams, or closes it on time after an extension.
     */
    void reschedule(Instant newClosesAt, String settingsJson) {
        if (publishedAt != null) {
            throw DomainException.conflict(null, "admission.campaign.error.published");
        }
        if (!newClosesAt.isAfter(opensAt)) {
            throw DomainException.invalid("closesAt", "admission.campaign.error.window");
        }
        this.closesAt = newClosesAt;
        this.settings = settingsJson;
    }

    void publish(long runId, Instant now) {
        if (now.isBefore(closesAt)) {
            throw DomainException.conflict(null, "admission.campaign.error.stillOpen");
        }
        if (publishedAt != null) {
            throw DomainException.conflict(null, "admission.campaign.error.published");
        }
        this.publishedRun = runId;
        this.publishedAt = now;
    }

    private void apply(CampaignSettings settings, String settingsJson) {
        this.name = settings.name();
        this.grade = settings.grade();
        this.opensAt = settings.opensAt();
        this.closesAt = settings.closesAt();
        this.settings = settingsJson;
    }

    public Phase phase(Instant now) {
        return phaseOf(opensAt, closesAt, publishedAt, now);
    }

    static Phase phaseOf(Instant opensAt, Instant closesAt, Instant publishedAt, Instant now) {
        if (publishedAt != null) {
            return Phase.PUBLISHED;
        }
        if (now.isBefore(opensAt)) {
            return Phase.UPCOMING;
        }
        return now.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerUnitId() {
        return ownerUnitId;
    }

    public String getOwnerPath() {
        return ownerPath;
    }

    public String getName() {
        return name;
    }

    public int getGrade() {
        return grade;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    String getSettings() {
        return settings;
    }

    public Long getPublishedRun() {
        return publishedRun;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
