package vn.eduvn.assessment.gradebook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MarkRepository extends JpaRepository<Mark, Long> {

    List<Mark> findByGradebookId(long gradebookId);

    Optional<Mark> findByGradebookIdAndStudentIdAndColumnKey(long gradebookId, long studentId, String columnKey);
}
