package vn.eduvn.registry.student;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuardianLinkRepository extends JpaRepository<GuardianLink, Long> {

    List<GuardianLink> findByAccountUsername(String accountUsername);

    List<GuardianLink> findByStudentId(long studentId);

    Optional<GuardianLink> findByStudentIdAndAccountUsername(long studentId, String accountUsername);
}
