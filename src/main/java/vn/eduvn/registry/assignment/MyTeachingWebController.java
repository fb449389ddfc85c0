package vn.eduvn.registry.assignment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A teacher's own page: the classes they are homeroom teacher of and the subjects they teach where. */
@Controller
class MyTeachingWebController {

    private final TeachingAssignments assignments;

    MyTeachingWebController(TeachingAssignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/my/teaching")
    String mine(Model model) {
        model.addAttribute("homerooms", assignments.myHomerooms());
        model.addAttribute("assignments", assignments.mine());
        return "registry/my-teaching";
    }

    @GetMapping("/my/classes/{classId}")
    String myClass(@PathVariable long classId, Model model) {
        model.addAttribute("myClass", assignments.myClass(classId));
        return "registry/my-class";
    }
}
