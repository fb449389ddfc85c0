package vn.eduvn.assessment.contactbook;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eduvn.registry.StudentView;

/** The parent's pages: their children, and each child's contact book. */
@Controller
class ContactBookController {

    private final ContactBook book;

    ContactBookController(ContactBook book) {
        this.book = book;
    }

    @GetMapping("/family")
    String family(@RequestParam(required = false) Long child, Model model) {
        List<StudentView> children = book.children();
        model.addAttribute("children", children);
        Long shown = child != null ? child : children.isEmpty() ? null : children.get(0).id();
        model.addAttribute("report", shown == null ? null : book.report(shown));
        return "assessment/family";
    }
}
