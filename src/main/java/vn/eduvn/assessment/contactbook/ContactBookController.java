package vn.eduvn.assessment.contactbook;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.eduvn.assessment.transcript.Transcripts;
import vn.eduvn.registry.StudentView;

/** The parent's pages: their children, and each child's contact book. */
@Controller
class ContactBookController {

    private final ContactBook book;

    private final Transcripts transcripts;

    ContactBookController(ContactBook book, Transcripts transcripts) {
        this.book = book;
        this.transcripts = transcripts;
    }

    @GetMapping("/family")
    String family(@RequestParam(required = false) Long child, Model model) {
        List<StudentView> children = book.children();
        model.addAttribute("children", children);
        Long shown = child != null
                ? child
                : children.isEmpty() ? null : children.get(0).id();
        model.addAttribute("report", shown == null ? null : book.report(shown));
        model.addAttribute("transcriptReady", shown != null && transcripts.availableToMe(shown));
        return "assessment/family";
    }
}
