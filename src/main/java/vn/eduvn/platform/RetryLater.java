package vn.eduvn.platform;

import org.springframework.http.HttpStatus;

/**
 * A refusal that is not the user's fault and passes: too many requests from one address (429) or a busy server
 * (503). It says when to try again, so a page can count down and a script can honour {@code Retry-After}.
 */
public class RetryLater extends DomainException {

    private final long retryAfterSeconds;

    public RetryLater(HttpStatus status, String messageKey, long retryAfterSeconds) {
        super(status, messageKey, null, retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
