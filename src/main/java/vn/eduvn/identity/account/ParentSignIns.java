package vn.eduvn.identity.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.identity.ParentSignIn;
import vn.eduvn.identity.audit.SecurityEventLog;
import vn.eduvn.identity.audit.SecurityEventType;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.Role;

/**
 * Parents' accounts as a school's clerk keeps them: created in bulk, each with a parent's role at the school and a
 * one-time password for the family's sign-in letter, and given a new password when a parent forgets theirs. A clerk
 * never touches an account that holds any other role, so no staff password can be reset this way.
 */
@Service
@Transactional
public class ParentSignIns {

    /** Who may open and reset parents' accounts of a school. */
    private static final Role[] KEEPERS = {Role.SYSTEM_ADMIN, Role.PRINCIPAL, Role.CLERK};

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final AccountRepository accounts;

    private final RoleAssignmentRepository assignments;

    private final Units units;

    private final Access access;

    private final SecurityEventLog events;

    private final Clock clock;

    private final SecureRandom random = new SecureRandom();

    /**
     * One-time passwords are hashed with fewer BCrypt rounds than chosen passwords (2^6 against 2^10): a school opens
     * thousands at once, and ten random characters of a 31-letter alphabet (about 49 bits) stand without the extra
     * rounds. The delegating encoder still verifies them; the parent's own password gets the full cost.
     */
    private static final org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder ONE_TIME =
            new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(6);

    ParentSignIns(
            AccountRepository accounts,
            RoleAssignmentRepository assignments,
            Units units,
            Access access,
            SecurityEventLog events,
            Clock clock) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.units = units;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The parent's account of that username, opened with a parent's role at the school and a one-time password when
     * it does not exist yet; an existing parent account is left as it is (its password unknown to the school).
     */
    public ParentSignIn open(long schoolUnitId, String username, String displayName, String email) {
        UnitView school = school(schoolUnitId);
        String name = username.trim().toLowerCase(Locale.ROOT);
        Optional<Account> existing = accounts.findByUsername(name);
        if (existing.isPresent()) {
            if (!isParentOnly(existing.get())) {
                return new ParentSignIn(name, null, false, true);
            }
            if (!assignments.existsByAccountIdAndRoleAndUnitId(existing.get().id(), Role.PARENT, school.id())) {
                assignments.save(new RoleAssignment(existing.get().id(), Role.PARENT, school.id()));
                events.record(SecurityEventType.ROLE_GRANTED, name, school.ref(), Role.PARENT + " @ " + school.name());
            }
            return new ParentSignIn(name, null, false, false);
        }
        String password = oneTimePassword();
        Account account = accounts.save(new Account(
                name,
                displayName == null || displayName.isBlank() ? name : displayName.trim(),
                email == null || email.isBlank() ? null : email.trim(),
                "{bcrypt}" + ONE_TIME.encode(password),
                school.id()));
        assignments.save(new RoleAssignment(account.id(), Role.PARENT, school.id()));
        events.record(SecurityEventType.ACCOUNT_CREATED, name, school.ref(), null);
        events.record(SecurityEventType.ROLE_GRANTED, name, school.ref(), Role.PARENT + " @ " + school.name());
        return new ParentSignIn(name, password, true, false);
    }

    /** A new one-time password for a parent of the school who forgot theirs; lifts any lockout. */
    public ParentSignIn reset(long schoolUnitId, String username) {
        UnitView school = school(schoolUnitId);
        Account account = accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .filter(a -> assignments.existsByAccountIdAndRoleAndUnitId(a.id(), Role.PARENT, school.id()))
                .orElseThrow(() -> DomainException.notFound("error.account.notFound"));
        if (!isParentOnly(account)) {
            throw DomainException.conflict("username", "parents.error.notAParent", account.username());
        }
        String password = oneTimePassword();
        account.changePassword("{bcrypt}" + ONE_TIME.encode(password), clock.instant());
        events.record(SecurityEventType.PASSWORD_RESET, account.username(), school.ref(), null);
        return new ParentSignIn(account.username(), password, false, false);
    }

    private UnitView school(long schoolUnitId) {
        UnitView school = units.find(schoolUnitId)
                .orElseThrow(() -> DomainException.notFound("error.unit.notFound", schoolUnitId));
        access.require(school.ref(), KEEPERS);
        return school;
    }

    /** Whether the account holds no role but a parent's: a staff member's account is the administrator's to manage. */
    private boolean isParentOnly(Account account) {
        return assignments.findByAccountIdOrderById(account.id()).stream().allMatch(g -> g.role() == Role.PARENT);
    }

    /** Ten characters a parent can read off a letter and type on a phone: no 0/o, 1/l/i; a letter first and a digit. */
    private String oneTimePassword() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 10) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        sb.setCharAt(0, ALPHABET.charAt(random.nextInt(23)));
        sb.setCharAt(1 + random.nextInt(9), (char) ('2' + random.nextInt(8)));
        return sb.toString();
    }
}
