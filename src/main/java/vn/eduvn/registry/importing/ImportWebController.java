package vn.eduvn.registry.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.eduvn.platform.sheets.ImportMode;
import vn.eduvn.registry.school.Schools;

/**
 * The clerk's import page: download the template, upload the filled workbook (with a progress bar), read
 * the report of every bad row and column.
 */
@Controller
class ImportWebController {

    /** What the page imports: its title, its template, and the import that reads it. */
    enum Kind {
        STUDENTS("/students/import-template"),
        STAFF("/staff/import-template"),
        CLASSES("/classes/import-template");

        private final String template;

        Kind(String template) {
            this.template = template;
        }

        public String template() {
            return template;
        }

        public String title() {
            return "import.title." + name();
        }

        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Kind of(String what) {
            for (Kind kind : values()) {
                if (kind.param().equalsIgnoreCase(what)) {
                    return kind;
                }
            }
            return STUDENTS;
        }
    }

    private final Schools schools;

    private final StudentImport students;

    private final StaffImport staff;

    private final ClassImport classes;

    ImportWebController(Schools schools, StudentImport students, StaffImport staff, ClassImport classes) {
        this.schools = schools;
        this.students = students;
        this.staff = staff;
        this.classes = classes;
    }

    @GetMapping("/schools/{id}/import")
    String page(@PathVariable long id, @RequestParam(defaultValue = "students") String what, Model model) {
        model.addAttribute("school", schools.require(id, Schools.KEEPERS));
        model.addAttribute("kind", Kind.of(what));
        return "registry/import";
    }

    @PostMapping("/schools/{id}/import")
    String upload(
            @PathVariable long id,
            @RequestParam(defaultValue = "students") String what,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response)
            throws IOException {
        model.addAttribute("school", schools.require(id, Schools.KEEPERS));
        Kind kind = Kind.of(what);
        model.addAttribute("kind", kind);
        ImportMode importMode = ImportMode.of(mode);
        ImportReport report = switch (kind) {
            case STUDENTS -> students.importStudents(id, file.getInputStream(), importMode);
            case STAFF -> staff.importStaff(id, file.getInputStream(), importMode);
            case CLASSES -> classes.importClasses(id, file.getInputStream(), importMode);
        };
        model.addAttribute("report", report);
        model.addAttribute("mode", mode);
        if (!report.applied()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return htmx != null ? "registry/import :: report" : "registry/import";
    }
}
