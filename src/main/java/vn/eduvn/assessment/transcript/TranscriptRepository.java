package vn.eduvn.assessment.transcript;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TranscriptRepository extends JpaRepository<Transcript, Long> {

    List<Transcript> findByClassId(long classId);

    Optional<Transcript> findByClassIdAndStudentId(long classId, long studentId);

    List<Transcript> findByStudentIdOrderByStartYear(long studentId);

    Optional<Transcript> findByCode(String code);
}
