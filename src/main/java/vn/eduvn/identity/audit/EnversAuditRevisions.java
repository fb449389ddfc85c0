package vn.eduvn.identity.audit;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.audit.AuditRevisions;

/** Envers' revision of the current transaction: the same one Hibernate's own audited changes join. */
@Component
class EnversAuditRevisions implements AuditRevisions {

    private final EntityManager entityManager;

    EnversAuditRevisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public long current() {
        AuditRevision revision = AuditReaderFactory.get(entityManager).getCurrentRevision(AuditRevision.class, true);
        if (revision.id() == null) {
            entityManager.flush();
        }
        return revision.id();
    }

    @Override
    public Revision describe(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        return new Revision(revision.id(), revision.actor(), java.time.Instant.ofEpochMilli(revision.changedAt()));
    }
}
