package vn.eduvn.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.identity.audit.SecurityEventLog;
import vn.eduvn.identity.audit.SecurityEventType;
import vn.eduvn.org.Units;
import vn.eduvn.platform.UnitRef;

/**
 * Account reads and the sign-in bookkeeping (failure counts, lockout) for the security layer, which runs
 * before any user is known and so has no scope to check.
 */
@Component
public class Accounts {

    private final AccountRepository accounts;

    private final RoleAssignmentRepository assignments;

    private final SecurityEventLog events;

    private final Units units;

    private final Clock clock;

    private final LockoutPolicy lockout;

    Accounts(
            AccountRepository accounts,
            RoleAssignmentRepository assignments,
            SecurityEventLog events,
            Units units,
            Clock clock,
            LockoutPolicy lockout) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.events = events;
        this.units = units;
        this.clock = clock;
        this.lockout = lockout;
    }

    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    public Optional<Account> findById(long id) {
        return accounts.findById(id);
    }

    public List<RoleAssignment> assignmentsOf(long accountId) {
        return assignments.findByAccountIdOrderById(accountId);
    }

    /** Counts a failed sign-in and locks the account after too many; both are logged. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInFailed(String username, String reason) {
        Optional<Account> found = accounts.findByUsername(username);
        UnitRef unit =
                found.flatMap(a -> units.find(a.homeUnitId())).map(u -> u.ref()).orElse(null);
        events.record(SecurityEventType.LOGIN_FAILED, username, unit, reason);
        found.ifPresent(account -> {
            if (account.recordFailure(clock.instant(), lockout.maxAttempts(), lockout.lockFor())) {
                events.record(
                        SecurityEventType.ACCOUNT_LOCKED,
                        username,
                        unit,
                        "after " + lockout.maxAttempts() + " failed sign-ins, until " + account.lockedUntil());
            }
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInRefusedLocked(String username) {
        UnitRef unit = accounts.findByUsername(username)
                .flatMap(a -> units.find(a.homeUnitId()))
                .map(u -> u.ref())
                .orElse(null);
        events.record(SecurityEventType.LOGIN_REFUSED_LOCKED, username, unit, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(String username, String how) {
        accounts.findByUsername(username).ifPresent(account -> {
            account.recordSuccess();
            events.record(
                    SecurityEventType.LOGIN_SUCCEEDED,
                    username,
                    units.find(account.homeUnitId()).map(u -> u.ref()).orElse(null),
                    how);
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedOut(String username) {
        events.record(
                SecurityEventType.LOGOUT,
                username,
                accounts.findByUsername(username)
                        .flatMap(a -> units.find(a.homeUnitId()))
                        .map(u -> u.ref())
                        .orElse(null),
                null);
    }

    /** Five failed sign-ins lock an account for fifteen minutes, unless configured otherwise. */
    @ConfigurationProperties("eduvn.security.lockout")
    public record LockoutPolicy(Integer maxAttempts, Duration lockFor) {

        public LockoutPolicy {
            maxAttempts = maxAttempts == null ? 5 : maxAttempts;
            lockFor = lockFor == null ? Duration.ofMinutes(15) : lockFor;
        }
    }
}
