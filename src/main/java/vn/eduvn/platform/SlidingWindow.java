package vn.eduvn.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts hits per key (a username, a client address) in a sliding window and says when a key has had its limit,
 * so that passwords, receipts or submissions cannot be tried at machine speed. Kept in memory: each application
 * node limits on its own; keys whose window has emptied are dropped now and then, so the map does not grow for ever.
 */
public final class SlidingWindow {

    private static final int SWEEP_EVERY = 10_000;

    private final Duration window;

    private final Clock clock;

    private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();

    public SlidingWindow(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** Records a hit for the key; false (and not recorded) when the key already had {@code limit} in the window. */
    public boolean tryHit(String key, int limit) {
        Instant now = clock.instant();
        if (hits.size() > SWEEP_EVERY) {
            hits.entrySet().removeIf(e -> expired(e.getValue(), now));
        }
        Deque<Instant> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            drop(times, now);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Whether the key has had its limit in the window, without recording a hit. */
    public boolean exhausted(String key, int limit) {
        Deque<Instant> times = hits.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            drop(times, clock.instant());
            return times.size() >= limit;
        }
    }

    /** Seconds until the key's oldest hit leaves the window, for a Retry-After header. */
    public long secondsUntilFree(String key) {
        Deque<Instant> times = hits.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            return times.isEmpty()
                    ? 0
                    : Math.max(
                            1,
                            Duration.between(clock.instant(), times.peekFirst().plus(window))
                                            .toSeconds()
                                    + 1);
        }
    }

    private void drop(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
    }

    private boolean expired(Deque<Instant> times, Instant now) {
        synchronized (times) {
            drop(times, now);
            return times.isEmpty();
        }
    }
}
