package vn.eduvn.platform;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (reference data, the demo province) as the user "system", a system administrator over
 * the whole tree, so that it passes the same scope checks and lands in the audit trail under that name.
 */
public final class SystemActor implements ScopedUser {

    public static final String USERNAME = "system";

    private static final SystemActor INSTANCE = new SystemActor();

    private SystemActor() {}

    public static void run(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                INSTANCE, null, List.of(new SimpleGrantedAuthority(Role.SYSTEM_ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public long accountId() {
        return 0;
    }

    @Override
    public String username() {
        return USERNAME;
    }

    @Override
    public String displayName() {
        return USERNAME;
    }

    @Override
    public List<Grant> grants() {
        return List.of(new Grant(Role.SYSTEM_ADMIN, 0, "/", ""));
    }
}
