package vn.eduvn.assessment.attendance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AbsenceRepository extends JpaRepository<Absence, Long> {

    List<Absence> findByClassId(long classId);

    List<Absence> findByClassIdAndAbsentOn(long classId, LocalDate day);
}
