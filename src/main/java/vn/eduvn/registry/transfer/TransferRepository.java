package vn.eduvn.registry.transfer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TransferRepository extends JpaRepository<Transfer, Long> {

    List<Transfer> findByFromSchoolUnitIdOrderByIdDesc(long schoolUnitId);

    List<Transfer> findByToSchoolUnitIdOrderByIdDesc(long schoolUnitId);

    boolean existsByStudentIdAndStatus(long studentId, Transfer.Status status);
}
