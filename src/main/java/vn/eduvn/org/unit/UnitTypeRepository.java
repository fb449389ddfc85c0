package vn.eduvn.org.unit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitTypeRepository extends JpaRepository<UnitType, String> {

    List<UnitType> findAllByOrderBySortOrder();
}
