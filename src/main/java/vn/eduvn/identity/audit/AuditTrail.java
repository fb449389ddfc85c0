package vn.eduvn.identity.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.Grant;
import vn.eduvn.platform.Role;

/**
 * Reads the audit trail for administrators: the Envers history of every audited entity and the
 * security-event log, both limited to the units the reader administers.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    static final int LIMIT = 200;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final EntityManager em;

    private final SecurityEventRepository events;

    private final Access access;

    private final Units units;

    private final List<vn.eduvn.platform.RecordNames> names;

    AuditTrail(
            EntityManager em,
            SecurityEventRepository events,
            Access access,
            Units units,
            List<vn.eduvn.platform.RecordNames> names) {
        this.names = names;
        this.em = em;
        this.events = events;
        this.access = access;
        this.units = units;
    }

    /** Names of the audited entity types, for the "what" filter. */
    public List<String> auditedEntities() {
        return auditedTypes().stream().map(EntityType::getName).sorted().toList();
    }

    public List<SecurityEvent> securityEvents(AuditFilter filter) {
        SecurityEventType type = null;
        if (filter.what() != null && !filter.what().isBlank()) {
            try {
                type = SecurityEventType.valueOf(filter.what());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("what", "error.audit.unknownType", filter.what());
            }
        }
        List<SecurityEvent> result = new ArrayList<>();
        for (String prefix : prefixes(filter)) {
            // An administrator of the whole tree also sees events filed under no unit (unknown usernames).
            String unitPrefix = isWholeTree(prefix) ? "" : prefix;
            result.addAll(events.search(
                    filter.whoOrEmpty(), type, from(filter), to(filter), unitPrefix, PageRequest.of(0, LIMIT)));
        }
        return result.stream()
                .sorted(Comparator.comparing(SecurityEvent::id).reversed())
                .limit(LIMIT)
                .toList();
    }

    public List<DataChange> dataChanges(AuditFilter filter) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<DataChange> changes = new ArrayList<>();
        for (EntityType<?> type : auditedTypes()) {
            if (filter.what() != null
                    && !filter.what().isBlank()
                    && !filter.what().equals(type.getName())) {
                continue;
            }
            for (String prefix : prefixes(filter)) {
                AuditQuery query = reader.createQuery()
                        .forRevisionsOfEntity(type.getJavaType(), false, true)
                        .add(AuditEntity.revisionProperty("changedAt")
                                .ge(from(filter).toEpochMilli()))
                        .add(AuditEntity.revisionProperty("changedAt")
                                .lt(to(filter).toEpochMilli()))
                        .addOrder(AuditEntity.revisionNumber().desc())
                        .setMaxResults(LIMIT);
                if (!isWholeTree(prefix)) {
                    query.add(AuditEntity.revisionProperty("unitPath").like(prefix + "%"));
                }
                if (!filter.whoOrEmpty().isEmpty()) {
                    query.add(AuditEntity.revisionProperty("actor")
                            .eq(filter.whoOrEmpty().toLowerCase()));
                }
                for (Object row : query.getResultList()) {
                    changes.add(toChange(reader, type, (Object[]) row));
                }
            }
        }
        return changes.stream()
                .sorted(Comparator.comparingLong(DataChange::revision).reversed())
                .limit(LIMIT)
                .toList();
    }

    private DataChange toChange(AuditReader reader, EntityType<?> type, Object[] row) {
        Object entity = row[0];
        AuditRevision revision = (AuditRevision) row[1];
        RevisionType kind = (RevisionType) row[2];
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        Object before = null;
        if (kind != RevisionType.ADD) {
            List<?> previous = reader.createQuery()
                    .forRevisionsOfEntity(type.getJavaType(), true, true)
                    .add(AuditEntity.id().eq(id))
                    .add(AuditEntity.revisionNumber().lt(revision.id()))
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setMaxResults(1)
                    .getResultList();
            before = previous.isEmpty() ? null : previous.get(0);
        }
        Map<String, Object> old = values(type, before);
        Map<String, Object> now = values(type, kind == RevisionType.DEL ? null : entity);
        List<DataChange.FieldChange> fields = new ArrayList<>();
        for (String name : now.isEmpty() ? old.keySet() : now.keySet()) {
            Object a = old.get(name);
            Object b = now.get(name);
            if (!Objects.equals(a, b)) {
                fields.add(new DataChange.FieldChange(name, shown(name, a), shown(name, b)));
            }
        }
        String unitName = revision.unitId() == null
                ? null
                : units.find(revision.unitId()).map(UnitView::name).orElse(null);
        return new DataChange(
                revision.id(),
                Instant.ofEpochMilli(revision.changedAt()),
                revision.actor(),
                revision.unitId(),
                unitName,
                type.getName(),
                id,
                kind.name(),
                fields);
    }

    private static Map<String, Object> values(EntityType<?> type, Object entity) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (entity == null) {
            return values;
        }
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            // The record's own id is an internal number, shown by the change itself, not as one of its fields.
            if (!(attribute.getJavaMember() instanceof Field field)
                    || field.isAnnotationPresent(NotAudited.class)
                    || attribute instanceof jakarta.persistence.metamodel.SingularAttribute<?, ?> single
                            && single.isId()) {
                continue;
            }
            try {
                field.setAccessible(true);
                values.put(attribute.getName(), field.get(entity));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    /** A value as a person knows it: the name of the pupil, teacher, class or unit an id points to. */
    private Object shown(String field, Object value) {
        if (value == null) {
            return null;
        }
        for (vn.eduvn.platform.RecordNames owner : names) {
            java.util.Optional<String> name = owner.nameOf(field, value);
            if (name.isPresent()) {
                return name.get();
            }
        }
        return value;
    }

    /** Who reads the audit trail: administrators of their units, and principals of their own school. */
    static final Role[] READERS = {Role.SYSTEM_ADMIN, Role.PRINCIPAL};

    /** Unit-path prefixes the reader may see: the chosen unit, or every unit they administer or lead. */
    private List<String> prefixes(AuditFilter filter) {
        List<Grant> readable = topGrants(access.grants(READERS));
        if (readable.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("not an administrator");
        }
        if (filter.unitId() != null) {
            UnitView unit = units.find(filter.unitId())
                    .orElseThrow(() -> DomainException.notFound("error.unit.notFound", filter.unitId()));
            access.require(unit.ref(), READERS);
            return List.of(unit.path());
        }
        return readable.stream().map(Grant::unitPath).toList();
    }

    private boolean isWholeTree(String prefix) {
        return "/".equals(prefix)
                || units.root().map(r -> r.path().equals(prefix)).orElse(false);
    }

    private static List<Grant> topGrants(List<Grant> grants) {
        List<Grant> top = new ArrayList<>();
        grants.stream()
                .sorted(Comparator.comparingInt(g -> g.unitPath().length()))
                .forEach(g -> {
                    if (top.stream().noneMatch(t -> t.reaches(g.unitPath()))) {
                        top.add(g);
                    }
                });
        return top;
    }

    private List<EntityType<?>> auditedTypes() {
        return em.getMetamodel().getEntities().stream()
                .filter(t -> t.getJavaType().isAnnotationPresent(Audited.class))
                .<EntityType<?>>map(t -> t)
                .toList();
    }

    private static Instant from(AuditFilter f) {
        return (f.from() == null ? LocalDate.of(2000, 1, 1) : f.from())
                .atStartOfDay(VIETNAM)
                .toInstant();
    }

    private static Instant to(AuditFilter f) {
        return (f.to() == null ? LocalDate.of(2999, 1, 1) : f.to().plusDays(1))
                .atStartOfDay(VIETNAM)
                .toInstant();
    }
}
