package vn.eduvn.assessment.gradebook;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Gradebooks as JSON: the grid of an assignment, and one cell at a time (for scripts and for the grid page). */
@RestController
class GradebookRestController {

    private final Gradebooks gradebooks;

    private final MarkHistory history;

    GradebookRestController(Gradebooks gradebooks, MarkHistory history) {
        this.gradebooks = gradebooks;
        this.history = history;
    }

    /** Every change of a class's marks (one student's with {@code studentId}), for the principal. */
    @GetMapping("/api/v1/schools/{id}/mark-history")
    java.util.List<MarkHistory.Change> history(@PathVariable long id, @RequestParam long classId,
            @RequestParam(required = false) Long studentId) {
        return history.of(id, classId, studentId);
    }

    /** A cell to save: whose, which column, the value as typed (empty clears it), the version the client saw. */
    record MarkInput(long studentId, String column, String value, long version) {
    }

    @GetMapping("/api/v1/gradebooks")
    Gradebooks.GradebookView open(@RequestParam long classId, @RequestParam String subject,
            @RequestParam(defaultValue = "1") int term) {
        return gradebooks.open(classId, subject, term);
    }

    @PutMapping("/api/v1/gradebooks/{id}/marks")
    Gradebooks.SavedCell save(@PathVariable long id, @RequestBody MarkInput mark) {
        return gradebooks.save(id, mark.studentId(), mark.column(), mark.value(), mark.version());
    }

    /** The same for the grid page's script: the signed-in session and its CSRF token, problems as JSON. */
    @PostMapping("/gradebook/{id}/marks")
    Gradebooks.SavedCell saveFromPage(@PathVariable long id, @RequestBody MarkInput mark) {
        return save(id, mark);
    }
}
