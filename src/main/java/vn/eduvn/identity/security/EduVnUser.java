package vn.eduvn.identity.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.eduvn.platform.Grant;
import vn.eduvn.platform.ScopedUser;

/** The signed-in user: their account and the roles they hold at which units. */
public final class EduVnUser implements UserDetails, CredentialsContainer, ScopedUser, Serializable {

    private final long accountId;

    private final String username;

    private final String displayName;

    private String passwordHash;

    private final boolean enabled;

    private final Instant lockedUntil;

    private final List<Grant> grants;

    EduVnUser(
            long accountId,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            Instant lockedUntil,
            List<Grant> grants) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.grants = List.copyOf(grants);
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<Grant> grants() {
        return grants;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream()
                .map(g -> new SimpleGrantedAuthority(g.role().authority()))
                .distinct()
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !Instant.now().isBefore(lockedUntil);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
