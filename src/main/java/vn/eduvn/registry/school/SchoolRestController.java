package vn.eduvn.registry.school;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.registry.SchoolSummary;

/** The schools in the caller's scope. The id of a school is its org unit id. */
@RestController
class SchoolRestController {

    private final Schools schools;

    SchoolRestController(Schools schools) {
        this.schools = schools;
    }

    @GetMapping("/api/v1/schools")
    List<SchoolSummary> schools() {
        return schools.visible();
    }
}
