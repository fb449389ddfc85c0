package vn.eduvn.assessment.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.eduvn.assessment.AssessmentSettings;
import vn.eduvn.assessment.AssessmentSettings.ConditionA;
import vn.eduvn.assessment.engine.Levels.Comment;
import vn.eduvn.assessment.engine.Levels.HanhKiem;
import vn.eduvn.assessment.engine.Levels.HocLuc;

/**
 * Lower and upper secondary under TT58/2011, as first issued or as amended by TT26/2020 (section 3): weighted
 * subject averages, the overall average without subject coefficients, học lực by thresholds with the
 * one-subject adjustment, promotion with retakes or summer conduct training, and the titles.
 */
public final class Tt58Engine {

    /** The would-be level, the level the thresholds give, and the level it is raised to (3.5). */
    private static final Map<HocLuc, Map<HocLuc, HocLuc>> ADJUSTMENT = Map.of(
            HocLuc.GIOI, Map.of(HocLuc.TB, HocLuc.KHA, HocLuc.YEU, HocLuc.TB),
            HocLuc.KHA, Map.of(HocLuc.YEU, HocLuc.TB, HocLuc.KEM, HocLuc.YEU));

    private final boolean tt26;

    private final AssessmentSettings.Tt58 settings;

    private Tt58Engine(boolean tt26, AssessmentSettings.Tt58 settings) {
        this.tt26 = tt26;
        this.settings = settings;
    }

    public static Tt58Engine original(AssessmentSettings.Tt58 settings) {
        return new Tt58Engine(false, settings);
    }

    public static Tt58Engine amendedByTt26(AssessmentSettings.Tt58 settings) {
        return new Tt58Engine(true, settings);
    }

    /** The number of regular tests a semester needs: a minimum by weekly periods (original), exact by yearly periods (TT26). */
    public RegularCount regularTestCount(BigDecimal periodsPerWeek, Integer periodsPerYear) {
        if (tt26) {
            return new RegularCount(Scores.regularCountByYear(periodsPerYear), "EXACT");
        }
        int count = periodsPerWeek.compareTo(BigDecimal.ONE) <= 0
                ? 2
                : periodsPerWeek.compareTo(BigDecimal.valueOf(3)) < 0 ? 3 : 4;
        return new RegularCount(count, "MINIMUM");
    }

    /** How many regular assessments, and whether that is a minimum or the exact number to record. */
    public record RegularCount(int count, String kind) {}

    /** Original TT58: ĐTBmhk = (ΣKTtx + 2·ΣKTđk + 3·KThk) / (n_tx + 2·n_đk + 3). */
    public BigDecimal semesterAverage(List<BigDecimal> regular, List<BigDecimal> periodic, BigDecimal semesterExam) {
        BigDecimal sum = Scores.sum(regular)
                .add(Scores.sum(periodic).multiply(BigDecimal.valueOf(2)))
                .add(semesterExam.multiply(BigDecimal.valueOf(3)));
        return Scores.weighted(sum, regular.size() + 2 * periodic.size() + 3);
    }

    /** TT26: the mid- and end-of-semester assessments replace the periodic tests and the semester test. */
    public BigDecimal semesterAverage(List<BigDecimal> regular, BigDecimal midterm, BigDecimal endterm) {
        return Scores.semesterAverage(regular, midterm, endterm);
    }

    public BigDecimal yearAverage(BigDecimal semester1, BigDecimal semester2) {
        return Scores.yearAverage(semester1, semester2);
    }

    public boolean isAmendedByTt26() {
        return tt26;
    }

    /** One assessment of a comment-graded subject: TX (regular), GK (mid-semester), HK or CK (semester). */
    public record Assessment(String kind, Comment result) {}

    /**
     * A comment-graded subject's semester: Đ with the required number of tests, at least two thirds of them Đ,
     * and the semester test Đ (RECALLED).
     */
    public Comment commentSemester(int requiredCount, List<Assessment> assessments) {
        long passed = assessments.stream().filter(a -> a.result() == Comment.D).count();
        Assessment semester = assessments.stream()
                .filter(a -> "HK".equals(a.kind()) || "CK".equals(a.kind()))
                .reduce((first, second) -> second)
                .orElse(null);
        boolean enough = assessments.size() >= requiredCount;
        return enough && semester != null && semester.result() == Comment.D && 3 * passed >= 2L * assessments.size()
                ? Comment.D
                : Comment.CD;
    }

    /** The year of a comment-graded subject: semester II by default, else two thirds over the year's assessments. */
    public Comment commentYear(Comment semester1, Comment semester2, List<Assessment> yearAssessments) {
        if (settings.commentSubjectYear() == AssessmentSettings.CommentYear.TWO_THIRDS_YEAR
                && yearAssessments != null) {
            return commentSemester(0, yearAssessments);
        }
        return semester2;
    }

    /** The rank and how it came about. */
    public record Rank(BigDecimal overallAverage, HocLuc rawLevel, HocLuc level, boolean adjusted) {}

    /** Học lực (3.5) of a semester or of the year, from rounded subject averages and comment results. */
    public Rank hocLuc(Map<String, BigDecimal> averages, Map<String, Comment> comments, String specialized) {
        BigDecimal dtb = Scores.mean(averages.values());
        BigDecimal lowest =
                averages.values().stream().min(BigDecimal::compareTo).orElse(BigDecimal.TEN);
        boolean commentsPassed = comments.values().stream().allMatch(c -> c == Comment.D);
        HocLuc raw = null;
        for (HocLuc level : List.of(HocLuc.GIOI, HocLuc.KHA, HocLuc.TB)) {
            if (conditionA(level, dtb, averages, specialized, false)
                    && lowest.compareTo(floor(level)) >= 0
                    && commentsPassed) {
                raw = level;
                break;
            }
        }
        if (raw == null) {
            raw = Scores.atLeast(dtb, "3.5") && Scores.atLeast(lowest, "2.0") ? HocLuc.YEU : HocLuc.KEM;
        }
        HocLuc level = raw;
        for (HocLuc wouldBe : List.of(HocLuc.GIOI, HocLuc.KHA)) {
            if (conditionA(
                    wouldBe, dtb, averages, specialized, settings.adjustmentConditionA() == ConditionA.DTB_ONLY)) {
                BigDecimal floor = floor(wouldBe);
                long offenders = averages.values().stream()
                                .filter(a -> a.compareTo(floor) < 0)
                                .count()
                        + comments.values().stream()
                                .filter(c -> c == Comment.CD)
                                .count();
                HocLuc raised = ADJUSTMENT.get(wouldBe).get(raw);
                if (offenders == 1 && raised != null && raised.ordinal() < level.ordinal()) {
                    level = raised;
                }
            }
        }
        return new Rank(dtb, raw, level, level != raw);
    }

    /** (a) of 3.5: the overall average, at least one core subject, and the specialised subject reach the level. */
    private boolean conditionA(
            HocLuc level, BigDecimal dtb, Map<String, BigDecimal> averages, String specialized, boolean dtbOnly) {
        BigDecimal threshold = threshold(level);
        if (dtb.compareTo(threshold) < 0) {
            return false;
        }
        if (dtbOnly) {
            return true;
        }
        List<String> core = tt26 ? List.of("TOAN", "NGU_VAN", "NGOAI_NGU") : List.of("TOAN", "NGU_VAN");
        // A class that does not study a core subject is judged on the core subjects it has.
        boolean hasCore = core.stream().anyMatch(averages::containsKey);
        boolean coreReaches = !hasCore
                || core.stream()
                        .anyMatch(
                                c -> averages.containsKey(c) && averages.get(c).compareTo(threshold) >= 0);
        boolean specializedReaches = specialized == null
                || (averages.containsKey(specialized)
                        && averages.get(specialized).compareTo(threshold) >= 0);
        return coreReaches && specializedReaches;
    }

    private static BigDecimal threshold(HocLuc level) {
        return new BigDecimal(
                switch (level) {
                    case GIOI -> "8.0";
                    case KHA -> "6.5";
                    default -> "5.0";
                });
    }

    private static BigDecimal floor(HocLuc level) {
        return new BigDecimal(
                switch (level) {
                    case GIOI -> "6.5";
                    case KHA -> "5.0";
                    default -> "3.5";
                });
    }

    /** The decision at the end of the year, with the subjects a retake may choose from. */
    public record Promotion(String decision, List<String> retakeEligibleSubjects) {}

    /** Promotion (3.7): more than 45 sessions absent, Kém, or Yếu with Yếu conduct retain; Yếu retakes; Yếu conduct trains in summer. */
    public Promotion promotion(
            HocLuc hocLuc,
            HanhKiem hanhKiem,
            int absentSessions,
            Map<String, BigDecimal> averages,
            Map<String, Comment> comments) {
        if (absentSessions > 45 || hocLuc == HocLuc.KEM || (hocLuc == HocLuc.YEU && hanhKiem == HanhKiem.YEU)) {
            return new Promotion("RETAINED", null);
        }
        if (hocLuc.ordinal() <= HocLuc.TB.ordinal() && hanhKiem.ordinal() <= HanhKiem.TB.ordinal()) {
            return new Promotion("PROMOTED", null);
        }
        if (hocLuc == HocLuc.YEU) {
            TreeSet<String> eligible = new TreeSet<>();
            averages.forEach((code, avg) -> {
                if (avg.compareTo(new BigDecimal("5.0")) < 0) {
                    eligible.add(code);
                }
            });
            comments.forEach((code, result) -> {
                if (result == Comment.CD) {
                    eligible.add(code);
                }
            });
            return new Promotion("RETAKE", new ArrayList<>(eligible));
        }
        return new Promotion("SUMMER_CONDUCT_TRAINING", null);
    }

    /** Học sinh giỏi: Giỏi and Tốt; học sinh tiên tiến: Khá or better and Khá or better. */
    public String title(HocLuc hocLuc, HanhKiem hanhKiem) {
        if (hocLuc == HocLuc.GIOI && hanhKiem == HanhKiem.TOT) {
            return "HOC_SINH_GIOI";
        }
        return hocLuc.ordinal() <= HocLuc.KHA.ordinal() && hanhKiem.ordinal() <= HanhKiem.KHA.ordinal()
                ? "HOC_SINH_TIEN_TIEN"
                : null;
    }
}
