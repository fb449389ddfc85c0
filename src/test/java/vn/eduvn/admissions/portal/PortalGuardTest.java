package vn.eduvn.admissions.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.eduvn.platform.RetryLater;

/**
 * When more parents submit at once than the portal takes, the extra ones wait briefly and are then told to retry in
 * a few seconds — before anything of theirs is saved — instead of queueing without end.
 */
class PortalGuardTest {

    @Test
    void aSubmissionBeyondTheCapIsToldToRetryAndNothingOfItRuns() throws Exception {
        PortalGuard guard = new PortalGuard(Clock.systemUTC(), 1000, 10, 1);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> guard.submission("10.0.0.1", () -> {
            inside.countDown();
            await(release);
            return "L6-AAAA-AAAA";
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        boolean[] ran = new boolean[1];
        assertThatThrownBy(() -> guard.submission("10.0.0.2", () -> ran[0] = true))
                .isInstanceOfSatisfying(RetryLater.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.retryAfterSeconds()).isPositive();
                });
        assertThat(ran[0]).isFalse();
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("L6-AAAA-AAAA");
        assertThat(guard.submission("10.0.0.2", () -> "next"))
                .as("a slot frees once the first is saved")
                .isEqualTo("next");
    }

    @Test
    void oneAddressMayNotSubmitMoreThanItsLimitPerMinute() {
        PortalGuard guard = new PortalGuard(Clock.systemUTC(), 3, 10, 10);
        for (int i = 0; i < 3; i++) {
            guard.submission("10.0.0.3", () -> "ok");
        }
        assertThatThrownBy(() -> guard.submission("10.0.0.3", () -> "too many"))
                .isInstanceOfSatisfying(
                        RetryLater.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
        assertThat(guard.submission("10.0.0.4", () -> "another parent")).isEqualTo("another parent");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
