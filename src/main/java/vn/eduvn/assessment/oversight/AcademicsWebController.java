package vn.eduvn.assessment.oversight;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.eduvn.platform.DomainException;

/** The leaders' pages: a school's mark entry, results and attendance; the schools under a Department or commune. */
@Controller
class AcademicsWebController {

    private final SchoolAcademics academics;

    AcademicsWebController(SchoolAcademics academics) {
        this.academics = academics;
    }

    @GetMapping("/schools/{id}/academics")
    String school(
            @PathVariable long id,
            @RequestParam(defaultValue = "1") int term,
            @RequestParam(defaultValue = "progress") String tab,
            @RequestParam(required = false) LocalDate day,
            Model model) {
        checkTerm(term, tab.equals("progress"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        model.addAttribute("schoolId", id);
        model.addAttribute("term", term);
        model.addAttribute("tab", tab);
        switch (tab) {
            case "results" -> model.addAttribute("summaries", academics.summaries(id, term));
            case "attendance" -> {
                LocalDate shown = day == null || day.isAfter(today) ? today : day;
                model.addAttribute("day", shown);
                model.addAttribute("today", today);
                model.addAttribute("away", academics.away(id, shown));
            }
            default -> {
                model.addAttribute("tab", "progress");
                model.addAttribute("progress", academics.progress(id, term));
            }
        }
        return "assessment/academics";
    }

    @GetMapping("/units/{id}/academics")
    String unit(@PathVariable long id, @RequestParam(defaultValue = "1") int term, Model model) {
        checkTerm(term, false);
        model.addAttribute("unitId", id);
        model.addAttribute("term", term);
        model.addAttribute("schools", academics.schools(id, term));
        return "assessment/unit-academics";
    }

    private static void checkTerm(int term, boolean termOnly) {
        if (term < (termOnly ? 1 : 0) || term > 2) {
            throw DomainException.invalid("term", "results.error.term");
        }
    }
}
