package vn.eduvn.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.identity.account.AccountService;
import vn.eduvn.identity.account.Accounts;
import vn.eduvn.platform.Role;

/** Accounts as other modules (the demo province, later the registry for staff) create and read them. */
@Service
public class IdentityApi {

    private final AccountService service;

    private final Accounts accounts;

    private final vn.eduvn.identity.account.ParentSignIns parents;

    IdentityApi(AccountService service, Accounts accounts, vn.eduvn.identity.account.ParentSignIns parents) {
        this.service = service;
        this.accounts = accounts;
        this.parents = parents;
    }

    /**
     * Opens a parent's account at a school (the school's clerk, principal or an administrator): a parent's role and
     * a one-time password when it is new; an existing parent account only gains the school.
     */
    public ParentSignIn openParentAccount(long schoolUnitId, String username, String displayName, String email) {
        return parents.open(schoolUnitId, username, displayName, email);
    }

    /** A new one-time password for a parent of the school; never for an account that holds another role. */
    public ParentSignIn resetParentPassword(long schoolUnitId, String username) {
        return parents.reset(schoolUnitId, username);
    }

    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    /** Creates an account with a role at its home unit; needs a system administrator reaching the unit. */
    @Transactional
    public long createAccount(
            String username, String displayName, String email, long homeUnitId, String password, Role role) {
        return service.create(username, displayName, email, homeUnitId, password, role)
                .id();
    }

    @Transactional
    public void grant(long accountId, Role role, long unitId) {
        service.grant(accountId, role, unitId);
    }
}
