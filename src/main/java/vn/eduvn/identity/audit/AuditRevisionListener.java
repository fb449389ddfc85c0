package vn.eduvn.identity.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.platform.UnitRef;
import vn.eduvn.platform.audit.AuditUnit;

/** Stamps each revision with the signed-in user and the unit the request acts at. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor =
                auth == null ? null : auth.getPrincipal() instanceof ScopedUser user ? user.username() : auth.getName();
        UnitRef unit = AuditUnit.get();
        ((AuditRevision) revisionEntity)
                .attribute(actor, unit == null ? null : unit.id(), unit == null ? null : unit.path());
    }
}
