package vn.eduvn.org.schoolyear;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.org.SchoolYearView;

/** The school years that apply at a unit, as JSON. */
@RestController
class SchoolYearRestController {

    private final SchoolYearService years;

    SchoolYearRestController(SchoolYearService years) {
        this.years = years;
    }

    @GetMapping("/api/v1/units/{id}/school-years")
    List<SchoolYearView> effective(@PathVariable long id) {
        return years.effectiveAt(id);
    }
}
