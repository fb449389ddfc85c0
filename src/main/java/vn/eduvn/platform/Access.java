package vn.eduvn.platform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.audit.AuditUnit;

/**
 * The one place where a module asks "may the signed-in user do this at that unit?".
 * A unit outside every grant is reported as not found, so its existence does not leak; a unit inside
 * the user's scope but beyond their role is forbidden. A passed check also files later audited changes
 * of the request under that unit.
 */
@Component
public class Access {

    public Optional<ScopedUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ScopedUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public ScopedUser requireUser() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** Grants of the current user that carry one of the roles (any role when none are given). */
    public List<Grant> grants(Role... roles) {
        Set<Role> wanted = roles.length == 0 ? EnumSet.allOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
        return currentUser().map(ScopedUser::grants).orElse(List.of()).stream()
                .filter(g -> wanted.contains(g.role()))
                .toList();
    }

    public boolean reaches(String unitPath, Role... roles) {
        return grants(roles).stream().anyMatch(g -> g.reaches(unitPath));
    }

    /**
     * Refuses unless one of the roles reaches the unit; on success later audited changes in this request
     * are filed under the unit.
     */
    public void require(UnitRef unit, Role... roles) {
        if (!reaches(unit.path())) {
            throw DomainException.notFound("error.unit.notFound", unit.id());
        }
        if (!reaches(unit.path(), roles)) {
            throw new AccessDeniedException("role does not reach unit " + unit.id());
        }
        AuditUnit.set(unit);
    }

    /** The user may see the unit at all (any role). */
    public void requireVisible(UnitRef unit) {
        require(unit);
    }
}
