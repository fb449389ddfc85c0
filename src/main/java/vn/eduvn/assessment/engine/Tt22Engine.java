package vn.eduvn.assessment.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.eduvn.assessment.AssessmentSettings;
import vn.eduvn.assessment.AssessmentSettings.AdjustTarget;
import vn.eduvn.assessment.engine.Levels.Comment;
import vn.eduvn.assessment.engine.Levels.Tt22;

/**
 * Lower and upper secondary under TT22/2021 (section 4): no overall average; the learning result counts subjects
 * against thresholds, with the one-subject adjustment of Art 9(3); conduct per year from a table; promotion
 * with summer training or re-assessment of every failing subject; titles Xuất sắc and Giỏi.
 */
public final class Tt22Engine {

    private static final BigDecimal FIVE = new BigDecimal("5.0");

    private final AssessmentSettings.Tt22 settings;

    public Tt22Engine(AssessmentSettings.Tt22 settings) {
        this.settings = settings;
    }

    /** Regular assessments to record per semester: 2 up to 35 periods a year, 3 up to 70, 4 above (exact). */
    public Tt58Engine.RegularCount regularTestCount(int periodsPerYear) {
        return new Tt58Engine.RegularCount(Scores.regularCountByYear(periodsPerYear), "EXACT");
    }

    public BigDecimal semesterAverage(List<BigDecimal> regular, BigDecimal midterm, BigDecimal endterm) {
        return Scores.semesterAverage(regular, midterm, endterm);
    }

    public BigDecimal yearAverage(BigDecimal semester1, BigDecimal semester2) {
        return Scores.yearAverage(semester1, semester2);
    }

    /** Đạt with all the required assessments (the regular ones, one GK, one CK) and every one of them Đạt. */
    public Comment commentSemester(int requiredRegular, List<Tt58Engine.Assessment> assessments) {
        long regular = assessments.stream().filter(a -> "TX".equals(a.kind())).count();
        boolean mid = assessments.stream().anyMatch(a -> "GK".equals(a.kind()));
        boolean end = assessments.stream().anyMatch(a -> "CK".equals(a.kind()));
        boolean allPassed = assessments.stream().allMatch(a -> a.result() == Comment.D);
        return regular >= requiredRegular && mid && end && allPassed ? Comment.D : Comment.CD;
    }

    /** The year of a comment-graded subject is its semester II result. */
    public Comment commentYear(Comment semester1, Comment semester2) {
        return semester2;
    }

    /** The result and how it came about. */
    public record Result(Tt22 rawLevel, Tt22 level, boolean adjusted) {}

    /** Kết quả học tập (4.4) of a semester or of the year. */
    public Result learningResult(Map<String, BigDecimal> averages, Map<String, Comment> comments) {
        Tt22 raw = classify(averages, comments);
        Tt22 level = raw;
        for (Tt22 target : List.of(Tt22.TOT, Tt22.KHA)) {
            if (raw.ordinal() - target.ordinal() < 2) {
                continue;
            }
            BigDecimal floor = new BigDecimal(target == Tt22.TOT ? "6.5" : "5.0");
            BigDecimal high = new BigDecimal(target == Tt22.TOT ? "8.0" : "6.5");
            long offenders = averages.values().stream()
                            .filter(a -> a.compareTo(floor) < 0)
                            .count()
                    + (settings.adjustCountsCommentSubjects()
                            ? comments.values().stream()
                                    .filter(c -> c == Comment.CD)
                                    .count()
                            : 0);
            long high6 = averages.values().stream()
                    .filter(a -> a.compareTo(high) >= 0)
                    .count();
            if (offenders == 1 && high6 >= 6) {
                Tt22 raised = settings.adjustTarget() == AdjustTarget.RAW_PLUS_ONE
                        ? Tt22.values()[raw.ordinal() - 1]
                        : Tt22.values()[target.ordinal() + 1];
                if (raised.ordinal() < level.ordinal()) {
                    level = raised;
                }
            }
        }
        return new Result(raw, level, level != raw);
    }

    private static Tt22 classify(Map<String, BigDecimal> averages, Map<String, Comment> comments) {
        long failedComments =
                comments.values().stream().filter(c -> c == Comment.CD).count();
        if (failedComments == 0 && all(averages, "6.5") && count(averages, "8.0") >= 6) {
            return Tt22.TOT;
        }
        if (failedComments == 0 && all(averages, "5.0") && count(averages, "6.5") >= 6) {
            return Tt22.KHA;
        }
        if (failedComments <= 1 && count(averages, "5.0") >= 6 && all(averages, "3.5")) {
            return Tt22.DAT;
        }
        return Tt22.CHUA_DAT;
    }

    /** Kết quả rèn luyện of the year from the two semesters (4.5). */
    public Tt22 conductYear(Tt22 semester1, Tt22 semester2) {
        return switch (semester2) {
            case TOT -> semester1.ordinal() <= Tt22.KHA.ordinal() ? Tt22.TOT : Tt22.KHA;
            case KHA -> semester1 == Tt22.CHUA_DAT ? Tt22.DAT : Tt22.KHA;
            case DAT -> semester1 == Tt22.TOT ? Tt22.KHA : Tt22.DAT;
            case CHUA_DAT -> Tt22.CHUA_DAT;
        };
    }

    /** The decision at the end of the year, with the subjects to re-assess when that is the decision. */
    public record Promotion(String decision, List<String> reassessEligibleSubjects) {}

    /** Promotion (4.6): absences over 45 retain; Chưa đạt conduct trains in summer first; else every failing subject is re-assessed. */
    public Promotion promotion(
            Tt22 conduct,
            Tt22 learning,
            int absentSessions,
            Map<String, BigDecimal> averages,
            Map<String, Comment> comments) {
        if (absentSessions > 45) {
            return new Promotion("RETAINED", null);
        }
        if (conduct != Tt22.CHUA_DAT && learning != Tt22.CHUA_DAT) {
            return new Promotion("PROMOTED", null);
        }
        if (conduct == Tt22.CHUA_DAT) {
            return new Promotion("SUMMER_TRAINING", null);
        }
        TreeSet<String> eligible = new TreeSet<>();
        averages.forEach((code, avg) -> {
            if (avg.compareTo(FIVE) < 0) {
                eligible.add(code);
            }
        });
        comments.forEach((code, result) -> {
            if (result == Comment.CD) {
                eligible.add(code);
            }
        });
        return new Promotion("REASSESS_SUBJECTS", new ArrayList<>(eligible));
    }

    /** Học sinh Xuất sắc: Tốt and Tốt and at least 6 subjects at 9.0 or more; Học sinh Giỏi: Tốt and Tốt. */
    public String title(Tt22 conduct, Tt22 learning, Map<String, BigDecimal> averages) {
        if (conduct != Tt22.TOT || learning != Tt22.TOT) {
            return null;
        }
        return count(averages, "9.0") >= 6 ? "HOC_SINH_XUAT_SAC" : "HOC_SINH_GIOI";
    }

    private static boolean all(Map<String, BigDecimal> averages, String threshold) {
        return averages.values().stream().allMatch(a -> Scores.atLeast(a, threshold));
    }

    private static long count(Map<String, BigDecimal> averages, String threshold) {
        return averages.values().stream()
                .filter(a -> Scores.atLeast(a, threshold))
                .count();
    }
}
