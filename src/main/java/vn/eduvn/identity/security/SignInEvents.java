package vn.eduvn.identity.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import vn.eduvn.identity.account.Accounts;

/** Turns Spring Security's sign-in events into failure counts, lockouts and security-log lines. */
@Component
class SignInEvents {

    private final Accounts accounts;

    SignInEvents(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.signInFailed(event.getAuthentication().getName(), "bad credentials");
    }

    @EventListener
    void refusedLocked(AuthenticationFailureLockedEvent event) {
        accounts.signInRefusedLocked(event.getAuthentication().getName());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        accounts.signedOut(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        // The address has its own column; the web details would also carry the session id, a secret no page may show.
        accounts.signedIn(event.getAuthentication().getName(), null);
    }
}
