package vn.eduvn.registry.oneroster;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.platform.sheets.Downloads;

/** A school's OneRoster 1.2 CSV bulk export, for learning platforms that roster from EduVN. */
@RestController
class OneRosterRestController {

    private final OneRosterExport export;

    OneRosterRestController(OneRosterExport export) {
        this.export = export;
    }

    @GetMapping({"/api/v1/schools/{id}/oneroster", "/schools/{id}/oneroster"})
    ResponseEntity<byte[]> oneRoster(@PathVariable long id) {
        return Downloads.file(
                export.zip(id), MediaType.parseMediaType("application/zip"), "oneroster-1.2-" + id + ".zip");
    }
}
