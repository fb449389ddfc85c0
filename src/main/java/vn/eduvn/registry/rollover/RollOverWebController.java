package vn.eduvn.registry.rollover;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.platform.web.FormRefusal;
import vn.eduvn.registry.school.Schools;

/** The roll-over page: what will happen to each class, then one button to do it. */
@Controller
class RollOverWebController {

    private final YearRollOver rollOver;

    private final Schools schools;

    RollOverWebController(YearRollOver rollOver, Schools schools) {
        this.rollOver = rollOver;
        this.schools = schools;
    }

    @GetMapping("/schools/{id}/rollover")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("school", schools.require(id, Schools.KEEPERS));
        if (!model.containsAttribute("plan")) {
            model.addAttribute("plan", rollOver.plan(id));
        }
        return "registry/rollover";
    }

    @PostMapping("/schools/{id}/rollover")
    String run(@PathVariable long id, @RequestParam int fromYear, RedirectAttributes redirect) {
        FormRefusal.attempt(
                redirect, "rollover.done", () -> redirect.addFlashAttribute("plan", rollOver.run(id, fromYear)));
        return "redirect:/schools/" + id + "/rollover";
    }
}
