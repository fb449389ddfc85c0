package vn.eduvn.registry.student;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.platform.audit.AuditRevisions;
import vn.eduvn.platform.text.PersonName;
import vn.eduvn.registry.school.SchoolClass;

/**
 * Writes many new students at once, as an import of a whole school does: the records, their audit rows under
 * the transaction's one revision, and their "enrolled" history, each in JDBC batches. Hibernate would keep a
 * hundred thousand entities in its session and check each at commit; this writes the same rows directly.
 * Students that already exist are updated through the entity as usual.
 */
@Component
public class StudentBulkWriter {

    private static final int BATCH = 1000;

    /** The student sequence hands out blocks of 50; each value v is the top of the block v-49..v (Hibernate's pooled optimizer). */
    private static final int BLOCK = 50;

    private final JdbcTemplate jdbc;

    private final AuditRevisions revisions;

    private final Access access;

    StudentBulkWriter(JdbcTemplate jdbc, AuditRevisions revisions, Access access) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.access = access;
    }

    /** One new student: who, where, and in which class of the year. */
    public record NewStudent(long schoolUnitId, StudentForm form, SchoolClass schoolClass) {}

    public void insert(List<NewStudent> students) {
        if (students.isEmpty()) {
            return;
        }
        long revision = revisions.current();
        String actor = access.currentUser().map(ScopedUser::username).orElse("system");
        Timestamp now = Timestamp.from(Instant.now());
        Date today = Date.valueOf(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        List<Object[]> rows = new ArrayList<>(BATCH);
        List<Object[]> audits = new ArrayList<>(BATCH);
        List<Object[]> events = new ArrayList<>(BATCH);
        long next = 0;
        long last = -1;
        for (NewStudent s : students) {
            if (next > last) {
                last = jdbc.queryForObject(nextValue(), Long.class);
                next = last - BLOCK + 1;
            }
            long id = next++;
            StudentForm f = s.form().tidy();
            PersonName name = PersonName.of(f.fullName());
            Long classId = s.schoolClass() == null ? null : s.schoolClass().id();
            Object[] values = {
                s.schoolUnitId(),
                f.personalId(),
                name.fullName(),
                Date.valueOf(f.birthDate()),
                f.gender().code(),
                f.ethnicityCode(),
                classId,
                StudentStatus.ENROLLED.name(),
                f.religionCode(),
                f.disabilityCode(),
                f.policyCode(),
                f.residenceCommune(),
                f.address(),
                f.fatherName(),
                f.fatherPhone(),
                f.motherName(),
                f.motherPhone(),
                f.guardianName(),
                f.guardianPhone(),
                f.parentEmail(),
                false
            };
            rows.add(concat(new Object[] {id}, values, new Object[] {name.searchName(), name.sortKey()}));
            audits.add(concat(new Object[] {id, revision}, values, new Object[0]));
            events.add(new Object[] {
                id,
                s.schoolUnitId(),
                s.schoolClass() == null
                        ? LocalDate.now().getYear()
                        : s.schoolClass().startYear(),
                StudentEvent.Kind.ENROLLED.name(),
                today,
                s.schoolClass() == null ? null : s.schoolClass().name(),
                actor,
                now
            });
            if (rows.size() == BATCH) {
                flush(rows, audits, events);
            }
        }
        flush(rows, audits, events);
    }

    private void flush(List<Object[]> rows, List<Object[]> audits, List<Object[]> events) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into registry_student (id, school_unit_id, personal_id, full_name, birth_date, gender, ethnicity_code,
                class_id, status, religion_code, disability_code, policy_code, residence_commune, address, father_name,
                father_phone, mother_name, mother_phone, guardian_name, guardian_phone, parent_email, held_back,
                search_name, sort_key, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows, STUDENT);
        jdbc.batchUpdate("""
                insert into registry_student_aud (id, rev, revtype, school_unit_id, personal_id, full_name, birth_date,
                gender, ethnicity_code, class_id, status, religion_code, disability_code, policy_code, residence_commune,
                address, father_name, father_phone, mother_name, mother_phone, guardian_name, guardian_phone,
                parent_email, held_back)
                values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", audits, AUDIT);
        jdbc.batchUpdate("""
                insert into registry_student_event (student_id, school_unit_id, start_year, kind, happened_on, class_name,
                actor, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", events, EVENT);
        rows.clear();
        audits.clear();
        events.clear();
    }

    private volatile String nextValue;

    private String nextValue() {
        if (nextValue == null) {
            String product =
                    jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            nextValue = "PostgreSQL".equals(product)
                    ? "select nextval('registry_student_seq')"
                    : "select next value for registry_student_seq";
        }
        return nextValue;
    }

    private static final int V = Types.VARCHAR;

    /** The student's own columns, from school to held_back: typed, so that nulls bind on every database. */
    private static final int[] VALUES = {
        Types.BIGINT, V, V, Types.DATE, V, V, Types.BIGINT, V, V, V, V, V, V, V, V, V, V, V, V, V, Types.BOOLEAN
    };

    private static final int[] STUDENT = types(new int[] {Types.BIGINT}, VALUES, new int[] {V, V});

    private static final int[] AUDIT = types(new int[] {Types.BIGINT, Types.BIGINT}, VALUES, new int[0]);

    private static final int[] EVENT = {Types.BIGINT, Types.BIGINT, Types.INTEGER, V, Types.DATE, V, V, Types.TIMESTAMP
    };

    private static int[] types(int[] a, int[] b, int[] c) {
        int[] all = new int[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
    }

    private static Object[] concat(Object[] a, Object[] b, Object[] c) {
        Object[] all = new Object[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
    }
}
