package vn.eduvn.timetable.school;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.web.FormRefusal;
import vn.eduvn.timetable.fet.FetReader;

/**
 * The page's import of a FET file into the school's data ({@link SchoolFetImport}): shown first as a plan, written
 * when the principal confirms — the session keeps the plan meanwhile, not the file.
 */
@Controller
class SchoolFetController {

    private static final String PLAN = "timetable.fetImportPlan.";

    private final SchoolFetImport imports;

    SchoolFetController(SchoolFetImport imports) {
        this.imports = imports;
    }

    @PostMapping("/schools/{id}/timetable/fet/import")
    String preview(@PathVariable long id, @RequestParam("file") MultipartFile upload, Model model, HttpSession session)
            throws IOException {
        imports.requireImporter(id);
        model.addAttribute("schoolId", id);
        try {
            SchoolFetImport.Plan plan = imports.plan(id, FetReader.read(upload.getInputStream()));
            session.setAttribute(PLAN + id, plan);
            model.addAttribute("plan", plan);
            model.addAttribute("fileName", upload.getOriginalFilename());
        } catch (DomainException e) {
            if (e.status().value() == 404 || e.status().value() == 403) {
                throw e;
            }
            model.addAttribute("problems", FetPageController.problems(e));
        }
        return "timetable/fet-import";
    }

    @PostMapping("/schools/{id}/timetable/fet/import/apply")
    String apply(@PathVariable long id, HttpSession session, RedirectAttributes redirect) {
        imports.requireImporter(id);
        if (!(session.getAttribute(PLAN + id) instanceof SchoolFetImport.Plan plan)) {
            redirect.addFlashAttribute("failure", "timetable.fetImportExpired");
            return "redirect:/schools/" + id + "/timetable/fet";
        }
        FormRefusal.attempt(redirect, "timetable.fetImported", () -> {
            imports.apply(id, plan);
            session.removeAttribute(PLAN + id);
        });
        return "redirect:/schools/" + id + "/timetable/lessons";
    }
}
