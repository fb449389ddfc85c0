package vn.eduvn.registry.importing;

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

import jakarta.servlet.http.HttpServletResponse;

import vn.eduvn.registry.school.Schools;

/**
 * The clerk's import page: download the template, upload the filled workbook (with a progress bar), read
 * the report of every bad row and column.
 */
@Controller
class ImportWebController {

    private final Schools schools;

    private final StudentImport importer;

    ImportWebController(Schools schools, StudentImport importer) {
        this.schools = schools;
        this.importer = importer;
    }

    @GetMapping("/schools/{id}/import")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("school", schools.require(id, Schools.KEEPERS));
        return "registry/import";
    }

    @PostMapping("/schools/{id}/import")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response) throws IOException {
        model.addAttribute("school", schools.require(id, Schools.KEEPERS));
        ImportReport report = importer.importStudents(id, file.getInputStream(), ImportMode.of(mode));
        model.addAttribute("report", report);
        model.addAttribute("mode", mode);
        if (!report.applied()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return htmx != null ? "registry/import :: report" : "registry/import";
    }
}
