package vn.eduvn.registry.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StaffRepository extends JpaRepository<Staff, Long> {

    Optional<Staff> findByPersonalId(String personalId);

    List<Staff> findByAccountUsername(String accountUsername);

    @Query("""
            select s from Staff s where s.schoolUnitId = :school
            and (:q = '' or s.searchName like concat('%', :q, '%') or s.personalId like concat(:q, '%'))
            order by s.sortKey, s.id""")
    List<Staff> search(@Param("school") long schoolUnitId, @Param("q") String q);
}
