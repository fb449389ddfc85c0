package vn.eduvn.assessment.results;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface YearCommentRepository extends JpaRepository<YearComment, Long> {

    List<YearComment> findByClassId(long classId);

    Optional<YearComment> findByClassIdAndStudentId(long classId, long studentId);
}
