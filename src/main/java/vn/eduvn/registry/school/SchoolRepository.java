package vn.eduvn.registry.school;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolRepository extends JpaRepository<School, Long> {

    Optional<School> findByUnitId(long unitId);

    List<School> findByUnitIdIn(Collection<Long> unitIds);
}
