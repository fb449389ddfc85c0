package vn.eduvn.assessment.results;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QualityRepository extends JpaRepository<Quality, Long> {

    List<Quality> findByClassIdAndTerm(long classId, int term);
}
