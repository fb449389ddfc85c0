package vn.eduvn.registry.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.web.FormRefusal;
import vn.eduvn.registry.SchoolLevel;

/** The school profile form (hồ sơ trường): level, ownership, national standard, infrastructure. */
@Controller
class ProfileWebController {

    private static final String VIEW = "registry/profile";

    private final Schools schools;

    private final CodeLists codes;

    ProfileWebController(Schools schools, CodeLists codes) {
        this.schools = schools;
        this.codes = codes;
    }

    @GetMapping("/schools/{id}/profile")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("school", schools.require(id, Schools.KEEPERS));
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute(
                    "profileForm",
                    schools.profile(id)
                            .map(p -> new ProfileForm(
                                    p.level(),
                                    p.ownership(),
                                    p.nationalStandard(),
                                    p.classrooms(),
                                    p.computerRooms(),
                                    p.computers(),
                                    p.fibreInternet()))
                            .orElse(new ProfileForm(null, "CONG_LAP", 0, null, null, null, false)));
        }
        model.addAttribute("levels", Arrays.asList(SchoolLevel.values()));
        model.addAttribute("ownerships", codes.list("ownership"));
        return VIEW;
    }

    @PostMapping("/schools/{id}/profile")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (!codes.contains("ownership", form.ownership())) {
                    throw DomainException.invalid("ownership", "error.code.unknown", form.ownership());
                }
                schools.describe(
                        id,
                        form.level(),
                        form.ownership(),
                        form.nationalStandard(),
                        form.classrooms(),
                        form.computerRooms(),
                        form.computers(),
                        Boolean.TRUE.equals(form.fibreInternet()));
                redirect.addFlashAttribute("success", "profile.saved");
                return "redirect:/schools/" + id;
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        return form(id, model);
    }

    record ProfileForm(
            @NotNull(message = "{validation.required}") SchoolLevel level,
            @NotBlank(message = "{validation.required}") String ownership,

            @NotNull(message = "{validation.required}") @Min(0) @Max(2)
            Integer nationalStandard,

            @Min(value = 0, message = "{validation.notNegative}") @Max(1000)
            Integer classrooms,

            @Min(value = 0, message = "{validation.notNegative}") @Max(100)
            Integer computerRooms,

            @Min(value = 0, message = "{validation.notNegative}") @Max(10000)
            Integer computers,

            Boolean fibreInternet) {}
}
