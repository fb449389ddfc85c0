package vn.eduvn.identity.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the append-only security-event log; never updated or deleted. */
@Entity
@Immutable
@Table(name = "identity_security_event")
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private SecurityEventType type;

    private String username;

    private String actor;

    private Long unitId;

    private String unitPath;

    private String remoteAddr;

    private String detail;

    protected SecurityEvent() {}

    SecurityEvent(
            Instant occurredAt,
            SecurityEventType type,
            String username,
            String actor,
            Long unitId,
            String unitPath,
            String remoteAddr,
            String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.username = username;
        this.actor = actor;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.remoteAddr = remoteAddr;
        this.detail = detail;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public SecurityEventType type() {
        return type;
    }

    public String username() {
        return username;
    }

    public String actor() {
        return actor;
    }

    public Long unitId() {
        return unitId;
    }

    public String remoteAddr() {
        return remoteAddr;
    }

    public String detail() {
        return detail;
    }
}
