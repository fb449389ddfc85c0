package vn.eduvn.assessment.transcript;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.platform.web.FormRefusal;

/** The class's transcript page (homeroom teacher, principal), and the public verification page. */
@Controller
class TranscriptWebController {

    private final Transcripts transcripts;

    TranscriptWebController(Transcripts transcripts) {
        this.transcripts = transcripts;
    }

    @GetMapping("/transcripts/classes/{classId}")
    String ofClass(@PathVariable long classId, Model model) {
        model.addAttribute("book", transcripts.of(classId));
        return "assessment/transcripts";
    }

    @PostMapping("/transcripts/classes/{classId}/finalise")
    String finalise(@PathVariable long classId, RedirectAttributes redirect) {
        FormRefusal.attempt(redirect, "transcript.finalised", () -> transcripts.finalise(classId));
        return "redirect:/transcripts/classes/" + classId;
    }

    /** Public: what the QR code on a transcript opens. */
    @GetMapping({"/verify", "/verify/{code}"})
    String verify(
            @PathVariable(required = false) String code,
            @RequestParam(name = "code", required = false) String typed,
            Model model) {
        String asked = code != null ? code : typed;
        model.addAttribute("code", asked == null ? "" : asked);
        if (asked != null && !asked.isBlank()) {
            model.addAttribute("checked", true);
            model.addAttribute("verification", transcripts.verify(asked).orElse(null));
        }
        return "assessment/verify";
    }
}
