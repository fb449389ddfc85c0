package vn.eduvn.assessment.results;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The class summary and conduct through the API, for the class's homeroom teacher. */
@RestController
class ClassResultsRestController {

    private final ClassResults results;

    ClassResultsRestController(ClassResults results) {
        this.results = results;
    }

    record ConductInput(long studentId, int term, String level) {
    }

    @GetMapping("/api/v1/homeroom/{classId}")
    ClassResults.Summary summary(@PathVariable long classId, @RequestParam(defaultValue = "1") int term) {
        return results.summary(classId, term);
    }

    @PutMapping("/api/v1/homeroom/{classId}/conduct")
    ResponseEntity<Void> conduct(@PathVariable long classId, @RequestBody ConductInput input) {
        results.rateConduct(classId, input.studentId(), input.term(), input.level());
        return ResponseEntity.noContent().build();
    }
}
