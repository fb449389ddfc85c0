package vn.eduvn.org.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The kinds of unit and which kind may sit under which, kept by administrators of the whole tree. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class UnitTypeWebController {

    private static final String VIEW = "org/unit-types";

    private final UnitService units;

    UnitTypeWebController(UnitService units) {
        this.units = units;
    }

    @GetMapping("/unit-types")
    String list(Model model) {
        model.addAttribute("types", units.types());
        if (!model.containsAttribute("typeForm")) {
            model.addAttribute("typeForm", new TypeForm("", "", "", List.of(), false));
        }
        return VIEW;
    }

    @PostMapping("/unit-types")
    String create(
            @Valid @ModelAttribute("typeForm") TypeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                units.createType(
                        form.code(),
                        form.nameVi(),
                        form.nameEn(),
                        parents(form),
                        Boolean.TRUE.equals(form.definesSchoolYears()));
                redirect.addFlashAttribute("success", "unitType.saved");
                return "redirect:/unit-types";
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        return list(model);
    }

    @PostMapping("/unit-types/{code}")
    String update(
            @PathVariable String code,
            @ModelAttribute("typeForm") TypeForm form,
            BindingResult ignored,
            RedirectAttributes redirect) {
        FormRefusal.attempt(
                redirect, "unitType.saved", () -> units.updateType(code, form.nameVi(), form.nameEn(), parents(form)));
        return "redirect:/unit-types";
    }

    private static List<String> parents(TypeForm form) {
        return form.allowedParents() == null ? List.of() : form.allowedParents();
    }

    record TypeForm(
            @NotBlank(message = "{validation.required}")
            @Size(max = 30, message = "{validation.size.max}")
            @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*", message = "{validation.typeCode}")
            String code,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
            String nameVi,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
            String nameEn,

            List<String> allowedParents,
            Boolean definesSchoolYears) {}
}
