package vn.eduvn.assessment.results;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.platform.sheets.Downloads;

/** The class summary and conduct through the API, for the class's homeroom teacher. */
@RestController
class ClassResultsRestController {

    private final ClassResults results;

    private final ClassSummarySheet summarySheet;

    private final vn.eduvn.registry.RegistryApi registry;

    ClassResultsRestController(
            ClassResults results, ClassSummarySheet summarySheet, vn.eduvn.registry.RegistryApi registry) {
        this.results = results;
        this.summarySheet = summarySheet;
        this.registry = registry;
    }

    record ConductInput(long studentId, int term, String level) {}

    @GetMapping("/api/v1/homeroom/{classId}")
    ClassResults.Summary summary(@PathVariable long classId, @RequestParam(defaultValue = "1") int term) {
        return results.summary(classId, term);
    }

    /** The class summary (bảng tổng hợp kết quả) as an Excel sheet in the layout schools print. */
    @GetMapping({"/api/v1/homeroom/{classId}/export", "/homeroom/{classId}/export"})
    ResponseEntity<byte[]> export(@PathVariable long classId, @RequestParam(defaultValue = "1") int term) {
        ClassResults.Summary summary = results.summary(classId, term);
        byte[] sheet = summarySheet.write(registry.classRecord(classId, false), summary);
        String name = "tong-hop-" + summary.className() + (term == 0 ? "-ca-nam" : "-hk" + term) + ".xlsx";
        return Downloads.file(sheet, Downloads.XLSX, name);
    }

    record CommentInput(long studentId, String body) {}

    @PutMapping("/api/v1/homeroom/{classId}/comment")
    ResponseEntity<Void> comment(@PathVariable long classId, @RequestBody CommentInput input) {
        results.comment(classId, input.studentId(), input.body());
        return ResponseEntity.noContent().build();
    }

    record NominationInput(long studentId, boolean nominated) {}

    /** TT27: the homeroom teacher proposes a pupil for the title "Học sinh Tiêu biểu" (or withdraws the proposal). */
    @PutMapping("/api/v1/homeroom/{classId}/nomination")
    ResponseEntity<Void> nominate(@PathVariable long classId, @RequestBody NominationInput input) {
        results.nominate(classId, input.studentId(), input.nominated());
        return ResponseEntity.noContent().build();
    }

    record PersonalInput(int term, java.util.Map<Long, java.util.Map<String, String>> levels) {}

    /** Primary qualities and competencies of a term: {term, levels: {studentId: {code: T|D|C}}}. */
    @PutMapping("/api/v1/homeroom/{classId}/personal")
    ResponseEntity<Void> personal(@PathVariable long classId, @RequestBody PersonalInput input) {
        results.ratePersonal(classId, input.term(), input.levels() == null ? java.util.Map.of() : input.levels());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/homeroom/{classId}/conduct")
    ResponseEntity<Void> conduct(@PathVariable long classId, @RequestBody ConductInput input) {
        results.rateConduct(classId, input.studentId(), input.term(), input.level());
        return ResponseEntity.noContent().build();
    }
}
