package vn.eduvn.assessment.gradebook;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The teacher's grid page; its cells save through {@link GradebookRestController}. */
@Controller
class GradebookWebController {

    private final Gradebooks gradebooks;

    GradebookWebController(Gradebooks gradebooks) {
        this.gradebooks = gradebooks;
    }

    @GetMapping("/gradebook")
    String grid(
            @RequestParam long classId,
            @RequestParam String subject,
            @RequestParam(defaultValue = "1") int term,
            Model model) {
        model.addAttribute("book", gradebooks.openOrRead(classId, subject, term));
        return "assessment/gradebook";
    }
}
