package vn.eduvn.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenRateLimiterTest {

    private Instant now = Instant.parse("2026-09-05T01:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void refusesOverTheLimitAndForgivesAfterAMinute() {
        TokenRateLimiter limiter = new TokenRateLimiter(3, 100, clock);
        assertThat(limiter.tryAcquire("lan", "10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("lan", "10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("lan", "10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("lan", "10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("hung", "10.0.0.1")).as("another user").isTrue();
        now = now.plus(Duration.ofSeconds(61));
        assertThat(limiter.tryAcquire("lan", "10.0.0.1")).isTrue();
    }

    @Test
    void limitsOneAddressTryingManyUsernames() {
        TokenRateLimiter limiter = new TokenRateLimiter(10, 2, clock);
        assertThat(limiter.tryAcquire("a", "10.0.0.9")).isTrue();
        assertThat(limiter.tryAcquire("b", "10.0.0.9")).isTrue();
        assertThat(limiter.tryAcquire("c", "10.0.0.9")).isFalse();
        assertThat(limiter.tryAcquire("c", "10.0.0.8")).isTrue();
    }
}
