package vn.eduvn.assessment.engine;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eduvn.assessment.AssessmentSettings;
import vn.eduvn.assessment.engine.Levels.Checkpoint;
import vn.eduvn.assessment.engine.Levels.Completion;
import vn.eduvn.assessment.engine.Levels.Quality;

/**
 * Primary school: TT30/2014 as amended by TT22/2016 (classes on the 2006 programme) and TT27/2020 (classes
 * on the 2018 programme). Both assess subjects by level, with integer tests in a few subjects; they differ
 * in which subjects are tested and in how the end of the year is judged (sections 1 and 2).
 */
public final class PrimaryEngine {

    /** TT30 as amended: tested at CHK1 and CN when the class studies them (1.3). */
    private static final List<String> TT30_TESTED =
            List.of("TIENG_VIET", "TOAN", "KHOA_HOC", "LS_DL", "NGOAI_NGU", "TIN_HOC", "TIENG_DAN_TOC");

    private static final List<String> MID_SEMESTER = List.of("TIENG_VIET", "TOAN");

    private final boolean tt27;

    private final AssessmentSettings.Primary settings;

    private PrimaryEngine(boolean tt27, AssessmentSettings.Primary settings) {
        this.tt27 = tt27;
        this.settings = settings;
    }

    public static PrimaryEngine tt30(AssessmentSettings.Primary settings) {
        return new PrimaryEngine(false, settings);
    }

    public static PrimaryEngine tt27(AssessmentSettings.Primary settings) {
        return new PrimaryEngine(true, settings);
    }

    /** One subject or activity at the end of the year, with its periodic test score when it has one. */
    public record SubjectResult(String code, Completion level, BigDecimal testScore) {}

    /** The subjects with a periodic test at a checkpoint, in the order the class studies them. */
    public List<String> periodicTestSubjects(
            int grade, Checkpoint checkpoint, List<String> studied, Set<String> electives) {
        if (checkpoint == Checkpoint.GHK1 || checkpoint == Checkpoint.GHK2) {
            return grade >= 4 ? studied.stream().filter(MID_SEMESTER::contains).toList() : List.of();
        }
        if (!tt27) {
            return studied.stream()
                    .filter(TT30_TESTED::contains)
                    .filter(s -> settings.testElectives() || !electives.contains(s))
                    .toList();
        }
        // TT27 Art 7: compulsory subjects only; Khoa học kept in for grades 4–5 (UNCONFIRMED, P27-03).
        List<String> compulsory = switch (grade) {
            case 1, 2 -> List.of("TIENG_VIET", "TOAN");
            case 3 -> List.of("TIENG_VIET", "TOAN", "NGOAI_NGU_1", "TIN_HOC_CONG_NGHE");
            default -> List.of("TIENG_VIET", "TOAN", "NGOAI_NGU_1", "LS_DL", "KHOA_HOC", "TIN_HOC_CONG_NGHE");
        };
        return studied.stream()
                .filter(compulsory::contains)
                .filter(s -> !electives.contains(s))
                .toList();
    }

    /** TT30 end of year (1.5, 1.6): completion of the grade and the excellence commendation. */
    public Tt30YearEnd yearEndTt30(
            int grade,
            List<SubjectResult> subjects,
            List<SubjectResult> activities,
            Map<String, Quality> competencies,
            Map<String, Quality> qualities,
            Set<String> electives) {
        List<String> tested = periodicTestSubjects(grade, Checkpoint.CN, codes(subjects), electives);
        List<BigDecimal> scores = subjects.stream()
                .filter(s -> tested.contains(s.code()))
                .map(SubjectResult::testScore)
                .toList();
        if (scores.stream().anyMatch(s -> s == null)) {
            return new Tt30YearEnd("INCOMPLETE_DATA", false);
        }
        List<Quality> personal = personal(competencies, qualities);
        boolean completed = subjects.stream().allMatch(s -> s.level() != Completion.C)
                && activities.stream().allMatch(s -> s.level() != Completion.C)
                && personal.stream().allMatch(q -> q != Quality.C)
                && all(scores, "5");
        List<SubjectResult> judged = settings.excellenceIncludesActivities() ? concat(subjects, activities) : subjects;
        boolean excellent = judged.stream().allMatch(s -> s.level() == Completion.T)
                && personal.stream().allMatch(q -> q == Quality.T)
                && all(scores, "9");
        return new Tt30YearEnd(completed ? "YES" : "NO", excellent);
    }

    /** {@code completedGradeProgram} is YES, NO or INCOMPLETE_DATA (a tested subject without its score). */
    public record Tt30YearEnd(String completedGradeProgram, boolean excellentCommendation) {}

    /** TT27 end of year (2.5–2.7): the four-level educational result, completion and the title. */
    public Tt27YearEnd yearEndTt27(
            int grade,
            List<SubjectResult> subjects,
            List<SubjectResult> activities,
            Map<String, Quality> competencies,
            Map<String, Quality> qualities,
            Set<String> electives,
            boolean nominatedForOutstanding) {
        List<String> tested = periodicTestSubjects(grade, Checkpoint.CN, codes(subjects), electives);
        subjects.stream()
                .filter(s -> tested.contains(s.code()) && s.testScore() == null)
                .findFirst()
                .ifPresent(s -> {
                    throw new MissingInput("subjects." + s.code() + ".testScore");
                });
        List<BigDecimal> scores = subjects.stream()
                .filter(s -> tested.contains(s.code())
                        || (settings.electiveTestsCount() && electives.contains(s.code()) && s.testScore() != null))
                .map(SubjectResult::testScore)
                .toList();
        List<SubjectResult> levels = concat(subjects, activities);
        List<Quality> personal = personal(competencies, qualities);
        boolean allT = levels.stream().allMatch(s -> s.level() == Completion.T)
                && personal.stream().allMatch(q -> q == Quality.T);
        String result;
        if (allT && all(scores, "9")) {
            result = "HTXS";
        } else if (allT && all(scores, "7")) {
            result = "HTT";
        } else if (levels.stream().allMatch(s -> s.level() != Completion.C)
                && personal.stream().allMatch(q -> q != Quality.C)
                && all(scores, "5")) {
            result = "HT";
        } else {
            result = "CHT";
        }
        String title = "HTXS".equals(result)
                ? "HOC_SINH_XUAT_SAC"
                : "HTT".equals(result) && nominatedForOutstanding ? "HOC_SINH_TIEU_BIEU" : null;
        return new Tt27YearEnd(result, !"CHT".equals(result), title);
    }

    /** {@code educationResult} is HTXS, HTT, HT or CHT; title HOC_SINH_XUAT_SAC, HOC_SINH_TIEU_BIEU or none. */
    public record Tt27YearEnd(String educationResult, boolean completedGradeProgram, String title) {}

    private static boolean all(Collection<BigDecimal> scores, String threshold) {
        return scores.stream().allMatch(s -> Scores.atLeast(s, threshold));
    }

    private static List<String> codes(List<SubjectResult> subjects) {
        return subjects.stream().map(SubjectResult::code).toList();
    }

    private static List<Quality> personal(Map<String, Quality> competencies, Map<String, Quality> qualities) {
        return java.util.stream.Stream.concat(competencies.values().stream(), qualities.values().stream())
                .toList();
    }

    private static List<SubjectResult> concat(List<SubjectResult> a, List<SubjectResult> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
