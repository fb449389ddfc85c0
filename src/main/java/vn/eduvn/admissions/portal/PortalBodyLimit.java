package vn.eduvn.admissions.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The public admission API takes no sign-in, so it refuses a body larger than an application could be (64 KB, or
 * 6 MB for an upload of evidence) before anything reads it: nobody can tie up the portal on opening day by sending
 * megabytes.
 */
@Component
class PortalBodyLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 64 * 1024;

    /** An upload of evidence of residence: the file (at most 5 MB) and its multipart envelope. */
    static final long MAX_EVIDENCE_BYTES = 6 * 1024 * 1024;

    private final MessageSource messages;

    private final LocaleResolver locales;

    PortalBodyLimit(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/v1/public/admissions/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        long max = request.getRequestURI().endsWith("/evidence") ? MAX_EVIDENCE_BYTES : MAX_BYTES;
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (length > max || chunked) {
            String detail = messages.getMessage(
                    "admission.portal.tooLarge", new Object[] {max / 1024}, locales.resolveLocale(request));
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"status\":413,\"title\":\"Content Too Large\",\"detail\":\"" + detail.replace("\"", "'")
                            + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
