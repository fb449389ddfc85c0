package vn.eduvn.assessment.gradebook;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.eduvn.registry.RegistryApi;

/** The principal reads the history of a class's marks (the JSON is in {@link GradebookRestController}). */
@Controller
class MarkHistoryController {

    private final MarkHistory history;

    private final RegistryApi registry;

    MarkHistoryController(MarkHistory history, RegistryApi registry) {
        this.history = history;
        this.registry = registry;
    }

    @GetMapping("/schools/{id}/mark-history")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) Long classId,
            @RequestParam(required = false) Long studentId,
            Model model) {
        registry.requirePrincipal(id, false);
        model.addAttribute("schoolId", id);
        model.addAttribute("classes", registry.classes(id));
        model.addAttribute("classId", classId);
        model.addAttribute("changes", classId == null ? List.of() : history.of(id, classId, studentId));
        return "assessment/mark-history";
    }
}
