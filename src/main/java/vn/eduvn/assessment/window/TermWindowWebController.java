package vn.eduvn.assessment.window;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.platform.web.FormRefusal;

/** The principal's page for mark entry: each term's window, lock and unlock (with a reason). */
@Controller
class TermWindowWebController {

    private final TermWindows windows;

    TermWindowWebController(TermWindows windows) {
        this.windows = windows;
    }

    @GetMapping("/schools/{id}/mark-entry")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("windows", windows.of(id));
        model.addAttribute("schoolId", id);
        return "assessment/mark-entry";
    }

    @PostMapping("/schools/{id}/mark-entry/{term}/window")
    String window(
            @PathVariable long id,
            @PathVariable int term,
            @RequestParam(required = false) LocalDate opensOn,
            @RequestParam(required = false) LocalDate closesOn,
            RedirectAttributes redirect) {
        return act(id, redirect, "window.saved", () -> windows.setWindow(id, term, opensOn, closesOn));
    }

    @PostMapping("/schools/{id}/mark-entry/{term}/lock")
    String lock(@PathVariable long id, @PathVariable int term, RedirectAttributes redirect) {
        return act(id, redirect, "window.locked", () -> windows.lock(id, term));
    }

    @PostMapping("/schools/{id}/mark-entry/{term}/unlock")
    String unlock(
            @PathVariable long id,
            @PathVariable int term,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "window.unlocked", () -> windows.unlock(id, term, reason));
    }

    private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        FormRefusal.attempt(redirect, success, action);
        return "redirect:/schools/" + id + "/mark-entry";
    }
}
