package vn.eduvn.assessment.results;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConductRepository extends JpaRepository<Conduct, Long> {

    List<Conduct> findByClassId(long classId);

    Optional<Conduct> findByClassIdAndStudentIdAndTerm(long classId, long studentId, int term);
}
