package vn.eduvn.identity.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.platform.UnitRef;

/**
 * Appends security events. Each event commits on its own, so a failed sign-in is logged even though the
 * request that caused it fails.
 */
@Service
public class SecurityEventLog {

    private final SecurityEventRepository events;

    private final Access access;

    private final Clock clock;

    SecurityEventLog(SecurityEventRepository events, Access access, Clock clock) {
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventType type, String username, UnitRef unit, String detail) {
        String actor = access.currentUser().map(ScopedUser::username).orElse(username);
        events.save(new SecurityEvent(
                clock.instant(),
                type,
                truncate(username, 60),
                truncate(actor, 60),
                unit == null ? null : unit.id(),
                unit == null ? null : unit.path(),
                remoteAddr(),
                truncate(detail, 1000)));
    }

    private static String remoteAddr() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
