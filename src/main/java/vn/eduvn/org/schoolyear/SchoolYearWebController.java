package vn.eduvn.org.schoolyear;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.unit.UnitService;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.Role;
import vn.eduvn.platform.web.FormRefusal;

/** The school years that apply at a unit, and the form to define one where the unit may. */
@Controller
class SchoolYearWebController {

    private static final String VIEW = "org/school-years";

    private final SchoolYearService years;

    private final UnitService units;

    private final Access access;

    SchoolYearWebController(SchoolYearService years, UnitService units, Access access) {
        this.years = years;
        this.units = units;
        this.access = access;
    }

    @GetMapping("/units/{id}/school-years")
    String list(@PathVariable long id, Model model) {
        UnitView unit = units.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("years", years.effectiveAt(id));
        boolean definable =
                units.types().stream().anyMatch(t -> t.code().equals(unit.typeCode()) && t.definesSchoolYears());
        model.addAttribute(
                "canDefine", definable && access.reaches(unit.path(), Role.SYSTEM_ADMIN, Role.DEPARTMENT_OFFICIAL));
        if (!model.containsAttribute("form")) {
            int next = LocalDate.now().getMonthValue() >= 6
                    ? LocalDate.now().getYear()
                    : LocalDate.now().getYear() - 1;
            model.addAttribute(
                    "form",
                    new SchoolYearForm(
                            next,
                            LocalDate.of(next, 9, 5),
                            LocalDate.of(next + 1, 1, 17),
                            LocalDate.of(next + 1, 1, 19),
                            LocalDate.of(next + 1, 5, 31)));
        }
        return VIEW;
    }

    @PostMapping("/units/{id}/school-years")
    String define(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SchoolYearForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                years.define(
                        id, form.startYear(), form.startsOn(), form.term1EndsOn(), form.term2StartsOn(), form.endsOn());
                redirect.addFlashAttribute("success", "schoolYear.saved");
                return "redirect:/units/" + id + "/school-years";
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        return list(id, model);
    }

    record SchoolYearForm(
            @NotNull(message = "{validation.required}") @Min(2000) @Max(2100)
            Integer startYear,

            @NotNull(message = "{validation.required}") LocalDate startsOn,
            @NotNull(message = "{validation.required}") LocalDate term1EndsOn,
            @NotNull(message = "{validation.required}") LocalDate term2StartsOn,
            @NotNull(message = "{validation.required}") LocalDate endsOn) {}
}
