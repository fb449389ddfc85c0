package vn.eduvn.assessment.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eduvn.assessment.engine.Levels.Quality;
import vn.eduvn.assessment.engine.PrimaryEngine;

/**
 * A pupil's year end under Thông tư 30/2014 as amended by Thông tư 22/2016, the regime of primary classes before
 * Thông tư 27/2020 reached their grade: completion of the grade's programme and the commendation for outstanding
 * completion, from the year-end levels and tests and the three capacities and four qualities of the second term.
 */
final class PrimaryTt30 {

    private PrimaryTt30() {}

    /** The line with its year end, or unchanged while a level, a test or a capacity or quality is missing. */
    static ClassResults.StudentResult yearEnd(
            PrimaryEngine engine,
            int grade,
            ClassResults.StudentResult r,
            List<PrimaryEngine.SubjectResult> studied,
            List<PrimaryEngine.SubjectResult> activities,
            Map<String, String> personal) {
        List<String> codes = ClassResults.TT30_PERSONAL;
        if (!personal.keySet().containsAll(codes)) {
            return r;
        }
        Map<String, Quality> capacities = new LinkedHashMap<>();
        Map<String, Quality> qualities = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            (i < 3 ? capacities : qualities).put(codes.get(i), Quality.valueOf(personal.get(codes.get(i))));
        }
        PrimaryEngine.Tt30YearEnd end =
                engine.yearEndTt30(grade, studied, activities, capacities, qualities, java.util.Set.of());
        if ("INCOMPLETE_DATA".equals(end.completedGradeProgram())) {
            return r;
        }
        String completed = "YES".equals(end.completedGradeProgram()) ? "HOAN_THANH" : "CHUA_HOAN_THANH";
        return new ClassResults.StudentResult(
                r.studentId(),
                r.fullName(),
                r.subjects(),
                completed,
                completed,
                false,
                r.conduct(),
                end.excellentCommendation() ? "HOAN_THANH_XUAT_SAC" : null,
                "HOAN_THANH".equals(completed) ? "PROMOTED" : null,
                List.of(),
                personal,
                r.comment());
    }
}
