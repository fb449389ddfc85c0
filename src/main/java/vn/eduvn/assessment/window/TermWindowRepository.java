package vn.eduvn.assessment.window;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TermWindowRepository extends JpaRepository<TermWindow, Long> {

    Optional<TermWindow> findBySchoolUnitIdAndStartYearAndTerm(long schoolUnitId, int startYear, int term);

    List<TermWindow> findBySchoolUnitIdAndStartYearOrderByTerm(long schoolUnitId, int startYear);
}
