package vn.eduvn.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A file over the upload limit, or a file upload that is no upload at all, is refused before any controller runs;
 * say so in the user's language (on a page, with the page of its status).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadLimitAdvice {

    private final MessageSource messages;

    UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("error.upload.tooLarge", null, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("http.413", null, LocaleContextHolder.getLocale()));
        return problem;
    }

    @ExceptionHandler(MultipartException.class)
    Object notAnUpload(HttpServletRequest request, HttpServletResponse response) {
        String detail = messages.getMessage("error.upload.missing", null, LocaleContextHolder.getLocale());
        if (ErrorPages.wantsPage(request)) {
            return ErrorPages.page(400, detail, response);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("http.400", null, LocaleContextHolder.getLocale()));
        return problem;
    }
}
