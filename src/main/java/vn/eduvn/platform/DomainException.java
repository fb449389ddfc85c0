package vn.eduvn.platform;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user must understand: it carries a message key resolved in the user's language,
 * never a technical text.
 */
public class DomainException extends RuntimeException {

    private final HttpStatus status;

    private final String messageKey;

    private final transient Object[] args;

    private final String field;

    public DomainException(HttpStatus status, String messageKey, String field, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.field = field;
        this.args = args;
    }

    public static DomainException notFound(String messageKey, Object... args) {
        return new DomainException(HttpStatus.NOT_FOUND, messageKey, null, args);
    }

    public static DomainException invalid(String field, String messageKey, Object... args) {
        return new DomainException(HttpStatus.BAD_REQUEST, messageKey, field, args);
    }

    public static DomainException conflict(String field, String messageKey, Object... args) {
        return new DomainException(HttpStatus.CONFLICT, messageKey, field, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    /** The form field or JSON property at fault, or null when the whole request is. */
    public String field() {
        return field;
    }
}
