package vn.eduvn.assessment.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.eduvn.assessment.engine.Levels.Comment;
import vn.eduvn.assessment.engine.Levels.HanhKiem;
import vn.eduvn.assessment.engine.Tt58Engine;
import vn.eduvn.registry.StudentView;

/**
 * A student's line of the class results under Thông tư 58/2011 (and as amended by Thông tư 26/2020), the
 * regime of secondary classes before Thông tư 22/2021 reached their grade: học lực from the subjects' averages and
 * comments, hạnh kiểm as the homeroom teacher gives it, and for the year the title and the promotion decision.
 */
final class SecondaryTt58 {

    private SecondaryTt58() {}

    static ClassResults.StudentResult judge(
            Tt58Engine engine,
            StudentView student,
            List<ClassResults.Subject> subjects,
            Map<String, String> results,
            String conduct,
            int term,
            int absent) {
        if (results.values().stream().anyMatch(r -> r == null)) {
            return ClassResults.incomplete(student, results, conduct);
        }
        ClassResults.Split split = ClassResults.Split.of(subjects, results);
        Map<String, BigDecimal> averages = split.averages();
        Map<String, Comment> comments = split.comments();
        Tt58Engine.Rank rank = engine.hocLuc(averages, comments, null);
        String title = null;
        String decision = null;
        List<String> retake = List.of();
        if (term == 0 && conduct != null) {
            HanhKiem hanhKiem = HanhKiem.valueOf(conduct);
            title = engine.title(rank.level(), hanhKiem);
            Tt58Engine.Promotion promotion = engine.promotion(rank.level(), hanhKiem, absent, averages, comments);
            decision = promotion.decision();
            retake = promotion.retakeEligibleSubjects() == null ? List.of() : promotion.retakeEligibleSubjects();
        }
        return new ClassResults.StudentResult(
                student.id(),
                student.fullName(),
                results,
                rank.rawLevel().name(),
                rank.level().name(),
                rank.adjusted(),
                conduct,
                title,
                decision,
                retake,
                Map.of(),
                null);
    }
}
