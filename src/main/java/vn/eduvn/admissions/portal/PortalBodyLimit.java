package vn.eduvn.admissions.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The public admission API takes no sign-in, so it refuses a body larger than an application could be (64 KB) before
 * anything reads it: nobody can tie up the portal on opening day by sending megabytes of JSON.
 */
@Component
class PortalBodyLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 64 * 1024;

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
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (length > MAX_BYTES || chunked) {
            String detail = messages.getMessage("admission.portal.tooLarge", new Object[] { MAX_BYTES / 1024 },
                    locales.resolveLocale(request));
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":413,\"title\":\"Content Too Large\",\"detail\":\""
                    + detail.replace("\"", "'") + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
