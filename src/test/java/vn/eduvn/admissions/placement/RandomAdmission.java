package vn.eduvn.admissions.placement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.eduvn.admissions.placement.AdmissionProblem.Applicant;
import vn.eduvn.admissions.placement.AdmissionProblem.School;
import vn.eduvn.admissions.placement.AdmissionProblem.TiePolicy;

/**
 * A Hanoi-like grade-10 placement problem of any size: quarter-point scores around 6.5, a few priority points, up to
 * three choices with popular schools chosen more often, and quotas for about 65% of the applicants.
 */
final class RandomAdmission {

    private RandomAdmission() {}

    static AdmissionProblem problem(int applicants, int schools, int maxChoices, TiePolicy policy, long seed) {
        Random random = new Random(seed);
        List<School> schoolList = new ArrayList<>();
        int seats = (int) (applicants * 0.65);
        for (int s = 0; s < schools; s++) {
            schoolList.add(new School(
                    String.format("THPT%03d", s + 1),
                    "THPT số " + (s + 1),
                    Math.max(0, seats / schools + random.nextInt(21) - 10)));
        }
        BigDecimal[] priorities = {BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("2.0")};
        List<Applicant> applicantList = new ArrayList<>();
        for (int i = 0; i < applicants; i++) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (String paper : List.of("TOAN", "NGU_VAN", "NGOAI_NGU")) {
                int quarters = Math.max(0, Math.min(40, (int) Math.round(26 + random.nextGaussian() * 7)));
                scores.put(paper, BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4)));
            }
            BigDecimal priority = random.nextInt(10) == 0 ? priorities[1 + random.nextInt(3)] : BigDecimal.ZERO;
            int count = 1 + random.nextInt(maxChoices);
            List<String> choices = new ArrayList<>();
            while (choices.size() < count && choices.size() < schools) {
                int s = (int) Math.min(schools - 1, Math.abs(random.nextGaussian()) * schools / 2.5);
                String id = schoolList.get(s).id();
                if (!choices.contains(id)) {
                    choices.add(id);
                }
            }
            applicantList.add(new Applicant(String.format("TS%06d", i + 1), scores, priority, choices));
        }
        List<BigDecimal> premiums = new ArrayList<>();
        for (int k = 0; k < maxChoices; k++) {
            premiums.add(BigDecimal.valueOf(k));
        }
        return new AdmissionProblem(
                AdmissionProblem.FORMAT,
                "Ngẫu nhiên " + applicants,
                Map.of("TOAN", BigDecimal.ONE, "NGU_VAN", BigDecimal.ONE, "NGOAI_NGU", BigDecimal.ONE),
                premiums,
                BigDecimal.ZERO,
                policy,
                List.of("TOAN", "NGU_VAN"),
                seed,
                schoolList,
                applicantList);
    }
}
