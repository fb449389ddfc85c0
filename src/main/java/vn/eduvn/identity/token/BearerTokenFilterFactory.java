package vn.eduvn.identity.token;

import org.springframework.stereotype.Component;
import vn.eduvn.identity.account.Accounts;
import vn.eduvn.identity.security.EduVnUserDetailsService;
import vn.eduvn.identity.security.ProblemWriter;

/**
 * Builds the bearer-token filter for the API's filter chain only; as a bean of its own the filter would also
 * be registered for every request by Spring Boot.
 */
@Component
public class BearerTokenFilterFactory {

    private final ApiTokens tokens;

    private final Accounts accounts;

    private final EduVnUserDetailsService users;

    private final ProblemWriter problems;

    private final java.time.Duration remembered;

    BearerTokenFilterFactory(
            ApiTokens tokens,
            Accounts accounts,
            EduVnUserDetailsService users,
            ProblemWriter problems,
            @org.springframework.beans.factory.annotation.Value("${eduvn.security.token-cache-seconds:10}")
                    long rememberSeconds) {
        this.remembered = java.time.Duration.ofSeconds(Math.max(0, rememberSeconds));
        this.tokens = tokens;
        this.accounts = accounts;
        this.users = users;
        this.problems = problems;
    }

    public BearerTokenFilter create() {
        return new BearerTokenFilter(tokens, accounts, users, problems, remembered);
    }
}
