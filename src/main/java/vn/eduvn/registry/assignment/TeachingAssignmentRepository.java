package vn.eduvn.registry.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeachingAssignmentRepository extends JpaRepository<TeachingAssignment, Long> {

    List<TeachingAssignment> findByClassIdIn(Collection<Long> classIds);

    Optional<TeachingAssignment> findByClassIdAndSubjectCode(long classId, String subjectCode);
}
