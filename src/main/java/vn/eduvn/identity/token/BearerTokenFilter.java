package vn.eduvn.identity.token;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * locked or disabled account, gets a 401 problem at once.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;

    private final Accounts accounts;

    private final EduVnUserDetailsService users;

    private final ProblemWriter problems;

    BearerTokenFilter(ApiTokens tokens, Accounts accounts, EduVnUserDetailsService users, ProblemWriter problems) {
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
        EduVnUser user = tokens.accountOf(token)
                .flatMap(accounts::findById)
                .map(account -> users.loadUserByUsername(account.username()))
                .filter(u -> u.isEnabled() && u.isAccountNonLocked())
                .orElse(null);
        if (user == null) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.token.invalid");
            return;
        }
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
