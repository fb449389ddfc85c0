package vn.eduvn.registry.school;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

    List<SchoolClass> findBySchoolUnitIdAndStartYearOrderByGradeAscNameAsc(long schoolUnitId, int startYear);

    Optional<SchoolClass> findBySchoolUnitIdAndStartYearAndName(long schoolUnitId, int startYear, String name);
}
