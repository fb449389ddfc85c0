package vn.eduvn.identity.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person's account. Sign-in counters and the password hash stay out of the entity history; the changes
 * they stand for are logged as security events instead.
 */
@Entity
@Audited
@Table(name = "identity_account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String email;

    @NotAudited
    private String passwordHash;

    private long homeUnitId;

    private boolean enabled;

    @NotAudited
    private int failedAttempts;

    @NotAudited
    private Instant lockedUntil;

    @NotAudited
    private Instant passwordChangedAt;

    @Version
    @NotAudited
    private long version;

    protected Account() {}

    Account(String username, String displayName, String email, String passwordHash, long homeUnitId) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.homeUnitId = homeUnitId;
        this.enabled = true;
    }

    /**
     * Counts a failed sign-in; returns true when this failure locks the account. A lock that has run out
     * starts a fresh count.
     */
    boolean recordFailure(Instant now, int maxAttempts, Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        if (isLocked(now)) {
            return false;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        recordSuccess();
    }

    void update(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public long homeUnitId() {
        return homeUnitId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    int failedAttempts() {
        return failedAttempts;
    }
}
