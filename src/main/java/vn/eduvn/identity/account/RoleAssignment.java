package vn.eduvn.identity.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.eduvn.platform.Role;

/** A role granted to an account at a unit. */
@Entity
@Audited
@Table(name = "identity_role_grant")
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private long unitId;

    protected RoleAssignment() {}

    RoleAssignment(long accountId, Role role, long unitId) {
        this.accountId = accountId;
        this.role = role;
        this.unitId = unitId;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public Role role() {
        return role;
    }

    public long unitId() {
        return unitId;
    }
}
