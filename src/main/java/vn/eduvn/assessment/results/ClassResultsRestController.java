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

    /** The class summary (bảng tổng hợp kết quả) as an Excel sheet, in the customary column order. */
    @GetMapping({ "/api/v1/homeroom/{classId}/export", "/homeroom/{classId}/export" })
    ResponseEntity<byte[]> export(@PathVariable long classId, @RequestParam(defaultValue = "1") int term) {
        ClassResults.Summary summary = results.summary(classId, term);
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of("Họ và tên"));
        summary.subjects().forEach(s -> headers.add(s.name()));
        headers.addAll(java.util.List.of("Kết quả học tập", "Kết quả rèn luyện", "Danh hiệu", "Lên lớp"));
        java.util.List<java.util.List<String>> rows = summary.students().stream().map(st -> {
            java.util.List<String> row = new java.util.ArrayList<>(java.util.List.of(st.fullName()));
            summary.subjects().forEach(s -> row.add(nonNull(st.subjects().get(s.code()))));
            row.addAll(java.util.List.of(label(st.learning()), label(st.conduct()), name(TITLES, st.title()),
                    name(DECISIONS, st.decision())));
            return row;
        }).toList();
        String name = "tong-hop-" + summary.className() + (term == 0 ? "-ca-nam" : "-hk" + term) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(vn.eduvn.platform.sheets.TableFile.xlsx("Tổng hợp", headers, rows));
    }

    private static final java.util.Map<String, String> LEVELS = java.util.Map.of("TOT", "Tốt", "KHA", "Khá", "DAT", "Đạt",
            "CHUA_DAT", "Chưa đạt");

    private static final java.util.Map<String, String> TITLES = java.util.Map.of("HOC_SINH_XUAT_SAC", "Học sinh Xuất sắc",
            "HOC_SINH_GIOI", "Học sinh Giỏi");

    private static final java.util.Map<String, String> DECISIONS = java.util.Map.of("PROMOTED", "Lên lớp", "RETAINED",
            "Ở lại lớp", "SUMMER_TRAINING", "Rèn luyện hè", "REASSESS_SUBJECTS", "Kiểm tra lại");

    private static String label(String level) {
        return name(LEVELS, level);
    }

    private static String name(java.util.Map<String, String> names, String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    record CommentInput(long studentId, String body) {
    }

    @PutMapping("/api/v1/homeroom/{classId}/comment")
    ResponseEntity<Void> comment(@PathVariable long classId, @RequestBody CommentInput input) {
        results.comment(classId, input.studentId(), input.body());
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
