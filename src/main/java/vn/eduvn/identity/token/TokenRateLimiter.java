package vn.eduvn.identity.token;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.SlidingWindow;

/**
 * Limits token requests per username and per client address in a sliding one-minute window, so that
 * passwords cannot be guessed at machine speed.
 */
@Component
class TokenRateLimiter {

    private final SlidingWindow window;

    private final int perUsername;

    private final int perAddress;

    TokenRateLimiter(
            @Value("${eduvn.security.token-rate.per-username:10}") int perUsername,
            @Value("${eduvn.security.token-rate.per-address:60}") int perAddress,
            Clock clock) {
        this.window = new SlidingWindow(Duration.ofMinutes(1), clock);
        this.perUsername = perUsername;
        this.perAddress = perAddress;
    }

    /** Records a request; false when it goes over either limit. */
    boolean tryAcquire(String username, String address) {
        boolean userOk = window.tryHit("u:" + username, perUsername);
        boolean addressOk = window.tryHit("a:" + address, perAddress);
        return userOk && addressOk;
    }
}
