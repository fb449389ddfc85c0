package vn.eduvn.assessment.attendance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.web.FormRefusal;

/** The attendance register page of a homeroom class: a day, each student present, absent with or without leave. */
@Controller
class AttendanceWebController {

    private final Attendance attendance;

    AttendanceWebController(Attendance attendance) {
        this.attendance = attendance;
    }

    @GetMapping("/homeroom/{classId}/attendance")
    String day(@PathVariable long classId, @RequestParam(required = false) LocalDate day, Model model) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate shown = day == null ? today : day;
        model.addAttribute("today", today);
        model.addAttribute("classId", classId);
        model.addAttribute("day", shown);
        List<Attendance.Line> lines = attendance.day(classId, shown);
        if (model.getAttribute("typed") instanceof Map<?, ?> typed) {
            // A refused day comes back as the teacher marked it, with the reason above.
            lines = lines.stream()
                    .map(l -> typed.containsKey(l.studentId())
                            ? new Attendance.Line(
                                    l.studentId(),
                                    l.fullName(),
                                    (String) typed.get(l.studentId()),
                                    l.excusedTotal(),
                                    l.unexcusedTotal())
                            : l)
                    .toList();
        }
        model.addAttribute("lines", lines);
        return "assessment/attendance";
    }

    @PostMapping("/homeroom/{classId}/attendance")
    String record(
            @PathVariable long classId,
            @RequestParam LocalDate day,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        List<Attendance.Mark> marks = new ArrayList<>();
        form.forEach((key, value) -> {
            if (key.startsWith("s")) {
                try {
                    marks.add(new Attendance.Mark(Long.parseLong(key.substring(1)), value));
                } catch (NumberFormatException e) {
                    // not a student field
                }
            }
        });
        try {
            attendance.record(classId, day, marks);
            redirect.addFlashAttribute("success", "attendance.saved");
        } catch (DomainException e) {
            FormRefusal.flash(e, redirect);
            Map<Long, String> typed = new java.util.HashMap<>();
            marks.forEach(m -> typed.put(m.studentId(), m.status()));
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:/homeroom/" + classId + "/attendance?day=" + day;
    }
}
