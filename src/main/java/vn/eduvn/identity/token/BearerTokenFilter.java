package vn.eduvn.identity.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.eduvn.identity.account.Accounts;
import vn.eduvn.identity.security.EduVnUser;
import vn.eduvn.identity.security.EduVnUserDetailsService;
import vn.eduvn.identity.security.ProblemWriter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}; an unknown or expired token, or a
 * locked or disabled account, gets a 401 problem at once. A token's user is remembered for a few seconds
 * ({@code eduvn.security.token-cache-seconds}, 0 to turn off) because the gradebook's autosave sends a request
 * per cell: a disabled account or a changed role reaches the API that much later, never after the token expires.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;

    private final Accounts accounts;

    private final EduVnUserDetailsService users;

    private final ProblemWriter problems;

    private final Duration remembered;

    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    private record Remembered(EduVnUser user, Instant until) {}

    BearerTokenFilter(
            ApiTokens tokens,
            Accounts accounts,
            EduVnUserDetailsService users,
            ProblemWriter problems,
            Duration remembered) {
        this.remembered = remembered;
        this.tokens = tokens;
        this.accounts = accounts;
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(PREFIX.length()).trim();
        EduVnUser user = userOf(token);
        if (user == null) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.token.invalid");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private EduVnUser userOf(String token) {
        Instant now = tokens.now();
        String key = ApiTokens.hash(token);
        Remembered hit = recent.get(key);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.user();
        }
        ApiToken valid = tokens.validToken(token).orElse(null);
        EduVnUser user = valid == null
                ? null
                : accounts.findById(valid.accountId())
                        .map(account -> users.loadUserByUsername(account.username()))
                        .filter(u -> u.isEnabled() && u.isAccountNonLocked())
                        .orElse(null);
        if (user == null) {
            recent.remove(key);
            return null;
        }
        user.eraseCredentials();
        if (!remembered.isZero()) {
            if (recent.size() > 10_000) {
                recent.clear();
            }
            Instant until = now.plus(remembered);
            recent.put(key, new Remembered(user, until.isBefore(valid.expiresAt()) ? until : valid.expiresAt()));
        }
        return user;
    }
}
