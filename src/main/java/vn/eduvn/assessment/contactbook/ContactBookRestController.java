package vn.eduvn.assessment.contactbook;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.registry.StudentView;

/** The contact book through the API, for a parent's app. */
@RestController
class ContactBookRestController {

    private final ContactBook book;

    ContactBookRestController(ContactBook book) {
        this.book = book;
    }

    @GetMapping("/api/v1/me/children")
    List<StudentView> children() {
        return book.children();
    }

    @GetMapping("/api/v1/me/children/{studentId}/contact-book")
    ContactBook.ChildReport report(@PathVariable long studentId) {
        return book.report(studentId);
    }
}
