package vn.eduvn.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits token requests per username and per client address in a sliding one-minute window, so that
 * passwords cannot be guessed at machine speed. Kept in memory: each application node limits on its own.
 */
@Component
class TokenRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();

    private final int perUsername;

    private final int perAddress;

    private final Clock clock;

    TokenRateLimiter(@Value("${eduvn.security.token-rate.per-username:10}") int perUsername,
            @Value("${eduvn.security.token-rate.per-address:60}") int perAddress, Clock clock) {
        this.perUsername = perUsername;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** Records a request; false when it goes over either limit. */
    boolean tryAcquire(String username, String address) {
        Instant now = clock.instant();
        boolean userOk = hit("u:" + username, now, perUsername);
        boolean addressOk = hit("a:" + address, now, perAddress);
        return userOk && addressOk;
    }

    private boolean hit(String key, Instant now, int limit) {
        Deque<Instant> window = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(WINDOW))) {
                window.pollFirst();
            }
            if (window.size() >= limit) {
                return false;
            }
            window.addLast(now);
            return true;
        }
    }
}
