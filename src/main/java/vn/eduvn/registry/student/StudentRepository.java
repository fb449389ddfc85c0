package vn.eduvn.registry.student;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StudentRepository extends JpaRepository<Student, Long> {

    Optional<Student> findByPersonalId(String personalId);

    long countByClassId(Long classId);

    List<Student> findByClassIdAndStatus(Long classId, StudentStatus status);

    List<Student> findByPersonalIdIn(Collection<String> personalIds);

    /** Students of a school whose folded name contains the folded query, or whose identifier starts with it. */
    @Query("""
            select s from Student s where s.schoolUnitId = :school
            and (:classId is null or s.classId = :classId)
            and (:q = '' or s.searchName like concat('%', :q, '%') or s.personalId like concat(:q, '%'))
            order by s.sortKey, s.id""")
    Page<Student> search(
            @Param("school") long schoolUnitId, @Param("classId") Long classId, @Param("q") String q, Pageable page);

    @Query("select s from Student s where s.schoolUnitId = :school order by s.sortKey, s.id")
    List<Student> findAllOfSchool(@Param("school") long schoolUnitId);
}
