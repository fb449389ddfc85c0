package vn.eduvn.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every reading of assessment.md section G that a province or MOET may settle otherwise, as a named setting
 * ({@code eduvn.assessment.*}) with the documented default; the shared vectors check the defaults.
 */
@ConfigurationProperties("eduvn.assessment")
public record AssessmentSettings(
        @DefaultValue Primary primary,
        @DefaultValue Tt58 tt58,
        @DefaultValue Tt22 tt22,
        @DefaultValue RegimeChoice regime) {

    /** Defaults everywhere: what the engines use when nothing is configured. */
    public static AssessmentSettings defaults() {
        return new AssessmentSettings(
                new Primary(true, false, false, CompositeRounding.HALF_UP_INTEGER),
                new Tt58(ConditionA.FULL, CommentYear.SEMESTER_II),
                new Tt22(AdjustTarget.RAW_PLUS_ONE, true, true, true),
                new RegimeChoice(true));
    }

    /**
     * @param testElectives TT30: electives the class studies are tested at CHK1 and CN (P30-08)
     * @param excellenceIncludesActivities TT30: the excellence commendation also checks educational activities
     * @param electiveTestsCount TT27: a test in an elective subject counts in the four-level result (P27-18)
     * @param compositeTestRounding how a test made of parts becomes one integer
     */
    public record Primary(
            @DefaultValue("true") boolean testElectives,
            @DefaultValue("false") boolean excellenceIncludesActivities,
            @DefaultValue("false") boolean electiveTestsCount,
            @DefaultValue("HALF_UP_INTEGER") CompositeRounding compositeTestRounding) {}

    /**
     * @param adjustmentConditionA what "ĐTB reaches the level" means in the adjustment (S58-14, S58-29)
     * @param commentSubjectYear the year result of a comment-graded subject
     */
    public record Tt58(
            @DefaultValue("FULL") ConditionA adjustmentConditionA,
            @DefaultValue("SEMESTER_II") CommentYear commentSubjectYear) {}

    /**
     * @param adjustTarget the "adjacent level" of Art 9(3) (T22-21)
     * @param adjustCountsCommentSubjects a comment-graded subject at Chưa đạt can be the one subject (T22-18)
     * @param artsAsTwoSubjects grade 6–9 Âm nhạc and Mĩ thuật are two comment-graded subjects
     * @param reassessAfterSummerTraining conduct re-assessed at Đạt after summer opens subject re-assessment (T22-38)
     */
    public record Tt22(
            @DefaultValue("RAW_PLUS_ONE") AdjustTarget adjustTarget,
            @DefaultValue("true") boolean adjustCountsCommentSubjects,
            @DefaultValue("true") boolean artsAsTwoSubjects,
            @DefaultValue("true") boolean reassessAfterSummerTraining) {}

    /** @param tt26FromWholeYear2020 all of 2020–21 follows TT26 (otherwise TT26 starts with 2021–22) */
    public record RegimeChoice(@DefaultValue("true") boolean tt26FromWholeYear2020) {}

    public enum CompositeRounding {
        HALF_UP_INTEGER
    }

    public enum ConditionA {
        FULL,
        DTB_ONLY
    }

    public enum CommentYear {
        SEMESTER_II,
        TWO_THIRDS_YEAR
    }

    public enum AdjustTarget {
        RAW_PLUS_ONE,
        TARGET_MINUS_ONE
    }
}
