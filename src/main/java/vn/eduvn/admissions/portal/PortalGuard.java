package vn.eduvn.admissions.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.RetryLater;
import vn.eduvn.platform.SlidingWindow;

/**
 * Keeps the public portal up on opening day: a limit of submissions per client address and minute, a limit of
 * failed receipt lookups per address and hour (so receipts cannot be guessed), and a cap on submissions in flight.
 * Past the cap a submission waits briefly, then is refused with a time to retry, before anything is saved: a parent
 * is told to wait, never left with half an application.
 */
@Component
class PortalGuard {

    private final SlidingWindow minute;

    private final SlidingWindow hour;

    private final int submissionsPerMinute;

    private final int lookupFailuresPerHour;

    private final Semaphore inFlight;

    PortalGuard(
            Clock clock,
            @Value("${eduvn.admissions.rate-limit-per-minute:30}") int submissionsPerMinute,
            @Value("${eduvn.admissions.lookup-failures-per-hour:10}") int lookupFailuresPerHour,
            @Value("${eduvn.admissions.max-concurrent-submissions:48}") int maxConcurrent) {
        this.minute = new SlidingWindow(Duration.ofMinutes(1), clock);
        this.hour = new SlidingWindow(Duration.ofHours(1), clock);
        this.submissionsPerMinute = submissionsPerMinute;
        this.lookupFailuresPerHour = lookupFailuresPerHour;
        this.inFlight = new Semaphore(maxConcurrent, true);
    }

    /** Runs a submission from the address within the limits, or refuses it with a time to retry. */
    <T> T submission(String address, Supplier<T> work) {
        if (!minute.tryHit("s:" + address, submissionsPerMinute)) {
            throw new RetryLater(
                    HttpStatus.TOO_MANY_REQUESTS, "admission.portal.tooMany", minute.secondsUntilFree("s:" + address));
        }
        boolean acquired;
        try {
            acquired = inFlight.tryAcquire(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new RetryLater(HttpStatus.SERVICE_UNAVAILABLE, "admission.portal.busy", 10);
        }
        try {
            return work.get();
        } finally {
            inFlight.release();
        }
    }

    /**
     * Finds an application by receipt and date of birth for an address: refused when the address has failed too often
     * in the last hour, counted as a failure and answered "not found" when nothing matches.
     */
    <T> T lookup(String address, Supplier<java.util.Optional<T>> find) {
        beforeLookup(address);
        return find.get().orElseThrow(() -> {
            lookupFailed(address);
            return vn.eduvn.platform.DomainException.notFound("admission.lookup.notFound");
        });
    }

    /** Refuses a lookup from an address that has failed too often in the last hour. */
    void beforeLookup(String address) {
        if (hour.exhausted("l:" + address, lookupFailuresPerHour)) {
            throw new RetryLater(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "admission.portal.tooManyLookups",
                    hour.secondsUntilFree("l:" + address));
        }
    }

    void lookupFailed(String address) {
        hour.tryHit("l:" + address, Integer.MAX_VALUE);
    }
}
