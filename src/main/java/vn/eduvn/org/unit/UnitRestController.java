package vn.eduvn.org.unit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.org.UnitView;

/** The organisation tree as JSON, limited to the caller's scope. */
@RestController
class UnitRestController {

    private final UnitService units;

    UnitRestController(UnitService units) {
        this.units = units;
    }

    /** Every unit the caller reaches, optionally filtered by name or code ({@code q}). */
    @GetMapping("/api/v1/units")
    List<UnitView> list(@RequestParam(required = false) String q) {
        return units.inScope(q);
    }

    @GetMapping("/api/v1/units/{id}")
    UnitView get(@PathVariable long id) {
        return units.get(id);
    }

    @GetMapping("/api/v1/units/{id}/children")
    List<UnitView> children(@PathVariable long id) {
        return units.children(id);
    }
}
