package vn.eduvn.identity.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.identity.audit.SecurityEventLog;
import vn.eduvn.identity.audit.SecurityEventType;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.Grant;
import vn.eduvn.platform.Role;

/**
 * Account administration. A system administrator manages the accounts whose home unit their grant reaches,
 * and grants roles only at units it reaches.
 */
@Service
@Transactional
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private static final String TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;

    private final RoleAssignmentRepository assignments;

    private final PasswordEncoder encoder;

    private final Units units;

    private final Access access;

    private final SecurityEventLog events;

    private final Clock clock;

    private final SecureRandom random = new SecureRandom();

    AccountService(
            AccountRepository accounts,
            RoleAssignmentRepository assignments,
            PasswordEncoder encoder,
            Units units,
            Access access,
            SecurityEventLog events,
            Clock clock) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.encoder = encoder;
        this.units = units;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public AccountView create(
            String username, String displayName, String email, long homeUnitId, String password, Role role) {
        UnitView home = adminUnit(homeUnitId);
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw DomainException.invalid("username", "error.account.usernameFormat");
        }
        if (accounts.existsByUsername(name)) {
            throw DomainException.conflict("username", "error.account.usernameTaken", name);
        }
        PasswordPolicy.check("password", name, password);
        Account account = accounts.save(
                new Account(name, displayName.trim(), blankToNull(email), encoder.encode(password), home.id()));
        events.record(SecurityEventType.ACCOUNT_CREATED, name, home.ref(), null);
        if (role != null) {
            grant(account.id(), role, home.id());
        }
        return view(account);
    }

    @Transactional(readOnly = true)
    public AccountView get(long accountId) {
        return view(manageable(accountId));
    }

    @Transactional(readOnly = true)
    public Page<AccountView> search(String query, Pageable page) {
        String q = query == null ? "" : query.trim();
        List<Grant> adminGrants = access.grants(Role.SYSTEM_ADMIN);
        if (adminGrants.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("not an administrator");
        }
        boolean wholeTree = adminGrants.stream()
                .anyMatch(g -> units.root().map(r -> r.id() == g.unitId()).orElse(false) || "/".equals(g.unitPath()));
        Page<Account> found;
        if (wholeTree) {
            found = accounts.searchAll(q, page);
        } else {
            List<Long> ids = new ArrayList<>();
            adminGrants.forEach(g -> ids.addAll(units.subtreeIds(g.unitPath())));
            found = accounts.search(ids, q, page);
        }
        return new PageImpl<>(found.getContent().stream().map(this::view).toList(), page, found.getTotalElements());
    }

    public AccountView grant(long accountId, Role role, long unitId) {
        Account account = manageable(accountId);
        UnitView unit = adminUnit(unitId);
        if (assignments.existsByAccountIdAndRoleAndUnitId(accountId, role, unitId)) {
            throw DomainException.conflict("role", "error.account.alreadyGranted");
        }
        assignments.save(new RoleAssignment(accountId, role, unitId));
        events.record(SecurityEventType.ROLE_GRANTED, account.username(), unit.ref(), role + " @ " + unit.name());
        return view(account);
    }

    public AccountView revoke(long accountId, long assignmentId) {
        Account account = manageable(accountId);
        RoleAssignment assignment = assignments
                .findById(assignmentId)
                .filter(a -> a.accountId() == accountId)
                .orElseThrow(() -> DomainException.notFound("error.account.grantNotFound"));
        UnitView unit = adminUnit(assignment.unitId());
        assignments.delete(assignment);
        events.record(
                SecurityEventType.ROLE_REVOKED,
                account.username(),
                unit.ref(),
                assignment.role() + " @ " + unit.name());
        return view(account);
    }

    /** Gives the account a new random password, shown once to the administrator, and lifts any lockout. */
    public String resetPassword(long accountId) {
        Account account = manageable(accountId);
        String temporary = temporaryPassword();
        account.changePassword(encoder.encode(temporary), clock.instant());
        events.record(
                SecurityEventType.PASSWORD_RESET,
                account.username(),
                units.find(account.homeUnitId()).map(UnitView::ref).orElse(null),
                null);
        return temporary;
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    public void changeOwnPassword(String current, String newPassword, String confirmation) {
        Account account = accounts.findById(access.requireUser().accountId())
                .orElseThrow(() -> DomainException.notFound("error.account.notFound"));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw DomainException.invalid("currentPassword", "error.password.currentWrong");
        }
        if (!newPassword.equals(confirmation)) {
            throw DomainException.invalid("confirmation", "error.password.mismatch");
        }
        PasswordPolicy.check("newPassword", account.username(), newPassword);
        account.changePassword(encoder.encode(newPassword), clock.instant());
        events.record(
                SecurityEventType.PASSWORD_CHANGED,
                account.username(),
                units.find(account.homeUnitId()).map(UnitView::ref).orElse(null),
                null);
    }

    /** Sets a known password without a scope check: for the demo province and the first administrator. */
    public void setPasswordAtStartup(String username, String password) {
        accounts.findByUsername(username).ifPresent(a -> a.changePassword(encoder.encode(password), clock.instant()));
    }

    private Account manageable(long accountId) {
        Account account =
                accounts.findById(accountId).orElseThrow(() -> DomainException.notFound("error.account.notFound"));
        UnitView home =
                units.find(account.homeUnitId()).orElseThrow(() -> DomainException.notFound("error.account.notFound"));
        if (!access.reaches(home.path())) {
            throw DomainException.notFound("error.account.notFound");
        }
        access.require(home.ref(), Role.SYSTEM_ADMIN);
        return account;
    }

    private UnitView adminUnit(long unitId) {
        UnitView unit = units.find(unitId).orElseThrow(() -> DomainException.notFound("error.unit.notFound", unitId));
        access.require(unit.ref(), Role.SYSTEM_ADMIN);
        if (!unit.open()) {
            throw DomainException.conflict("unitId", "error.unit.closed", unit.name());
        }
        return unit;
    }

    private AccountView view(Account a) {
        String homeName = units.find(a.homeUnitId()).map(UnitView::name).orElse("");
        List<AccountView.GrantView> grants = assignments.findByAccountIdOrderById(a.id()).stream()
                .map(g -> new AccountView.GrantView(
                        g.id(),
                        g.role(),
                        g.unitId(),
                        units.find(g.unitId()).map(UnitView::name).orElse("")))
                .toList();
        return new AccountView(
                a.id(),
                a.username(),
                a.displayName(),
                a.email(),
                a.homeUnitId(),
                homeName,
                a.enabled(),
                a.isLocked(clock.instant()),
                grants);
    }

    private String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 12) {
            sb.append(TEMP_ALPHABET.charAt(random.nextInt(TEMP_ALPHABET.length())));
        }
        // A lower-case letter first and a digit somewhere after it: always twelve characters, always both kinds.
        sb.setCharAt(0, (char) ('a' + random.nextInt(26)));
        sb.setCharAt(1 + random.nextInt(11), (char) ('2' + random.nextInt(8)));
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
