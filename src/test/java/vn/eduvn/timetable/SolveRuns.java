package vn.eduvn.timetable;

import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** Waiting for a background solve, as the page does: read the run again until it says what the test waits for. */
final class SolveRuns {

    private static final List<String> GOING = List.of("QUEUED", "RUNNING", "STOPPING");

    private SolveRuns() {}

    /** The run's JSON once it has ended (done, stopped or failed), within two minutes. */
    static String ended(Callable<String> read) {
        return until(read, body -> !GOING.contains(status(body)));
    }

    /** The run's JSON once its status is one of these. */
    static String inState(Callable<String> read, List<String> states) {
        return until(read, body -> states.contains(status(body)));
    }

    /** The run's JSON once it is solving and has found a first timetable. */
    static String improving(Callable<String> read) {
        return until(
                read,
                body -> "RUNNING".equals(status(body))
                        && !JsonPath.<List<Object>>read(body, "$.progress").isEmpty());
    }

    private static String until(Callable<String> read, Predicate<String> done) {
        AtomicReference<String> last = new AtomicReference<>();
        await("the solve")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    last.set(read.call());
                    return done.test(last.get());
                });
        return last.get();
    }

    private static String status(String body) {
        return JsonPath.read(body, "$.status");
    }
}
