package vn.eduvn.assessment.gradebook;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.platform.sheets.Downloads;
import vn.eduvn.platform.sheets.TableFile;

/** Gradebooks as JSON: the grid of an assignment, and one cell at a time (for scripts and for the grid page). */
@RestController
class GradebookRestController {

    private final Gradebooks gradebooks;

    private final MarkHistory history;

    private final org.springframework.context.MessageSource messages;

    GradebookRestController(
            Gradebooks gradebooks, MarkHistory history, org.springframework.context.MessageSource messages) {
        this.gradebooks = gradebooks;
        this.history = history;
        this.messages = messages;
    }

    /** Re-imports an exported (and edited) sheet: 200 with the report, or 422 when nothing was written. */
    @PostMapping(
            value = {"/api/v1/gradebooks/{id}/import", "/gradebook/{id}/import"},
            consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    org.springframework.http.ResponseEntity<Gradebooks.Imported> importSheet(
            @PathVariable long id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam(defaultValue = "all-or-nothing") String mode)
            throws java.io.IOException {
        Gradebooks.Imported report =
                gradebooks.importSheet(id, file.getInputStream(), "valid-rows".equals(mode), messages);
        return Downloads.report(report, report.applied());
    }

    /** The grid as an Excel sheet (students in class order, every column, the result), for the teacher. */
    @GetMapping({"/api/v1/gradebooks/{id}/export", "/gradebook/{id}/export"})
    org.springframework.http.ResponseEntity<byte[]> export(@PathVariable long id) {
        Gradebooks.GradebookView view = gradebooks.view(id);
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of("Mã định danh", "Họ và tên"));
        headers.addAll(view.columns());
        headers.add("Kết quả");
        java.util.List<java.util.List<String>> rows = view.lines().stream()
                .map(line -> {
                    java.util.List<String> row =
                            new java.util.ArrayList<>(java.util.List.of(line.personalId(), line.fullName()));
                    view.columns().forEach(c -> row.add(line.cells().get(c).value()));
                    row.add(line.result() == null ? "" : line.result());
                    return row;
                })
                .toList();
        String name = "so-diem-" + view.className() + "-" + view.subjectCode() + "-hk" + view.term() + ".xlsx";
        return Downloads.file(TableFile.xlsx("Sổ điểm", headers, rows), Downloads.XLSX, name);
    }

    /** Every change of a class's marks (one student's with {@code studentId}), for the principal. */
    @GetMapping("/api/v1/schools/{id}/mark-history")
    java.util.List<MarkHistory.Change> history(
            @PathVariable long id, @RequestParam long classId, @RequestParam(required = false) Long studentId) {
        return history.of(id, classId, studentId);
    }

    /** A cell to save: whose, which column, the value as typed (empty clears it), the version the client saw. */
    record MarkInput(long studentId, String column, String value, long version) {}

    @GetMapping("/api/v1/gradebooks")
    Gradebooks.GradebookView open(
            @RequestParam long classId, @RequestParam String subject, @RequestParam(defaultValue = "1") int term) {
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
