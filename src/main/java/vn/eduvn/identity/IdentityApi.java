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

    IdentityApi(AccountService service, Accounts accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    /** Creates an account with a role at its home unit; needs a system administrator reaching the unit. */
    @Transactional
    public long createAccount(String username, String displayName, String email, long homeUnitId, String password,
            Role role) {
        return service.create(username, displayName, email, homeUnitId, password, role).id();
    }

    @Transactional
    public void grant(long accountId, Role role, long unitId) {
        service.grant(accountId, role, unitId);
    }
}
