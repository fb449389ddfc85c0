package vn.eduvn.admissions.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.eduvn.admissions.placement.AdmissionProblem.Applicant;
import vn.eduvn.admissions.placement.AdmissionProblem.School;
import vn.eduvn.admissions.placement.AdmissionProblem.TiePolicy;

/**
 * The placement rule checked against its definition rather than against the engine's own arithmetic: nobody clears
 * the cut-off of a choice they ranked higher, no quota is exceeded, and the order of the applications does not
 * change anything.
 */
class PlacementRuleTest {

    @ParameterizedTest
    @EnumSource(TiePolicy.class)
    void nobodyClearsTheCutOffOfAChoiceTheyRankedHigherAndNoQuotaIsExceeded(TiePolicy policy) {
        for (long seed = 1; seed <= 20; seed++) {
            AdmissionProblem problem = RandomAdmission.problem(600, 8, 3, policy, seed);
            AdmissionResult result = Placement.place(problem);
            Map<String, AdmissionResult.School> schools = result.schools().stream()
                    .collect(Collectors.toMap(AdmissionResult.School::id, Function.identity()));
            schools.values().forEach(s -> assertThat(s.admitted()).isLessThanOrEqualTo(s.quota()));
            Map<String, Long> admitted = result.applicants().stream()
                    .filter(a -> a.admittedTo() != null)
                    .collect(Collectors.groupingBy(AdmissionResult.Applicant::admittedTo, Collectors.counting()));
            schools.values()
                    .forEach(s -> assertThat(admitted.getOrDefault(s.id(), 0L)).isEqualTo(s.admitted()));
            for (int i = 0; i < problem.applicants().size(); i++) {
                Applicant a = problem.applicants().get(i);
                AdmissionResult.Applicant r = result.applicants().get(i);
                int placedAt = r.choiceRank() == null ? a.choices().size() : r.choiceRank() - 1;
                if (r.admittedTo() != null) {
                    assertThat(adjusted(problem, r, placedAt))
                            .isGreaterThanOrEqualTo(schools.get(r.admittedTo()).cutoff());
                }
                if (!eligible(a)) {
                    continue;
                }
                for (int k = 0; k < placedAt; k++) {
                    AdmissionResult.School higher = schools.get(a.choices().get(k));
                    if (higher.cutoff() == null) {
                        continue;
                    }
                    double score = adjusted(problem, r, k);
                    if (policy == TiePolicy.ALL_OR_NONE) {
                        assertThat(score)
                                .as(a.id() + " at its choice " + (k + 1))
                                .isLessThan(higher.cutoff());
                    } else {
                        assertThat(score)
                                .as(a.id() + " at its choice " + (k + 1))
                                .isLessThanOrEqualTo(higher.cutoff());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TiePolicy.class)
    void theOrderOfTheApplicationsChangesNothing(TiePolicy policy) {
        AdmissionProblem problem = RandomAdmission.problem(2000, 10, 3, policy, 7);
        List<Applicant> shuffled = new ArrayList<>(problem.applicants());
        Collections.shuffle(shuffled, new Random(11));
        AdmissionProblem reordered = new AdmissionProblem(
                problem.format(),
                problem.name(),
                problem.weights(),
                problem.choicePremiums(),
                problem.minimumTotal(),
                problem.tiePolicy(),
                problem.tieBreak(),
                problem.lotterySeed(),
                problem.schools(),
                shuffled);
        Map<String, AdmissionResult.Applicant> first = byId(Placement.place(problem));
        Map<String, AdmissionResult.Applicant> second = byId(Placement.place(reordered));
        assertThat(second).isEqualTo(first);
        assertThat(Placement.place(reordered).schools())
                .isEqualTo(Placement.place(problem).schools());
    }

    @Test
    void underAllOrNoneEveryoneTiedAtTheCutOffIsRefusedTogetherAndSeatsStayEmpty() {
        AdmissionProblem problem = problem(
                TiePolicy.ALL_OR_NONE,
                2,
                applicant("A", "9", "A1"),
                applicant("B", "8", "A1"),
                applicant("C", "8", "A1"));
        AdmissionResult result = Placement.place(problem);
        assertThat(result.schools().get(0).admitted()).isEqualTo(1);
        assertThat(result.schools().get(0).cutoff()).isEqualTo(27.0);
        assertThat(result.unplaced()).isEqualTo(2);
    }

    @Test
    void underTiebreakTheTieBreakPaperThenTheLotteryDecide() {
        AdmissionProblem problem = problem(
                TiePolicy.TIEBREAK,
                2,
                applicant("A", "9", "A1"),
                new Applicant("B", scores("8", "9"), BigDecimal.ZERO, List.of("A1")),
                new Applicant("C", scores("8", "7"), new BigDecimal("2"), List.of("A1")));
        AdmissionResult result = Placement.place(problem);
        assertThat(result.applicants())
                .extracting(AdmissionResult.Applicant::admittedTo)
                .containsExactly("A1", "A1", null);
    }

    @Test
    void aZeroInAWeightedPaperMakesTheApplicantIneligible() {
        AdmissionProblem problem = problem(
                TiePolicy.ALL_OR_NONE,
                5,
                new Applicant(
                        "Z",
                        Map.of("TOAN", new BigDecimal("10"), "NGU_VAN", BigDecimal.ZERO, "NGOAI_NGU", BigDecimal.TEN),
                        BigDecimal.ZERO,
                        List.of("A1")));
        AdmissionResult result = Placement.place(problem);
        assertThat(result.ineligible()).isEqualTo(1);
        assertThat(result.applicants().get(0).admittedTo()).isNull();
        assertThat(result.applicants().get(0).total()).isEqualTo(20.0);
    }

    @Test
    void theSecondChoicePremiumMakesASchoolHarderToEnterFromTheSecondChoice() {
        AdmissionProblem problem = new AdmissionProblem(
                AdmissionProblem.FORMAT,
                "NV2",
                Map.of("TOAN", BigDecimal.ONE, "NGU_VAN", BigDecimal.ONE, "NGOAI_NGU", BigDecimal.ONE),
                List.of(BigDecimal.ZERO, BigDecimal.ONE),
                BigDecimal.ZERO,
                TiePolicy.ALL_OR_NONE,
                List.of(),
                1L,
                List.of(new School("A1", "A1", 1), new School("B1", "B1", 1)),
                List.of(
                        applicant("X", "9", "A1"),
                        new Applicant("Y", scores("8.75", "8.75"), BigDecimal.ZERO, List.of("A1", "B1")),
                        new Applicant("W", scores("8.5", "8.5"), BigDecimal.ZERO, List.of("B1"))));
        AdmissionResult result = Placement.place(problem);
        // Y's 26.25 counts as 25.25 at B1, below W's 25.5 at first choice.
        assertThat(result.applicants())
                .extracting(AdmissionResult.Applicant::admittedTo)
                .containsExactly("A1", null, "B1");
    }

    private static double adjusted(AdmissionProblem problem, AdmissionResult.Applicant r, int rank) {
        return r.total() - problem.choicePremiums().get(rank).doubleValue();
    }

    private static boolean eligible(Applicant a) {
        return a.scores().values().stream().allMatch(s -> s.signum() > 0);
    }

    private static Map<String, AdmissionResult.Applicant> byId(AdmissionResult result) {
        Map<String, AdmissionResult.Applicant> map = new HashMap<>();
        result.applicants().forEach(a -> map.put(a.id(), a));
        return map;
    }

    private static Map<String, BigDecimal> scores(String each, String math) {
        return Map.of("TOAN", new BigDecimal(math), "NGU_VAN", new BigDecimal(each), "NGOAI_NGU", new BigDecimal(each));
    }

    private static Applicant applicant(String id, String each, String school) {
        return new Applicant(id, scores(each, each), BigDecimal.ZERO, List.of(school));
    }

    private static AdmissionProblem problem(TiePolicy policy, int quota, Applicant... applicants) {
        return new AdmissionProblem(
                AdmissionProblem.FORMAT,
                "nhỏ",
                Map.of("TOAN", BigDecimal.ONE, "NGU_VAN", BigDecimal.ONE, "NGOAI_NGU", BigDecimal.ONE),
                List.of(BigDecimal.ZERO),
                BigDecimal.ZERO,
                policy,
                List.of("TOAN"),
                1L,
                List.of(new School("A1", "A1", quota)),
                List.of(applicants));
    }
}
