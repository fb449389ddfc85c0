package vn.eduvn.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
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
    Object domain(DomainException e, HttpServletRequest request, HttpServletResponse response) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(e.status().value(), detail(e.messageKey(), e.args()), response);
        }
        ProblemDetail problem = problem(e.status(), e.messageKey(), e.args());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        if (e instanceof InvalidFields invalid) {
            Locale locale = LocaleContextHolder.getLocale();
            problem.setProperty(
                    "errors",
                    invalid.problems().stream()
                            .map(p -> Map.of(
                                    "field",
                                    p.field(),
                                    "message",
                                    messages.getMessage(p.key(), p.args(), p.key(), locale)))
                            .toList());
        }
        return problem;
    }

    @ExceptionHandler(RetryLater.class)
    Object retryLater(RetryLater e, HttpServletRequest request, HttpServletResponse response) {
        if (ErrorPages.wantsPage(request)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
            return ErrorPages.page(e.status().value(), detail(e.messageKey(), e.args()), response);
        }
        ProblemDetail problem = problem(e.status(), e.messageKey(), e.args());
        problem.setProperty("retryAfter", e.retryAfterSeconds());
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(403, null, response);
        }
        return problem(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    /** An upload endpoint called without a file (a form that is not multipart). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    Object notAnUpload(HttpServletRequest request, HttpServletResponse response) {
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(400, detail("error.upload.missing"), response);
        }
        return problem(HttpStatus.BAD_REQUEST, "error.upload.missing");
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected error in API call", e);
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(500, null, response);
        }
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A body that is not the JSON expected: the field it went wrong at is named, and a wrong date is told as such. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        tools.jackson.core.JacksonException json = cause(ex, tools.jackson.core.JacksonException.class);
        String field = json == null ? null : path(json);
        if (field == null || field.isEmpty()) {
            return super.handleHttpMessageNotReadable(ex, headers, status, request);
        }
        DateInput.NotADate date = DateInput.NotADate.in(ex);
        ProblemDetail problem = date != null
                ? problem(HttpStatus.BAD_REQUEST, date.messageKey(), date.typed())
                : problem(HttpStatus.BAD_REQUEST, "error.field.wrongType", field);
        problem.setProperty("field", field);
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A query parameter or path variable of the wrong type: named, and a wrong date told as such. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        DateInput.NotADate date = DateInput.NotADate.in(ex);
        String name =
                ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        if (date == null || name == null) {
            return super.handleTypeMismatch(ex, headers, status, request);
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, date.messageKey(), date.typed());
        problem.setProperty("field", name);
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String path(tools.jackson.core.JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference step : json.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * Spring's own problems get their title in the caller's language too; on a page route (a download from a
     * page) the container's error page is shown instead, in the user's language.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest servlet
                && ErrorPages.wantsPage(servlet.getRequest())
                && servlet.getResponse() != null) {
            try {
                servlet.getResponse().sendError(statusCode.value());
                return null;
            } catch (java.io.IOException | IllegalStateException committed) {
                log.debug("Could not send the error page of {}", statusCode, committed);
            }
        }
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(title(statusCode));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private String detail(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private ProblemDetail problem(HttpStatusCode status, String key, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(key, args));
        problem.setTitle(title(status));
        return problem;
    }

    private String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String fallback = known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
        return messages.getMessage("http." + status.value(), null, fallback, LocaleContextHolder.getLocale());
    }
}
