package vn.eduvn.registry.staff;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.org.UnitView;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.web.FormRefusal;
import vn.eduvn.registry.school.CodeLists;
import vn.eduvn.registry.school.Schools;

/** The staff page of a school: the list, searchable without diacritics, and the form to add a member. */
@Controller
class StaffWebController {

    private static final String VIEW = "registry/staff";

    private final StaffDirectory directory;

    private final Schools schools;

    private final CodeLists codes;

    private final Access access;

    StaffWebController(StaffDirectory directory, Schools schools, CodeLists codes, Access access) {
        this.directory = directory;
        this.schools = schools;
        this.codes = codes;
        this.access = access;
    }

    @GetMapping("/schools/{id}/staff")
    String list(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        UnitView school = schools.require(id, Schools.READERS);
        model.addAttribute("school", school);
        model.addAttribute("q", q);
        model.addAttribute("staff", directory.search(id, q));
        model.addAttribute("canKeep", access.reaches(school.path(), Schools.KEEPERS));
        model.addAttribute("positions", codes.list("position"));
        model.addAttribute("qualifications", codes.list("qualification"));
        model.addAttribute("titleRanks", codes.list("title_rank"));
        model.addAttribute("contracts", codes.list("contract"));
        model.addAttribute("statuses", codes.list("staff_status"));
        model.addAttribute("subjects", codes.subjects());
        model.addAttribute("genders", CodeLists.GENDERS);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", StaffForm.blank());
        }
        return VIEW;
    }

    @PostMapping("/schools/{id}/staff")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StaffForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                directory.save(id, form);
                redirect.addFlashAttribute("success", "staff.saved");
                return "redirect:/schools/" + id + "/staff";
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        return list(id, "", model);
    }
}
