package vn.eduvn.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Which module's guide a page links to, from the page's address. */
@ControllerAdvice(annotations = Controller.class)
class GuideAdvice {

    @ModelAttribute("guide")
    String guide(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.matches("/schools/\\d+/timetable.*|/my/timetable.*")) {
            return "timetable";
        }
        if (path.matches(
                "/(homeroom|gradebook|family|transcripts|verify)(/.*)?|/schools/\\d+/(academics|mark-entry|mark-history).*|/units/\\d+/academics")) {
            return "assessment";
        }
        if (path.matches("/(admissions|tuyen-sinh)(/.*)?|/schools/\\d+/admissions.*")) {
            return "admissions";
        }
        if (path.matches("/schools(/.*)?|/units/\\d+/statistics|/my/(teaching|classes).*")) {
            return "registry";
        }
        if (path.startsWith("/guide/")) {
            return path.substring("/guide/".length());
        }
        return "platform";
    }
}
