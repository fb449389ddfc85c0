package vn.eduvn.assessment.gradebook;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GradebookRepository extends JpaRepository<Gradebook, Long> {

    Optional<Gradebook> findByClassIdAndSubjectCodeAndTerm(long classId, String subjectCode, int term);

    java.util.List<Gradebook> findBySchoolUnitIdAndTerm(long schoolUnitId, int term);

    java.util.List<Gradebook> findByClassId(long classId);

    boolean existsByClassIdAndLockedTrue(long classId);
}
