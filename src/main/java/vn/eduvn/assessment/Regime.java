package vn.eduvn.assessment;

/**
 * The regimes of assessment (assessment.md section B). The regime belongs to a class and its school year and
 * is stored with the gradebook, never recomputed from today's date, so old records keep their old rules.
 */
public enum Regime {
    PRIMARY_TT30_TT22_2016,
    PRIMARY_TT27_2020,
    SECONDARY_TT58_2011,
    SECONDARY_TT58_TT26_2020,
    SECONDARY_TT22_2021;

    /** The regime of a class of this grade in the school year starting in {@code startYear} (2023 for 2023–24). */
    public static Regime of(int grade, int startYear, AssessmentSettings settings) {
        if (grade >= 1 && grade <= 5) {
            int firstTt27 = 2019 + grade;
            return startYear >= firstTt27 ? PRIMARY_TT27_2020 : PRIMARY_TT30_TT22_2016;
        }
        int firstTt22 = switch (grade) {
            case 6 -> 2021;
            case 7, 10 -> 2022;
            case 8, 11 -> 2023;
            case 9, 12 -> 2024;
            default -> throw new IllegalArgumentException("grade " + grade);
        };
        if (startYear >= firstTt22) {
            return SECONDARY_TT22_2021;
        }
        // TT26 took effect on 11/10/2020, weeks into 2020–21; by default the whole year follows it.
        int firstTt26 = settings.regime().tt26FromWholeYear2020() ? 2020 : 2021;
        return startYear >= firstTt26 ? SECONDARY_TT58_TT26_2020 : SECONDARY_TT58_2011;
    }
}
