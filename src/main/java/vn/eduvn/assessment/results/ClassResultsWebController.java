package vn.eduvn.assessment.results;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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

    /** The whole term's qualities and competencies grid, posted as q_{studentId}_{code} = T, D, C or empty. */
    @PostMapping("/homeroom/{classId}/personal")
    String personal(
            @PathVariable long classId,
            @RequestParam int term,
            @RequestParam java.util.Map<String, String> form,
            RedirectAttributes redirect) {
        java.util.Map<Long, java.util.Map<String, String>> levels = new java.util.HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("q_")) {
                String[] parts = key.split("_", 3);
                try {
                    levels.computeIfAbsent(Long.parseLong(parts[1]), s -> new java.util.HashMap<>())
                            .put(parts[2], value);
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    // not a grid field
                }
            }
        });
        FormRefusal.attempt(redirect, "results.personalSaved", () -> results.ratePersonal(classId, term, levels));
        return "redirect:/homeroom/" + classId + "?term=" + term;
    }

    @PostMapping("/homeroom/{classId}/comment")
    String comment(
            @PathVariable long classId,
            @RequestParam long studentId,
            @RequestParam(defaultValue = "") String body,
            RedirectAttributes redirect) {
        FormRefusal.attempt(redirect, "results.commentSaved", () -> results.comment(classId, studentId, body));
        return "redirect:/homeroom/" + classId + "?term=0";
    }

    @PostMapping("/homeroom/{classId}/nomination")
    String nominate(
            @PathVariable long classId,
            @RequestParam long studentId,
            @RequestParam(defaultValue = "false") boolean nominated,
            RedirectAttributes redirect) {
        FormRefusal.attempt(redirect, "results.nominationSaved", () -> results.nominate(classId, studentId, nominated));
        return "redirect:/homeroom/" + classId + "?term=0";
    }

    @PostMapping("/homeroom/{classId}/conduct")
    String conduct(
            @PathVariable long classId,
            @RequestParam long studentId,
            @RequestParam int term,
            @RequestParam(defaultValue = "") String level,
            RedirectAttributes redirect) {
        FormRefusal.attempt(
                redirect, "results.conductSaved", () -> results.rateConduct(classId, studentId, term, level));
        return "redirect:/homeroom/" + classId + "?term=" + term;
    }
}
