package vn.eduvn.identity.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.identity.account.Accounts;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Grant;

/**
 * Builds the signed-in user from the account and its grants, resolving each grant's unit path; grants at
 * closed units no longer count.
 */
@Service
public class EduVnUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    private final Units units;

    EduVnUserDetailsService(Accounts accounts, Units units) {
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public EduVnUser loadUserByUsername(String username) {
        var account = accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        List<Grant> grants = new ArrayList<>();
        for (var assignment : accounts.assignmentsOf(account.id())) {
            units.find(assignment.unitId())
                    .filter(u -> u.open())
                    .ifPresent(u -> grants.add(new Grant(assignment.role(), u.id(), u.path(), u.name())));
        }
        return new EduVnUser(
                account.id(),
                account.username(),
                account.displayName(),
                account.passwordHash(),
                account.enabled(),
                account.lockedUntil(),
                grants);
    }
}
