package vn.eduvn.registry.transfer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A student's transfer between two schools of the system (chuyển trường): the receiving school asks, the
 * sending school approves or refuses with a note, or the receiving school withdraws while it waits.
 */
@Entity
@Audited
@Table(name = "registry_transfer")
class Transfer {

    enum Status {
        REQUESTED,
        APPROVED,
        REJECTED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long studentId;

    private long fromSchoolUnitId;

    private long toSchoolUnitId;

    private Long toClassId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String reason;

    private String requestedBy;

    private Instant requestedAt;

    private String decidedBy;

    private Instant decidedAt;

    private String decisionNote;

    @Version
    @NotAudited
    private long version;

    protected Transfer() {}

    Transfer(
            long studentId,
            long fromSchoolUnitId,
            long toSchoolUnitId,
            Long toClassId,
            String reason,
            String requestedBy) {
        this.studentId = studentId;
        this.fromSchoolUnitId = fromSchoolUnitId;
        this.toSchoolUnitId = toSchoolUnitId;
        this.toClassId = toClassId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
        this.status = Status.REQUESTED;
    }

    void decide(Status status, String by, String note) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.decisionNote = note;
    }

    Long id() {
        return id;
    }

    long studentId() {
        return studentId;
    }

    long fromSchoolUnitId() {
        return fromSchoolUnitId;
    }

    long toSchoolUnitId() {
        return toSchoolUnitId;
    }

    Long toClassId() {
        return toClassId;
    }

    Status status() {
        return status;
    }

    String reason() {
        return reason;
    }

    String requestedBy() {
        return requestedBy;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decisionNote() {
        return decisionNote;
    }
}
