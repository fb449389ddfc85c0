package vn.eduvn.timetable.school;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.timetable.fet.FetExport;
import vn.eduvn.timetable.fet.FetReader;

/**
 * A school's timetable problem to and from FET by script: the export writes the problem EduVN would solve as a
 * {@code .fet} file (also the page's download); the import answers the plan of bringing a {@code .fet} into the
 * school's data ({@link SchoolFetImport}) and, with {@code apply=true}, writes it.
 */
@RestController
class SchoolFetRestController {

    private final TimetableRuns runs;

    private final SchoolFetImport imports;

    SchoolFetRestController(TimetableRuns runs, SchoolFetImport imports) {
        this.runs = runs;
        this.imports = imports;
    }

    @GetMapping({"/api/v1/schools/{id}/timetable/fet", "/schools/{id}/timetable/fet/export"})
    ResponseEntity<byte[]> export(@PathVariable long id) {
        byte[] fet = FetExport.write(runs.problem(id)).getBytes(StandardCharsets.UTF_8);
        return vn.eduvn.platform.sheets.Downloads.file(fet, MediaType.APPLICATION_XML, "thoi-khoa-bieu-" + id + ".fet");
    }

    /** The plan of importing the body's {@code .fet}; with {@code apply=true} also writes it. */
    @PostMapping("/api/v1/schools/{id}/timetable/fet/import")
    SchoolFetImport.Plan importFile(
            @PathVariable long id, @RequestParam(defaultValue = "false") boolean apply, HttpServletRequest request)
            throws IOException {
        imports.requireImporter(id);
        SchoolFetImport.Plan plan = imports.plan(id, FetReader.read(request.getInputStream()));
        if (apply) {
            imports.apply(id, plan);
        }
        return plan;
    }
}
