package vn.eduvn.admissions.application;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Exam or selection scores as an application keeps them, {@code TOAN=8.25;NGU_VAN=7.5}, in the campaign's papers. */
final class Scores {

    private Scores() {}

    static String write(Map<String, BigDecimal> scores) {
        return scores.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(";"));
    }

    static Map<String, BigDecimal> read(String scores) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        if (scores != null && !scores.isBlank()) {
            for (String pair : scores.split(";")) {
                int eq = pair.indexOf('=');
                map.put(pair.substring(0, eq), new BigDecimal(pair.substring(eq + 1)));
            }
        }
        return map;
    }

    /** "Vắng" (or V): the candidate did not sit the paper, which makes them ineligible like a zero. */
    static boolean absent(String typed) {
        String t = typed.strip().toLowerCase();
        return t.equals("v") || t.equals("vắng") || t.equals("vang");
    }

    /** A score as typed in a Vietnamese sheet (8,25 or 8.25), or null when it is not a number of 0 to 10 in quarters. */
    static BigDecimal parse(String typed) {
        try {
            BigDecimal score = new BigDecimal(typed.strip().replace(',', '.'));
            boolean quarters =
                    score.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() <= 0;
            return score.signum() >= 0 && score.compareTo(BigDecimal.TEN) <= 0 && quarters ? score : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
