package vn.eduvn.registry.student;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.eduvn.registry.school.Schools;

/** The clerk's page of parents' accounts: families from the registry, accounts in bulk, letters to print, resets. */
@Controller
class ParentAccountsWebController {

    private static final String VIEW = "registry/parent-accounts";

    private final ParentAccounts parents;

    private final Schools schools;

    ParentAccountsWebController(ParentAccounts parents, Schools schools) {
        this.parents = parents;
        this.schools = schools;
    }

    @GetMapping("/schools/{id}/parent-accounts")
    String page(@PathVariable long id, Model model) {
        List<ParentAccounts.Family> families = parents.families(id);
        model.addAttribute("school", schools.require(id, Schools.KEEPERS));
        model.addAttribute("families", families);
        model.addAttribute("missing", families.stream().filter(f -> !f.linked()).count());
        return VIEW;
    }

    @PostMapping("/schools/{id}/parent-accounts")
    String openAll(@PathVariable long id, RedirectAttributes redirect) {
        ParentAccounts.Outcome outcome = parents.openAll(id);
        redirect.addFlashAttribute("letters", outcome.letters());
        redirect.addFlashAttribute("linked", outcome.linked());
        redirect.addFlashAttribute("refused", outcome.refused());
        return "redirect:/schools/" + id + "/parent-accounts/letters";
    }

    @PostMapping("/schools/{id}/parent-accounts/reset")
    String reset(@PathVariable long id, @RequestParam String phone, RedirectAttributes redirect) {
        redirect.addFlashAttribute("letters", List.of(parents.reset(id, phone)));
        redirect.addFlashAttribute("linked", 0);
        redirect.addFlashAttribute("refused", List.of());
        return "redirect:/schools/" + id + "/parent-accounts/letters";
    }

    /** The letters just made, to print one per family; they are shown once and never stored. */
    @GetMapping("/schools/{id}/parent-accounts/letters")
    String letters(@PathVariable long id, Model model) {
        if (!model.containsAttribute("letters")) {
            return "redirect:/schools/" + id + "/parent-accounts";
        }
        model.addAttribute("school", schools.require(id, Schools.KEEPERS));
        model.addAttribute(
                "site",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/login")
                        .toUriString());
        return "registry/parent-letters";
    }
}
