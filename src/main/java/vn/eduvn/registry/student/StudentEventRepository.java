package vn.eduvn.registry.student;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudentEventRepository extends JpaRepository<StudentEvent, Long> {

    List<StudentEvent> findByStudentIdOrderByIdAsc(long studentId);

    boolean existsByStudentIdAndSchoolUnitId(long studentId, long schoolUnitId);

    List<StudentEvent> findTop200BySchoolUnitIdOrderByIdDesc(long schoolUnitId);
}
