package vn.eduvn.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page of a status, and which requests get one: every request outside {@code /api/}, even one a
 * REST controller serves on a page route (a download from a page), because a person is looking at it.
 */
final class ErrorPages {

    private ErrorPages() {
    }

    static boolean wantsPage(HttpServletRequest request) {
        return request != null && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static ModelAndView page(int status, String message, HttpServletResponse response) {
        String view = switch (status) {
            case 403, 404 -> "error/" + status;
            case 500 -> "error/500";
            default -> status >= 500 ? "error/500" : "error/400";
        };
        response.setStatus(status);
        ModelAndView mav = new ModelAndView(view);
        mav.addObject("message", message);
        mav.setStatus(HttpStatus.valueOf(status));
        return mav;
    }
}
