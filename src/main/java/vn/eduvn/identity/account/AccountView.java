package vn.eduvn.identity.account;

import java.util.List;
import vn.eduvn.platform.Role;

/** An account as the administration pages show it. */
public record AccountView(
        long id,
        String username,
        String displayName,
        String email,
        long homeUnitId,
        String homeUnitName,
        boolean enabled,
        boolean locked,
        List<GrantView> grants) {

    /** One role grant of the account. */
    public record GrantView(long id, Role role, long unitId, String unitName) {}
}
