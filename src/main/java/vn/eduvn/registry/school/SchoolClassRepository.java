package vn.eduvn.registry.school;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

    List<SchoolClass> findBySchoolUnitIdAndStartYearOrderByGradeAscNameAsc(long schoolUnitId, int startYear);

    @org.springframework.data.jpa.repository.Query(
            "select max(c.startYear) from SchoolClass c where c.schoolUnitId = :school")
    Integer latestYear(@org.springframework.data.repository.query.Param("school") long schoolUnitId);

    Optional<SchoolClass> findBySchoolUnitIdAndStartYearAndName(long schoolUnitId, int startYear, String name);
}
