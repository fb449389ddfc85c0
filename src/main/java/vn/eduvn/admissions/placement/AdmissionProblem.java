package vn.eduvn.admissions.placement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One placement problem in the {@code eduvn-admission/1} format: schools with quotas and applicants with scores,
 * priority points and ranked choices (nguyện vọng).
 */
public record AdmissionProblem(
        String format,
        String name,
        Map<String, BigDecimal> weights,
        List<BigDecimal> choicePremiums,
        BigDecimal minimumTotal,
        TiePolicy tiePolicy,
        List<String> tieBreak,
        Long lotterySeed,
        List<School> schools,
        List<Applicant> applicants) {

    public static final String FORMAT = "eduvn-admission/1";

    public record School(String id, String name, Integer quota) {}

    public record Applicant(String id, Map<String, BigDecimal> scores, BigDecimal priority, List<String> choices) {}

    /** What a school does with applicants of equal adjusted score at its cut-off. */
    public enum TiePolicy {
        /** Everyone at the cut-off score is admitted or nobody is; seats may stay empty (Vietnamese practice). */
        ALL_OR_NONE,
        /** Equal scores are ordered by the tie-break papers, then by the seeded lottery; quotas fill exactly. */
        TIEBREAK
    }
}
