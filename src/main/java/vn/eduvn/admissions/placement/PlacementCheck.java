package vn.eduvn.admissions.placement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eduvn.admissions.placement.AdmissionProblem.Applicant;
import vn.eduvn.admissions.placement.AdmissionProblem.School;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;

/**
 * Names every error of a placement problem at once, so that whoever built it can mend them all in one pass.
 * A weighted paper with no score is not an error: the candidate did not sit it and is ineligible, as with a zero.
 */
final class PlacementCheck {

    /** Decimals kept exactly; scores come in quarters and weights and priorities in halves. */
    static final int SCALE = 6;

    private static final BigDecimal TEN = BigDecimal.TEN;

    private PlacementCheck() {}

    static void check(AdmissionProblem p) {
        if (p == null) {
            throw new InvalidFields(
                    List.of(new FieldProblem("format", "admission.error.format", AdmissionProblem.FORMAT)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!AdmissionProblem.FORMAT.equals(p.format())) {
            problems.add(new FieldProblem("format", "admission.error.format", AdmissionProblem.FORMAT));
        }
        if (p.weights() == null || p.weights().isEmpty()) {
            problems.add(new FieldProblem("weights", "admission.error.weights"));
        } else {
            p.weights().forEach((paper, w) -> {
                if (w == null || w.signum() < 0 || !exact(w)) {
                    problems.add(new FieldProblem("weights." + paper, "admission.error.weight", paper));
                }
            });
        }
        List<BigDecimal> premiums = list(p.choicePremiums());
        if (premiums.isEmpty() || premiums.stream().anyMatch(x -> x == null || x.signum() < 0 || !exact(x))) {
            problems.add(new FieldProblem("choicePremiums", "admission.error.premiums"));
        }
        if (p.minimumTotal() != null && !exact(p.minimumTotal())) {
            problems.add(new FieldProblem("minimumTotal", "admission.error.precision", p.minimumTotal()));
        }
        if (p.tiePolicy() == null) {
            problems.add(new FieldProblem("tiePolicy", "admission.error.tiePolicy"));
        } else if (p.tiePolicy() == AdmissionProblem.TiePolicy.TIEBREAK && p.lotterySeed() == null) {
            problems.add(new FieldProblem("lotterySeed", "admission.error.lotterySeed"));
        }
        Set<String> schools = new HashSet<>();
        List<School> schoolList = list(p.schools());
        for (int i = 0; i < schoolList.size(); i++) {
            School s = schoolList.get(i);
            if (s == null || s.id() == null || s.id().isBlank() || !schools.add(s.id())) {
                problems.add(new FieldProblem(
                        "schools[" + i + "].id", "admission.error.duplicateSchool", s == null ? null : s.id()));
            } else if (s.quota() == null || s.quota() < 0) {
                problems.add(new FieldProblem("schools[" + i + "].quota", "admission.error.quota", s.id(), s.quota()));
            }
        }
        Set<String> applicants = new HashSet<>();
        List<Applicant> applicantList = list(p.applicants());
        for (int i = 0; i < applicantList.size(); i++) {
            Applicant a = applicantList.get(i);
            String at = "applicants[" + i + "]";
            if (a == null || a.id() == null || a.id().isBlank() || !applicants.add(a.id())) {
                problems.add(
                        new FieldProblem(at + ".id", "admission.error.duplicateApplicant", a == null ? null : a.id()));
                continue;
            }
            checkScores(problems, at, a);
            if (a.priority() != null && (a.priority().signum() < 0 || !exact(a.priority()))) {
                problems.add(new FieldProblem(at + ".priority", "admission.error.priority", a.id(), a.priority()));
            }
            checkChoices(problems, at, a, schools, premiums.size());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
    }

    private static void checkScores(List<FieldProblem> problems, String at, Applicant a) {
        if (a.scores() == null) {
            return;
        }
        for (Map.Entry<String, BigDecimal> e : a.scores().entrySet()) {
            BigDecimal score = e.getValue();
            if (score == null || score.signum() < 0 || score.compareTo(TEN) > 0 || !exact(score)) {
                problems.add(new FieldProblem(
                        at + ".scores." + e.getKey(), "admission.error.score", a.id(), e.getKey(), score));
            }
        }
    }

    private static void checkChoices(
            List<FieldProblem> problems, String at, Applicant a, Set<String> schools, int premiums) {
        List<String> choices = list(a.choices());
        if (choices.isEmpty()) {
            problems.add(new FieldProblem(at + ".choices", "admission.error.noChoice", a.id()));
        }
        if (choices.size() > premiums) {
            problems.add(new FieldProblem(
                    at + ".choices", "admission.error.tooManyChoices", a.id(), choices.size(), premiums));
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < choices.size(); k++) {
            String school = choices.get(k);
            if (!schools.contains(school)) {
                problems.add(
                        new FieldProblem(at + ".choices[" + k + "]", "admission.error.unknownSchool", a.id(), school));
            } else if (!seen.add(school)) {
                problems.add(
                        new FieldProblem(at + ".choices[" + k + "]", "admission.error.repeatedChoice", a.id(), school));
            }
        }
    }

    private static boolean exact(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= SCALE && value.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
