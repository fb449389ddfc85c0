package vn.eduvn.identity.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: a transaction that changed audited data, who made it, and at which unit. */
@Entity
@RevisionEntity(AuditRevisionListener.class)
@Table(name = "identity_audit_revision")
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "changed_at")
    private long changedAt;

    private String actor;

    private Long unitId;

    private String unitPath;

    public Long id() {
        return id;
    }

    public long changedAt() {
        return changedAt;
    }

    public String actor() {
        return actor;
    }

    public Long unitId() {
        return unitId;
    }

    public String unitPath() {
        return unitPath;
    }

    void attribute(String actor, Long unitId, String unitPath) {
        this.actor = actor;
        this.unitId = unitId;
        this.unitPath = unitPath;
    }
}
