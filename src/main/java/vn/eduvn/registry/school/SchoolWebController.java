package vn.eduvn.registry.school;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.eduvn.org.UnitView;
import vn.eduvn.platform.Access;
import vn.eduvn.registry.student.StudentDirectory;

/** The registry pages of a school: profile, classes of the current year, and the searchable student list. */
@Controller
class SchoolWebController {

    private final Schools schools;

    private final StudentDirectory directory;

    private final Access access;

    SchoolWebController(Schools schools, StudentDirectory directory, Access access) {
        this.schools = schools;
        this.directory = directory;
        this.access = access;
    }

    /** Pupils a page of the school's list shows; the pager reaches the rest. */
    private static final int PAGE = 50;

    @GetMapping("/schools")
    String list(Model model) {
        model.addAttribute("schools", schools.visible());
        return "registry/schools";
    }

    @GetMapping("/schools/{id}")
    String school(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long classId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        UnitView unit = schools.require(id, Schools.READERS);
        int year = schools.currentYear(id);
        model.addAttribute("school", unit);
        model.addAttribute("profile", schools.profile(id).orElse(null));
        model.addAttribute("year", year);
        model.addAttribute("classes", schools.classes(id, year));
        model.addAttribute("canKeep", access.reaches(unit.path(), Schools.KEEPERS));
        model.addAttribute(
                "canAssign", access.reaches(unit.path(), vn.eduvn.registry.assignment.TeachingAssignments.ASSIGNERS));
        model.addAttribute("q", q);
        model.addAttribute("classId", classId);
        model.addAttribute("students", directory.search(id, q, classId, PageRequest.of(Math.max(page, 0), PAGE)));
        return "registry/school";
    }

    /** The student rows alone, for the search box that filters as the clerk types. */
    @GetMapping(value = "/schools/{id}/students", headers = "HX-Request")
    String students(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long classId,
            Model model) {
        model.addAttribute("school", schools.require(id, Schools.READERS));
        model.addAttribute("q", q);
        model.addAttribute("classId", classId);
        model.addAttribute("students", directory.search(id, q, classId, PageRequest.of(0, PAGE)));
        return "registry/school :: rows";
    }
}
