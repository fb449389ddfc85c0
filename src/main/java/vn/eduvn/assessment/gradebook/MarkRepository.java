package vn.eduvn.assessment.gradebook;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MarkRepository extends JpaRepository<Mark, Long> {

    List<Mark> findByGradebookId(long gradebookId);

    List<Mark> findByGradebookIdAndStudentId(long gradebookId, long studentId);

    @org.springframework.data.jpa.repository.Query("""
            select m from Mark m where m.gradebookId in
            (select g.id from Gradebook g where g.schoolUnitId = :school and g.term = :term)""")
    List<Mark> findOfSchoolTerm(
            @org.springframework.data.repository.query.Param("school") long schoolUnitId,
            @org.springframework.data.repository.query.Param("term") int term);

    Optional<Mark> findByGradebookIdAndStudentIdAndColumnKey(long gradebookId, long studentId, String columnKey);
}
