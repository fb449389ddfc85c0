package vn.eduvn.registry.staff;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.registry.StaffView;

/** A school's staff as JSON, searchable by name without diacritics or by identifier. */
@RestController
class StaffRestController {

    private final StaffDirectory directory;

    StaffRestController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/v1/schools/{id}/staff")
    List<StaffView> staff(@PathVariable long id, @RequestParam(defaultValue = "") String q) {
        return directory.search(id, q);
    }
}
