package vn.eduvn.registry.importing;

import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.eduvn.platform.sheets.Downloads;
import vn.eduvn.platform.sheets.ImportMode;
import vn.eduvn.registry.assignment.TeachingAssignments;
import vn.eduvn.registry.staff.StaffDirectory;

/** Staff and classes as files through the API: templates, imports, Excel and CSV exports. */
@RestController
class ListFilesRestController {

    private final StaffImport staffImport;

    private final ClassImport classImport;

    private final StaffSheets staffSheets;

    private final ClassSheets classSheets;

    private final StaffDirectory staff;

    private final TeachingAssignments classes;

    ListFilesRestController(
            StaffImport staffImport,
            ClassImport classImport,
            StaffSheets staffSheets,
            ClassSheets classSheets,
            StaffDirectory staff,
            TeachingAssignments classes) {
        this.staffImport = staffImport;
        this.classImport = classImport;
        this.staffSheets = staffSheets;
        this.classSheets = classSheets;
        this.staff = staff;
        this.classes = classes;
    }

    @GetMapping({"/api/v1/staff/import-template", "/staff/import-template"})
    ResponseEntity<byte[]> staffTemplate() {
        return Downloads.file(staffSheets.template(), Downloads.XLSX, "mau-nhap-can-bo.xlsx");
    }

    @GetMapping({"/api/v1/classes/import-template", "/classes/import-template"})
    ResponseEntity<byte[]> classTemplate() {
        return Downloads.file(classSheets.template(), Downloads.XLSX, "mau-nhap-lop.xlsx");
    }

    @PostMapping(value = "/api/v1/schools/{id}/staff/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> importStaff(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "all-or-nothing") String mode)
            throws IOException {
        ImportReport report = staffImport.importStaff(id, file.getInputStream(), ImportMode.of(mode));
        return Downloads.report(report, report.applied());
    }

    @PostMapping(value = "/api/v1/schools/{id}/classes/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> importClasses(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "all-or-nothing") String mode)
            throws IOException {
        ImportReport report = classImport.importClasses(id, file.getInputStream(), ImportMode.of(mode));
        return Downloads.report(report, report.applied());
    }

    @GetMapping({"/api/v1/schools/{id}/staff/export", "/schools/{id}/staff/export"})
    ResponseEntity<byte[]> exportStaff(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) {
        var all = staff.search(id, "");
        return "csv".equalsIgnoreCase(format)
                ? Downloads.file(staffSheets.csv(all), Downloads.CSV, "can-bo.csv")
                : Downloads.file(staffSheets.xlsx(all), Downloads.XLSX, "can-bo.xlsx");
    }

    @GetMapping({"/api/v1/schools/{id}/classes/export", "/schools/{id}/classes/export"})
    ResponseEntity<byte[]> exportClasses(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) {
        var all = classes.classes(id);
        var members = staff.search(id, "");
        return "csv".equalsIgnoreCase(format)
                ? Downloads.file(classSheets.csv(all, members), Downloads.CSV, "lop.csv")
                : Downloads.file(classSheets.xlsx(all, members), Downloads.XLSX, "lop.xlsx");
    }
}
