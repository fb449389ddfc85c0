package vn.eduvn.assessment.gradebook;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.audit.AuditRevisions;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.StudentView;

/**
 * Every change of a class's marks, read back from the audit trail: who, when, which student, subject, term and
 * column, the old value and the new. For the school's principal (and the officials above).
 */
@Service
@Transactional(readOnly = true)
public class MarkHistory {

    private final EntityManager entityManager;

    private final GradebookRepository gradebooks;

    private final AuditRevisions revisions;

    private final RegistryApi registry;

    MarkHistory(
            EntityManager entityManager,
            GradebookRepository gradebooks,
            AuditRevisions revisions,
            RegistryApi registry) {
        this.entityManager = entityManager;
        this.gradebooks = gradebooks;
        this.revisions = revisions;
        this.registry = registry;
    }

    /** One change of one cell. */
    public record Change(
            Instant at,
            String actor,
            long studentId,
            String studentName,
            String subjectCode,
            String subjectName,
            int term,
            String column,
            String oldValue,
            String newValue) {}

    /** The changes of a class's marks, oldest first; only those of one student when {@code studentId} is given. */
    public List<Change> of(long schoolUnitId, long classId, Long studentId) {
        registry.requirePrincipal(schoolUnitId, false);
        Map<Long, String> names = new HashMap<>();
        for (StudentView s : registry.studentsOfClass(schoolUnitId, classId)) {
            names.put(s.id(), s.fullName());
        }
        Map<String, String> subjectNames = new HashMap<>();
        registry.teachingAssignments(schoolUnitId).stream()
                .filter(a -> a.classId() == classId)
                .forEach(a -> subjectNames.put(a.subjectCode(), a.subjectName()));
        Map<Long, Gradebook> books = new HashMap<>();
        gradebooks.findByClassId(classId).stream()
                .filter(b -> b.schoolUnitId() == schoolUnitId)
                .forEach(b -> books.put(b.id(), b));
        if (books.isEmpty()) {
            if (names.isEmpty()) {
                throw DomainException.notFound("gradebook.error.notFound");
            }
            return List.of();
        }
        var query = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(Mark.class, false, true)
                .add(AuditEntity.property("gradebookId").in(books.keySet()))
                .addOrder(AuditEntity.revisionNumber().asc());
        if (studentId != null) {
            query.add(AuditEntity.property("studentId").eq(studentId));
        }
        Map<Long, String> last = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Mark mark = (Mark) r[0];
            AuditRevisions.Revision revision = revisions.describe(r[1]);
            String now = r[2] == RevisionType.DEL ? "" : mark.text();
            String before = last.getOrDefault(mark.id(), "");
            last.put(mark.id(), now);
            Gradebook book = books.get(mark.gradebookId());
            changes.add(new Change(
                    revision.at(),
                    revision.actor(),
                    mark.studentId(),
                    names.getOrDefault(mark.studentId(), "#" + mark.studentId()),
                    book.subjectCode(),
                    subjectNames.getOrDefault(book.subjectCode(), book.subjectCode()),
                    book.term(),
                    mark.columnKey(),
                    before,
                    now));
        }
        return changes;
    }
}
