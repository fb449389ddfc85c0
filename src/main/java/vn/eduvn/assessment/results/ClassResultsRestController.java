package vn.eduvn.assessment.results;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.eduvn.platform.sheets.Downloads;
import vn.eduvn.platform.sheets.TableFile;

/** The class summary and conduct through the API, for the class's homeroom teacher. */
@RestController
class ClassResultsRestController {

    private final ClassResults results;

    private final MessageSource messages;

    ClassResultsRestController(ClassResults results, MessageSource messages) {
        this.results = results;
        this.messages = messages;
    }

    record ConductInput(long studentId, int term, String level) {
    }

    @GetMapping("/api/v1/homeroom/{classId}")
    ClassResults.Summary summary(@PathVariable long classId, @RequestParam(defaultValue = "1") int term) {
        return results.summary(classId, term);
    }

    /** The class summary (bảng tổng hợp kết quả) as an Excel sheet, in the customary column order. */
    @GetMapping({ "/api/v1/homeroom/{classId}/export", "/homeroom/{classId}/export" })
    ResponseEntity<byte[]> export(@PathVariable long classId, @RequestParam(defaultValue = "1") int term) {
        ClassResults.Summary summary = results.summary(classId, term);
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of("Họ và tên"));
        summary.subjects().forEach(s -> headers.add(s.name()));
        headers.addAll(java.util.List.of("Kết quả học tập", "Kết quả rèn luyện", "Danh hiệu", "Lên lớp"));
        java.util.List<java.util.List<String>> rows = summary.students().stream().map(st -> {
            java.util.List<String> row = new java.util.ArrayList<>(java.util.List.of(st.fullName()));
            summary.subjects().forEach(s -> row.add(java.util.Objects.requireNonNullElse(st.subjects().get(s.code()), "")));
            row.addAll(java.util.List.of(label("results.level.", st.learning()), label("results.level.", st.conduct()),
                    label("results.title.", st.title()), label("results.decision.", st.decision())));
            return row;
        }).toList();
        String name = "tong-hop-" + summary.className() + (term == 0 ? "-ca-nam" : "-hk" + term) + ".xlsx";
        return Downloads.file(TableFile.xlsx("Tổng hợp", headers, rows), Downloads.XLSX, name);
    }

    /** A code's label as the page shows it, in the caller's language (the same bundle keys). */
    private String label(String prefix, String code) {
        return code == null ? "" : messages.getMessage(prefix + code, null, code, LocaleContextHolder.getLocale());
    }

    record CommentInput(long studentId, String body) {
    }

    @PutMapping("/api/v1/homeroom/{classId}/comment")
    ResponseEntity<Void> comment(@PathVariable long classId, @RequestBody CommentInput input) {
        results.comment(classId, input.studentId(), input.body());
        return ResponseEntity.noContent().build();
    }

    record NominationInput(long studentId, boolean nominated) {
    }

    /** TT27: the homeroom teacher proposes a pupil for the title "Học sinh Tiêu biểu" (or withdraws the proposal). */
    @PutMapping("/api/v1/homeroom/{classId}/nomination")
    ResponseEntity<Void> nominate(@PathVariable long classId, @RequestBody NominationInput input) {
        results.nominate(classId, input.studentId(), input.nominated());
        return ResponseEntity.noContent().build();
    }

    record PersonalInput(int term, java.util.Map<Long, java.util.Map<String, String>> levels) {
    }

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
