package vn.eduvn.registry.student;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code registry_student_tally}: each school's enrolled students of its latest year counted by grade,
 * gender, ethnic group and disability. A change to a school's students marks the school; the school's tally is
 * recounted once, just before the transaction commits (an import of a whole school recounts it once, from
 * its own few thousand rows), so the Department's live counts read a small table that is never stale.
 */
@Component
public class StudentTally {

    private static final String TOUCHED = StudentTally.class.getName() + ".touched";

    private final JdbcClient jdbc;

    private final EntityManager entityManager;

    StudentTally(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** Marks a school whose students changed in the current transaction (recounted at once without one). */
    @SuppressWarnings("unchecked")
    public void touch(long schoolUnitId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            recount(schoolUnitId);
            return;
        }
        Set<Long> touched = (Set<Long>) TransactionSynchronizationManager.getResource(TOUCHED);
        if (touched == null) {
            Set<Long> schools = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(TOUCHED, schools);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public void beforeCommit(boolean readOnly) {
                    // The students' own changes reach the database first, then the schools are recounted.
                    entityManager.flush();
                    schools.forEach(StudentTally.this::recount);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TOUCHED);
                }
            });
            touched = schools;
        }
        touched.add(schoolUnitId);
    }

    /** Counts one school's students again from its records. */
    public void recount(long schoolUnitId) {
        jdbc.sql("delete from registry_student_tally where school_unit_id = ?")
                .param(schoolUnitId)
                .update();
        jdbc.sql("""
                insert into registry_student_tally (school_unit_id, grade, gender, ethnicity_code, disability_code, students)
                select s.school_unit_id, c.grade, s.gender, s.ethnicity_code, coalesce(s.disability_code, ''), count(*)
                from registry_student s join registry_class c on c.id = s.class_id
                where s.school_unit_id = ? and s.status = 'ENROLLED'
                and c.start_year = (select max(c2.start_year) from registry_class c2 where c2.school_unit_id = ?)
                group by s.school_unit_id, c.grade, s.gender, s.ethnicity_code, coalesce(s.disability_code, '')""").params(schoolUnitId, schoolUnitId).update();
    }
}
