package vn.eduvn.registry.student;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.org.AdministrativeUnits;
import vn.eduvn.org.UnitView;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.web.FormRefusal;
import vn.eduvn.registry.SchoolLevel;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.school.CodeLists;
import vn.eduvn.registry.school.CodeLists.Code;
import vn.eduvn.registry.school.Ethnicities;
import vn.eduvn.registry.school.School;
import vn.eduvn.registry.school.SchoolClass;
import vn.eduvn.registry.school.Schools;

/**
 * A student's record page: the whole record as a form the clerk corrects, the steps of the student's school
 * life (move class, repeat the grade, leave, graduate) and the history across schools and years.
 */
@Controller
class StudentWebController {

    private static final String VIEW = "registry/student";

    private final StudentRecords records;

    private final Schools schools;

    private final CodeLists codes;

    private final Ethnicities ethnicities;

    private final AdministrativeUnits areas;

    private final Access access;

    private final Guardians guardians;

    StudentWebController(
            StudentRecords records,
            Schools schools,
            CodeLists codes,
            Ethnicities ethnicities,
            AdministrativeUnits areas,
            Access access,
            Guardians guardians) {
        this.guardians = guardians;
        this.records = records;
        this.schools = schools;
        this.codes = codes;
        this.ethnicities = ethnicities;
        this.areas = areas;
        this.access = access;
    }

    @GetMapping("/schools/{id}/students/new")
    String blank(@PathVariable long id, Model model) {
        schools.require(id, Schools.KEEPERS);
        return page(id, null, StudentForm.blank(), model);
    }

    @PostMapping("/schools/{id}/students")
    String enrol(
            @PathVariable long id,
            @ModelAttribute("studentForm") StudentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                StudentView student = records.enrol(id, form);
                redirect.addFlashAttribute("success", "student.saved");
                return "redirect:/schools/" + id + "/students/" + student.id();
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        schools.require(id, Schools.KEEPERS);
        return page(id, null, form, model);
    }

    @GetMapping("/schools/{id}/students/{studentId}")
    String show(@PathVariable long id, @PathVariable long studentId, Model model) {
        StudentView student = records.get(id, studentId);
        return page(id, student, model.containsAttribute("studentForm") ? null : records.form(id, studentId), model);
    }

    @PostMapping("/schools/{id}/students/{studentId}")
    String update(
            @PathVariable long id,
            @PathVariable long studentId,
            @ModelAttribute("studentForm") StudentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                records.update(id, studentId, form);
                redirect.addFlashAttribute("success", "student.saved");
                return "redirect:/schools/" + id + "/students/" + studentId;
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        return page(id, records.get(id, studentId), form, model);
    }

    @PostMapping("/schools/{id}/students/{studentId}/move")
    String move(
            @PathVariable long id,
            @PathVariable long studentId,
            @RequestParam long classId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, studentId, redirect, "student.moved", () -> records.moveClass(id, studentId, classId, reason));
    }

    @PostMapping("/schools/{id}/students/{studentId}/hold-back")
    String holdBack(
            @PathVariable long id,
            @PathVariable long studentId,
            @RequestParam boolean heldBack,
            RedirectAttributes redirect) {
        return act(id, studentId, redirect, "student.saved", () -> records.holdBack(id, studentId, heldBack));
    }

    @PostMapping("/schools/{id}/students/{studentId}/leave")
    String leave(
            @PathVariable long id,
            @PathVariable long studentId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(id, studentId, redirect, "student.left", () -> records.leave(id, studentId, reason));
    }

    @PostMapping("/schools/{id}/students/{studentId}/guardians")
    String linkGuardian(
            @PathVariable long id,
            @PathVariable long studentId,
            @RequestParam(defaultValue = "") String username,
            RedirectAttributes redirect) {
        return act(id, studentId, redirect, "guardian.linked", () -> guardians.link(id, studentId, username));
    }

    @PostMapping("/schools/{id}/students/{studentId}/guardians/remove")
    String unlinkGuardian(
            @PathVariable long id,
            @PathVariable long studentId,
            @RequestParam String username,
            RedirectAttributes redirect) {
        return act(id, studentId, redirect, "guardian.unlinked", () -> guardians.unlink(id, studentId, username));
    }

    @PostMapping("/schools/{id}/students/{studentId}/graduate")
    String graduate(@PathVariable long id, @PathVariable long studentId, RedirectAttributes redirect) {
        return act(id, studentId, redirect, "student.graduated", () -> records.graduate(id, studentId));
    }

    private String act(long id, long studentId, RedirectAttributes redirect, String success, Runnable action) {
        FormRefusal.attempt(redirect, success, action);
        return "redirect:/schools/" + id + "/students/" + studentId;
    }

    private String page(long id, StudentView student, StudentForm form, Model model) {
        UnitView school = schools.require(id, Schools.READERS);
        boolean keeper = access.reaches(school.path(), Schools.KEEPERS);
        boolean here = student == null || student.schoolUnitId() == id;
        boolean enrolled = student != null && here && "ENROLLED".equals(student.status());
        int year = schools.currentYear(id);
        List<SchoolClass> classes = schools.classes(id, year);
        model.addAttribute("school", school);
        model.addAttribute("student", student);
        model.addAttribute("here", here);
        model.addAttribute("canEdit", keeper && here);
        model.addAttribute("canAct", keeper && enrolled);
        int lastGrade = schools.profile(id)
                .map(School::level)
                .map(SchoolLevel::lastGrade)
                .orElse(12);
        model.addAttribute(
                "canGraduate",
                keeper
                        && enrolled
                        && classes.stream().anyMatch(c -> c.id().equals(student.classId()) && c.grade() == lastGrade));
        if (form != null) {
            model.addAttribute("studentForm", form);
        }
        model.addAttribute("history", student == null ? List.of() : records.history(id, student.id()));
        model.addAttribute("guardians", student == null || !here ? List.of() : guardians.accountsOf(id, student.id()));
        model.addAttribute(
                "classes",
                classes.stream()
                        .map(c -> new Code(String.valueOf(c.id()), c.name(), c.name()))
                        .toList());
        model.addAttribute("genders", CodeLists.GENDERS);
        model.addAttribute(
                "ethnicities",
                ethnicities.all().stream()
                        .map(e -> new Code(e.code(), e.name(), e.name()))
                        .toList());
        model.addAttribute("religions", codes.list("religion"));
        model.addAttribute("disabilities", codes.list("disability"));
        model.addAttribute("policyGroups", codes.list("policy_group"));
        String province = schools.provinceCode(id);
        model.addAttribute(
                "communes",
                province == null
                        ? List.of()
                        : areas.communesOf(province).stream()
                                .map(a -> new Code(a.code(), a.fullName(), a.fullName()))
                                .toList());
        return VIEW;
    }
}
