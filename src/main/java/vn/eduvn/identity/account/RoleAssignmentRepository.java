package vn.eduvn.identity.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.eduvn.platform.Role;

interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    List<RoleAssignment> findByAccountIdOrderById(long accountId);

    boolean existsByAccountIdAndRoleAndUnitId(long accountId, Role role, long unitId);
}
