package vn.eduvn.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page of a status, and which requests get one: a browser's navigation outside {@code /api/}, even to
 * a route a REST controller serves (a download from a page), because a person is looking at it. A page's own
 * script calling such a route (the mark grid saving a cell) asks for JSON and keeps getting the problem document.
 */
final class ErrorPages {

    private ErrorPages() {}

    static boolean wantsPage(HttpServletRequest request) {
        if (request == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
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
