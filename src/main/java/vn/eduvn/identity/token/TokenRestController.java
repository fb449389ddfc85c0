package vn.eduvn.identity.token;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.identity.audit.SecurityEventLog;
import vn.eduvn.identity.audit.SecurityEventType;
import vn.eduvn.identity.security.EduVnUser;
import vn.eduvn.platform.DomainException;

/** Machine clients exchange a username and password for a bearer token. */
@RestController
class TokenRestController {

    private final AuthenticationManager authentication;

    private final ApiTokens tokens;

    private final TokenRateLimiter limiter;

    private final SecurityEventLog events;

    TokenRestController(
            AuthenticationManager authentication, ApiTokens tokens, TokenRateLimiter limiter, SecurityEventLog events) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.limiter = limiter;
        this.events = events;
    }

    @PostMapping("/api/v1/auth/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse issue(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        String username = body.username().trim().toLowerCase(java.util.Locale.ROOT);
        if (!limiter.tryAcquire(username, request.getRemoteAddr())) {
            events.record(SecurityEventType.TOKEN_REFUSED, username, null, "rate limit");
            throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "error.token.rateLimited", null);
        }
        Authentication result;
        try {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, body.password());
            attempt.setDetails("api token request from " + request.getRemoteAddr());
            result = authentication.authenticate(attempt);
        } catch (LockedException e) {
            throw new DomainException(HttpStatus.UNAUTHORIZED, "error.login.locked", null);
        } catch (DisabledException e) {
            throw new DomainException(HttpStatus.UNAUTHORIZED, "error.login.disabled", null);
        } catch (BadCredentialsException e) {
            throw new DomainException(HttpStatus.UNAUTHORIZED, "error.login.badCredentials", null);
        }
        EduVnUser user = (EduVnUser) result.getPrincipal();
        ApiTokens.IssuedToken token = tokens.issue(user.accountId());
        events.record(SecurityEventType.TOKEN_ISSUED, username, null, "expires " + token.expiresAt());
        return new TokenResponse(token.token(), token.expiresAt());
    }

    record TokenRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 60)
            String username,

            @NotBlank(message = "{validation.required}") @Size(max = 128)
            String password) {}

    record TokenResponse(String token, Instant expiresAt) {}
}
