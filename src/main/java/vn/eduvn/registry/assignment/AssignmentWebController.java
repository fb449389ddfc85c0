package vn.eduvn.registry.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
import vn.eduvn.platform.web.FormRefusal;
import vn.eduvn.registry.school.CodeLists;
import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.staff.StaffDirectory;

/**
 * The classes page (open a class, choose its homeroom teacher) and the teaching-assignments page of a school.
 */
@Controller
class AssignmentWebController {

    private final TeachingAssignments assignments;

    private final Schools schools;

    private final StaffDirectory staff;

    private final CodeLists codes;

    private final Access access;

    AssignmentWebController(
            TeachingAssignments assignments, Schools schools, StaffDirectory staff, CodeLists codes, Access access) {
        this.assignments = assignments;
        this.schools = schools;
        this.staff = staff;
        this.codes = codes;
        this.access = access;
    }

    @GetMapping("/schools/{id}/classes")
    String classes(@PathVariable long id, Model model) {
        UnitView school = schools.require(id, Schools.READERS);
        model.addAttribute("school", school);
        model.addAttribute("year", schools.currentYear(id));
        model.addAttribute("classes", assignments.classes(id));
        model.addAttribute("staff", staff.search(id, ""));
        model.addAttribute("canKeep", access.reaches(school.path(), Schools.KEEPERS));
        model.addAttribute("canAssign", access.reaches(school.path(), TeachingAssignments.ASSIGNERS));
        if (!model.containsAttribute("classForm")) {
            model.addAttribute("classForm", new ClassForm("", 1));
        }
        return "registry/classes";
    }

    @PostMapping("/schools/{id}/classes")
    String createClass(
            @PathVariable long id,
            @Valid @ModelAttribute("classForm") ClassForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                schools.createClass(id, form.name(), form.sessionsPerDay());
                redirect.addFlashAttribute("success", "class.created");
                return "redirect:/schools/" + id + "/classes";
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        return classes(id, model);
    }

    @PostMapping("/schools/{id}/classes/{classId}/homeroom")
    String homeroom(
            @PathVariable long id,
            @PathVariable long classId,
            @ModelAttribute HomeroomForm form,
            BindingResult ignored,
            RedirectAttributes redirect) {
        schools.require(id, TeachingAssignments.ASSIGNERS);
        if (form.staffId() == null) {
            redirect.addFlashAttribute("failure", "validation.required");
            return "redirect:/schools/" + id + "/classes";
        }
        FormRefusal.attempt(redirect, "class.homeroomSet", () -> assignments.setHomeroom(id, classId, form.staffId()));
        return "redirect:/schools/" + id + "/classes";
    }

    @GetMapping("/schools/{id}/assignments")
    String assignments(@PathVariable long id, Model model) {
        UnitView school = schools.require(id, Schools.READERS);
        model.addAttribute("school", school);
        model.addAttribute("assignments", assignments.assignments(id));
        model.addAttribute("classes", assignments.classes(id));
        model.addAttribute("staff", staff.search(id, ""));
        model.addAttribute("subjects", codes.subjects());
        model.addAttribute("canAssign", access.reaches(school.path(), TeachingAssignments.ASSIGNERS));
        if (!model.containsAttribute("assignmentForm")) {
            model.addAttribute("assignmentForm", new AssignmentForm(null, "", null, null));
        }
        return "registry/assignments";
    }

    @PostMapping("/schools/{id}/assignments")
    String assign(
            @PathVariable long id,
            @Valid @ModelAttribute("assignmentForm") AssignmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                assignments.assign(id, form.classId(), form.subjectCode(), form.staffId(), form.periodsPerWeek());
                redirect.addFlashAttribute("success", "assignment.saved");
                return "redirect:/schools/" + id + "/assignments";
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        return assignments(id, model);
    }

    record ClassForm(
            @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.size.max}")
            String name,

            @NotNull(message = "{validation.required}") @Min(1) @Max(2)
            Integer sessionsPerDay) {}

    record HomeroomForm(Long staffId) {}

    record AssignmentForm(
            @NotNull(message = "{validation.required}") Long classId,
            @NotBlank(message = "{validation.required}") String subjectCode,
            @NotNull(message = "{validation.required}") Long staffId,
            BigDecimal periodsPerWeek) {}
}
