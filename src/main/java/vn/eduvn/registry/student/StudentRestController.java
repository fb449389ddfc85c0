package vn.eduvn.registry.student;

import java.io.IOException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.sheets.Downloads;
import vn.eduvn.platform.sheets.ImportMode;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.importing.ImportReport;
import vn.eduvn.registry.importing.StudentImport;
import vn.eduvn.registry.importing.StudentSheets;

/** Students through the API: search, one record and its history, enrol and correct, the steps of school life, the import template, import, export. */
@RestController
class StudentRestController {

    private final StudentDirectory directory;

    private final StudentImport importer;

    private final StudentSheets sheets;

    private final StudentRecords records;

    private final Guardians guardians;

    StudentRestController(
            StudentDirectory directory,
            StudentImport importer,
            StudentSheets sheets,
            StudentRecords records,
            Guardians guardians) {
        this.guardians = guardians;
        this.directory = directory;
        this.records = records;
        this.importer = importer;
        this.sheets = sheets;
    }

    @GetMapping("/api/v1/schools/{id}/students")
    StudentPage search(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long classId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page<StudentView> found =
                directory.search(id, q, classId, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)));
        return new StudentPage(
                found.getContent(),
                found.getNumber(),
                found.getSize(),
                found.getTotalElements(),
                found.getTotalPages());
    }

    @GetMapping("/api/v1/schools/{id}/students/{studentId}")
    StudentView one(@PathVariable long id, @PathVariable long studentId) {
        return records.get(id, studentId);
    }

    @GetMapping("/api/v1/schools/{id}/students/{studentId}/history")
    List<StudentHistory.Step> history(@PathVariable long id, @PathVariable long studentId) {
        return records.history(id, studentId);
    }

    @PostMapping("/api/v1/schools/{id}/students")
    ResponseEntity<StudentView> enrol(@PathVariable long id, @RequestBody StudentForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(records.enrol(id, form));
    }

    @PutMapping("/api/v1/schools/{id}/students/{studentId}")
    StudentView update(@PathVariable long id, @PathVariable long studentId, @RequestBody StudentForm form) {
        return records.update(id, studentId, form);
    }

    @PostMapping("/api/v1/schools/{id}/students/{studentId}/move")
    StudentView move(@PathVariable long id, @PathVariable long studentId, @RequestBody Move move) {
        if (move.classId() == null) {
            throw DomainException.invalid("classId", "validation.required");
        }
        records.moveClass(id, studentId, move.classId(), move.reason());
        return records.get(id, studentId);
    }

    @PostMapping("/api/v1/schools/{id}/students/{studentId}/hold-back")
    StudentView holdBack(@PathVariable long id, @PathVariable long studentId, @RequestBody HoldBack holdBack) {
        records.holdBack(id, studentId, holdBack.heldBack());
        return records.get(id, studentId);
    }

    @PostMapping("/api/v1/schools/{id}/students/{studentId}/leave")
    StudentView leave(@PathVariable long id, @PathVariable long studentId, @RequestBody Leave leave) {
        records.leave(id, studentId, leave.reason());
        return records.get(id, studentId);
    }

    @PostMapping("/api/v1/schools/{id}/students/{studentId}/graduate")
    StudentView graduate(@PathVariable long id, @PathVariable long studentId) {
        records.graduate(id, studentId);
        return records.get(id, studentId);
    }

    @GetMapping("/api/v1/schools/{id}/students/{studentId}/guardians")
    List<String> guardians(@PathVariable long id, @PathVariable long studentId) {
        return guardians.accountsOf(id, studentId);
    }

    @PostMapping("/api/v1/schools/{id}/students/{studentId}/guardians")
    List<String> linkGuardian(@PathVariable long id, @PathVariable long studentId, @RequestBody Guardian guardian) {
        guardians.link(id, studentId, guardian.username());
        return guardians.accountsOf(id, studentId);
    }

    @org.springframework.web.bind.annotation.DeleteMapping(
            "/api/v1/schools/{id}/students/{studentId}/guardians/{username}")
    List<String> unlinkGuardian(@PathVariable long id, @PathVariable long studentId, @PathVariable String username) {
        guardians.unlink(id, studentId, username);
        return guardians.accountsOf(id, studentId);
    }

    record Guardian(String username) {}

    record Move(Long classId, String reason) {}

    record HoldBack(boolean heldBack) {}

    record Leave(String reason) {}

    @GetMapping({"/api/v1/students/import-template", "/students/import-template"})
    ResponseEntity<byte[]> template() {
        return Downloads.file(sheets.template(), Downloads.XLSX, "mau-nhap-hoc-sinh.xlsx");
    }

    @PostMapping(value = "/api/v1/schools/{id}/students/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> importStudents(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "all-or-nothing") String mode)
            throws IOException {
        ImportReport report = importer.importStudents(id, file.getInputStream(), ImportMode.of(mode));
        return Downloads.report(report, report.applied());
    }

    @GetMapping({"/api/v1/schools/{id}/students/export", "/schools/{id}/students/export"})
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) {
        List<StudentView> all = directory.all(id);
        return "csv".equalsIgnoreCase(format)
                ? Downloads.file(sheets.csv(all), Downloads.CSV, "hoc-sinh.csv")
                : Downloads.file(sheets.xlsx(all), Downloads.XLSX, "hoc-sinh.xlsx");
    }

    record StudentPage(List<StudentView> content, int page, int size, long totalElements, int totalPages) {}
}
