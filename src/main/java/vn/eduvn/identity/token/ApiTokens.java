package vn.eduvn.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues bearer tokens and resolves them back to an account while they are valid. */
@Service
class ApiTokens {

    private final ApiTokenRepository tokens;

    private final Clock clock;

    private final Duration lifetime;

    private final SecureRandom random = new SecureRandom();

    ApiTokens(
            ApiTokenRepository tokens, Clock clock, @Value("${eduvn.security.token-lifetime:PT8H}") Duration lifetime) {
        this.tokens = tokens;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Transactional
    IssuedToken issue(long accountId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken saved = tokens.save(new ApiToken(accountId, hash(token), now, now.plus(lifetime)));
        return new IssuedToken(token, saved.expiresAt());
    }

    /** The account of a token that exists and has not expired. */
    @Transactional(readOnly = true)
    Optional<Long> accountOf(String token) {
        return validToken(token).map(ApiToken::accountId);
    }

    /** A token that exists and has not expired. */
    @Transactional(readOnly = true)
    Optional<ApiToken> validToken(String token) {
        return tokens.findByTokenHash(hash(token)).filter(t -> t.isValidAt(clock.instant()));
    }

    Instant now() {
        return clock.instant();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record IssuedToken(String token, Instant expiresAt) {}
}
