package vn.eduvn.org.schoolyear;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolYearRepository extends JpaRepository<SchoolYear, Long> {

    List<SchoolYear> findByUnitIdIn(Collection<Long> unitIds);

    Optional<SchoolYear> findByUnitIdAndStartYear(long unitId, int startYear);
}
