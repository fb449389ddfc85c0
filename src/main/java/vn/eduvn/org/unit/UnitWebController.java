package vn.eduvn.org.unit;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.org.UnitView;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.Role;
import vn.eduvn.platform.web.FormRefusal;

/**
 * The organisation tree pages: browse (children load with htmx), and for administrators create, rename,
 * move and close units. A refused form comes back with what the user typed.
 */
@Controller
class UnitWebController {

    private static final String UNIT = "org/unit";

    private final UnitService units;

    private final Access access;

    UnitWebController(UnitService units, Access access) {
        this.units = units;
        this.access = access;
    }

    @GetMapping("/units")
    String roots(Model model) {
        model.addAttribute("roots", units.visibleRoots());
        return "org/units";
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id, Model model) {
        UnitView unit = units.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("ancestry", units.visibleAncestry(id));
        model.addAttribute("children", units.children(id));
        model.addAttribute("childTypes", units.childTypesOf(unit));
        model.addAttribute("types", units.types());
        model.addAttribute("canManage", access.reaches(unit.path(), Role.SYSTEM_ADMIN));
        // Statistics and the school's records are for those who keep or oversee them, not for teachers and parents.
        model.addAttribute(
                "canReadRecords",
                access.reaches(unit.path(), Role.SYSTEM_ADMIN, Role.DEPARTMENT_OFFICIAL, Role.PRINCIPAL, Role.CLERK));
        addIfMissing(model, "newUnit", new UnitForms.NewUnit("", "", ""));
        addIfMissing(model, "rename", new UnitForms.Rename(unit.name()));
        addIfMissing(model, "move", new UnitForms.Move(unit.parentId()));
        return UNIT;
    }

    /** The children of a unit as a list fragment, for expanding the tree in place. */
    @GetMapping(value = "/units/{id}/children", headers = "HX-Request")
    String children(@PathVariable long id, Model model) {
        model.addAttribute("nodes", units.children(id));
        return "org/units :: nodes";
    }

    @PostMapping("/units/{id}/children")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute("newUnit") UnitForms.NewUnit form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UnitView created = units.create(id, form.typeCode(), form.code(), form.name());
                redirect.addFlashAttribute("success", "unit.created");
                return "redirect:/units/" + created.id();
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        model.addAttribute("createFailed", true);
        return unit(id, model);
    }

    @PostMapping("/units/{id}/rename")
    String rename(
            @PathVariable long id,
            @Valid @ModelAttribute("rename") UnitForms.Rename form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                units.rename(id, form.name());
                redirect.addFlashAttribute("success", "unit.renamed");
                return "redirect:/units/" + id;
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        return unit(id, model);
    }

    @PostMapping("/units/{id}/move")
    String move(
            @PathVariable long id,
            @Valid @ModelAttribute("move") UnitForms.Move form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                units.move(id, form.parentId());
                redirect.addFlashAttribute("success", "unit.moved");
                return "redirect:/units/" + id;
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        return unit(id, model);
    }

    @PostMapping("/units/{id}/close")
    String close(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            units.close(id, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        } catch (DomainException e) {
            FormRefusal.flash(e, redirect);
            return "redirect:/units/" + id;
        }
        redirect.addFlashAttribute("success", "unit.closed");
        return "redirect:/units/" + id;
    }

    private static void addIfMissing(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
