package vn.eduvn.identity.me;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.identity.account.Accounts;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.Role;
import vn.eduvn.platform.ScopedUser;

/** Who the caller is and which roles they hold where. */
@RestController
class MeRestController {

    private final Access access;

    private final Accounts accounts;

    MeRestController(Access access, Accounts accounts) {
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        ScopedUser user = access.requireUser();
        String email = accounts.findById(user.accountId()).map(a -> a.email()).orElse(null);
        return new Me(
                user.accountId(),
                user.username(),
                user.displayName(),
                email,
                user.grants().stream()
                        .map(g -> new GrantJson(g.role(), g.unitId(), g.unitName()))
                        .toList());
    }

    record Me(long id, String username, String displayName, String email, List<GrantJson> grants) {}

    record GrantJson(Role role, long unitId, String unitName) {}
}
