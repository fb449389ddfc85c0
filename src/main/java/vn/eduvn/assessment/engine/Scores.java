package vn.eduvn.assessment.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * The arithmetic of assessment.md section C: exact sums of scores with one decimal, averages rounded half up
 * to one decimal when they are produced, and the rounded value used downstream. Never a double.
 */
public final class Scores {

    private Scores() {}

    /** Σ weight·score / Σ weight, rounded half up to one decimal. */
    static BigDecimal weighted(BigDecimal weightedSum, int weights) {
        return weightedSum.divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
    }

    /** The plain average of rounded averages, itself rounded (ĐTBhk, ĐTBcn). */
    static BigDecimal mean(Collection<BigDecimal> values) {
        return weighted(sum(values), values.size());
    }

    static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** ĐTBmhk under TT26/2020 and TT22/2021: (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (n_tx + 5). */
    static BigDecimal semesterAverage(List<BigDecimal> regular, BigDecimal midterm, BigDecimal endterm) {
        BigDecimal sum =
                sum(regular).add(midterm.multiply(BigDecimal.valueOf(2))).add(endterm.multiply(BigDecimal.valueOf(3)));
        return weighted(sum, regular.size() + 5);
    }

    /** ĐTBmcn: (ĐTBmhkI + 2·ĐTBmhkII) / 3, from the two rounded semester averages. */
    static BigDecimal yearAverage(BigDecimal semester1, BigDecimal semester2) {
        return weighted(semester1.add(semester2.multiply(BigDecimal.valueOf(2))), 3);
    }

    /** ĐTBmcn as the gradebook shows it, from the two term averages as text. */
    public static String yearAverageText(BigDecimal semester1, BigDecimal semester2) {
        return yearAverage(semester1, semester2).toPlainString();
    }

    /** Regular assessments recorded per semester under TT26/2020 and TT22/2021: 2 up to 35 periods a year, 3 up to 70, else 4. */
    static int regularCountByYear(int periodsPerYear) {
        return periodsPerYear <= 35 ? 2 : periodsPerYear <= 70 ? 3 : 4;
    }

    static boolean atLeast(BigDecimal value, String threshold) {
        return value.compareTo(new BigDecimal(threshold)) >= 0;
    }

    /** A primary periodic-test score: an integer from 1 to 10 (no 0, no decimals). */
    public static boolean validPrimaryTestScore(BigDecimal score) {
        return score.stripTrailingZeros().scale() <= 0
                && score.compareTo(BigDecimal.ONE) >= 0
                && score.compareTo(BigDecimal.TEN) <= 0;
    }
}
