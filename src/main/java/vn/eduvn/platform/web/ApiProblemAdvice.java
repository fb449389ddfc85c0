package vn.eduvn.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.platform.RetryLater;

/**
 * Every error of the JSON API as an RFC 9457 problem whose {@code detail} is in the caller's language
 * (Accept-Language: Vietnamese by default, or English). Spring's own exceptions take their detail from the
 * {@code problemDetail.*} keys of the message bundles.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        ProblemDetail problem = problem(e.status(), e.messageKey(), e.args());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        if (e instanceof InvalidFields invalid) {
            Locale locale = LocaleContextHolder.getLocale();
            problem.setProperty("errors", invalid.problems().stream()
                    .map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.key(), p.args(), p.key(), locale)))
                    .toList());
        }
        return problem;
    }

    @ExceptionHandler(RetryLater.class)
    ResponseEntity<ProblemDetail> retryLater(RetryLater e) {
        ProblemDetail problem = problem(e.status(), e.messageKey(), e.args());
        problem.setProperty("retryAfter", e.retryAfterSeconds());
        return ResponseEntity.status(e.status()).header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Spring's own problems get their title in the caller's language too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(title(statusCode));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatusCode status, String key, Object... args) {
        String detail = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status));
        return problem;
    }

    private String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String fallback = known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
        return messages.getMessage("http." + status.value(), null, fallback, LocaleContextHolder.getLocale());
    }
}
