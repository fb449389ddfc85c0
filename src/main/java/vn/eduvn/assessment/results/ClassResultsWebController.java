package vn.eduvn.assessment.results;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.web.FormRefusal;

/** The homeroom teacher's class summary page, and the conduct they give there. */
@Controller
class ClassResultsWebController {

    private final ClassResults results;

    ClassResultsWebController(ClassResults results) {
        this.results = results;
    }

    @GetMapping("/homeroom/{classId}")
    String summary(@PathVariable long classId, @RequestParam(defaultValue = "1") int term, Model model) {
        model.addAttribute("summary", results.summary(classId, term));
        return "assessment/homeroom";
    }

    @PostMapping("/homeroom/{classId}/conduct")
    String conduct(@PathVariable long classId, @RequestParam long studentId, @RequestParam int term,
            @RequestParam(defaultValue = "") String level, RedirectAttributes redirect) {
        try {
            results.rateConduct(classId, studentId, term, level);
            redirect.addFlashAttribute("success", "results.conductSaved");
        }
        catch (DomainException e) {
            FormRefusal.flash(e, redirect);
        }
        return "redirect:/homeroom/" + classId + "?term=" + term;
    }
}
