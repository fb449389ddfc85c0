package vn.eduvn.admissions.placement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.eduvn.admissions.placement.AdmissionProblem.Applicant;
import vn.eduvn.admissions.placement.AdmissionProblem.TiePolicy;

/**
 * The placement rule of {@code eduvn-admission/1}: student-proposing deferred acceptance in which a school's floor
 * only rises, so it never admits a lower score than one it turned away. Scores are kept as exact scaled integers;
 * each school holds its applicants in a heap, so 120,000 applicants place in well under a second.
 */
public final class Placement {

    private static final long UNIT =
            BigDecimal.ONE.movePointRight(PlacementCheck.SCALE).longValueExact();

    private final AdmissionProblem problem;

    private final boolean allOrNone;

    private final int[] quota;

    private final long[] premium;

    /** Per applicant: total in units, choices as school indexes, and the tie-break position (0 = first). */
    private final long[] total;

    private final int[][] choices;

    private final boolean[] eligible;

    private final int[] tieOrder;

    private Placement(AdmissionProblem problem) {
        this.problem = problem;
        this.allOrNone = problem.tiePolicy() == TiePolicy.ALL_OR_NONE;
        Map<String, Integer> schoolIndex = new HashMap<>();
        quota = new int[problem.schools().size()];
        for (int s = 0; s < quota.length; s++) {
            schoolIndex.put(problem.schools().get(s).id(), s);
            quota[s] = problem.schools().get(s).quota();
        }
        premium = problem.choicePremiums().stream().mapToLong(Placement::units).toArray();
        List<Applicant> applicants = PlacementCheck.list(problem.applicants());
        int n = applicants.size();
        total = new long[n];
        choices = new int[n][];
        eligible = new boolean[n];
        long minimum = problem.minimumTotal() == null ? Long.MIN_VALUE : units(problem.minimumTotal());
        for (int i = 0; i < n; i++) {
            Applicant a = applicants.get(i);
            total[i] = total(a);
            eligible[i] = sat(a) && total[i] >= minimum;
            choices[i] = a.choices().stream().mapToInt(schoolIndex::get).toArray();
        }
        tieOrder = allOrNone ? new int[n] : tieOrder(applicants);
    }

    /** Places the applicants of a problem, after refusing it with every error named when it does not validate. */
    public static AdmissionResult place(AdmissionProblem problem) {
        PlacementCheck.check(problem);
        return new Placement(problem).run();
    }

    private AdmissionResult run() {
        int n = total.length;
        Holding[] schools = new Holding[quota.length];
        for (int s = 0; s < schools.length; s++) {
            schools[s] = new Holding(quota[s]);
        }
        int[] next = new int[n];
        int[] rankAt = new int[n];
        int[] stack = IntStream.range(0, n).filter(i -> eligible[i]).toArray();
        int top = stack.length;
        while (top > 0) {
            int i = stack[--top];
            while (next[i] < choices[i].length) {
                int rank = next[i]++;
                Holding school = schools[choices[i][rank]];
                long adjusted = total[i] - premium[rank];
                rankAt[i] = rank;
                if (school.belowFloor(adjusted, tieOrder[i])) {
                    continue;
                }
                int[] refused = school.hold(i, adjusted, tieOrder[i]);
                boolean self = false;
                for (int j : refused) {
                    if (j == i) {
                        self = true;
                    } else {
                        if (top == stack.length) {
                            stack = Arrays.copyOf(stack, stack.length * 2 + 1);
                        }
                        stack[top++] = j;
                    }
                }
                if (!self) {
                    break;
                }
            }
        }
        return result(schools, rankAt);
    }

    private AdmissionResult result(Holding[] schools, int[] rankAt) {
        int n = total.length;
        String[] admittedTo = new String[n];
        List<AdmissionResult.School> schoolResults = new ArrayList<>(schools.length);
        for (int s = 0; s < schools.length; s++) {
            Holding h = schools[s];
            for (int k = 0; k < h.size; k++) {
                admittedTo[h.ids[k]] = problem.schools().get(s).id();
            }
            schoolResults.add(new AdmissionResult.School(
                    problem.schools().get(s).id(), quota[s], h.size, h.size == 0 ? null : score(h.lowest())));
        }
        List<AdmissionResult.Applicant> applicantResults = new ArrayList<>(n);
        int ineligible = 0;
        int unplaced = 0;
        for (int i = 0; i < n; i++) {
            String id = problem.applicants().get(i).id();
            if (!eligible[i]) {
                ineligible++;
            } else if (admittedTo[i] == null) {
                unplaced++;
            }
            applicantResults.add(new AdmissionResult.Applicant(
                    id, admittedTo[i], admittedTo[i] == null ? null : rankAt[i] + 1, score(total[i])));
        }
        return new AdmissionResult(AdmissionResult.FORMAT, schoolResults, applicantResults, ineligible, unplaced);
    }

    /**
     * The applicants a school holds, in a min-heap on (adjusted score, then tie-break position), and its floor: the
     * best applicant it has refused. Under all-or-none the tie-break position is ignored, so a whole group of equal
     * scores leaves together.
     */
    private final class Holding {

        private final int quota;

        private int[] ids = new int[8];

        private long[] scores = new long[8];

        private int size;

        private boolean hasFloor;

        private long floorScore;

        private int floorTie;

        Holding(int quota) {
            this.quota = quota;
        }

        boolean belowFloor(long score, int tie) {
            return hasFloor && compare(score, tie, floorScore, floorTie) <= 0;
        }

        long lowest() {
            return scores[0];
        }

        /** Holds the applicant and answers whom the school refuses to stay within its quota (maybe the applicant). */
        int[] hold(int applicant, long score, int tie) {
            push(applicant, score);
            if (size <= quota) {
                return new int[0];
            }
            int[] refused = new int[0];
            while (size > quota) {
                long groupScore = scores[0];
                int groupTie = tieOrder[ids[0]];
                do {
                    refused = Arrays.copyOf(refused, refused.length + 1);
                    refused[refused.length - 1] = pop();
                } while (allOrNone && size > 0 && scores[0] == groupScore);
                hasFloor = true;
                floorScore = groupScore;
                floorTie = groupTie;
            }
            return refused;
        }

        /** Positive when (a, ta) ranks above (b, tb): a higher score, or an earlier tie-break position. */
        private int compare(long a, int ta, long b, int tb) {
            if (a != b) {
                return Long.compare(a, b);
            }
            return allOrNone ? 0 : Integer.compare(tb, ta);
        }

        private boolean less(int x, int y) {
            return compare(scores[x], tieOrder[ids[x]], scores[y], tieOrder[ids[y]]) < 0;
        }

        private void push(int applicant, long score) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            int k = size++;
            ids[k] = applicant;
            scores[k] = score;
            while (k > 0 && less(k, (k - 1) / 2)) {
                swap(k, (k - 1) / 2);
                k = (k - 1) / 2;
            }
        }

        private int pop() {
            int first = ids[0];
            size--;
            ids[0] = ids[size];
            scores[0] = scores[size];
            int k = 0;
            while (true) {
                int least = k;
                int l = 2 * k + 1;
                int r = l + 1;
                if (l < size && less(l, least)) {
                    least = l;
                }
                if (r < size && less(r, least)) {
                    least = r;
                }
                if (least == k) {
                    return first;
                }
                swap(k, least);
                k = least;
            }
        }

        private void swap(int a, int b) {
            int id = ids[a];
            ids[a] = ids[b];
            ids[b] = id;
            long score = scores[a];
            scores[a] = scores[b];
            scores[b] = score;
        }
    }

    private long total(Applicant a) {
        BigDecimal sum = a.priority() == null ? BigDecimal.ZERO : a.priority();
        for (Map.Entry<String, BigDecimal> w : problem.weights().entrySet()) {
            BigDecimal score = a.scores() == null ? null : a.scores().get(w.getKey());
            if (score != null) {
                sum = sum.add(w.getValue().multiply(score));
            }
        }
        return units(sum);
    }

    /** Every weighted paper was sat and scored above zero (a zero is điểm liệt). */
    private boolean sat(Applicant a) {
        return problem.weights().entrySet().stream()
                .filter(w -> w.getValue().signum() > 0)
                .allMatch(w -> a.scores() != null
                        && a.scores().get(w.getKey()) != null
                        && a.scores().get(w.getKey()).signum() > 0);
    }

    /**
     * Positions of the applicants when scores tie: the tie-break papers higher first, then the lower SHA-256 of
     * {@code seed:id}.
     */
    private int[] tieOrder(List<Applicant> applicants) {
        int n = applicants.size();
        List<String> papers = PlacementCheck.list(problem.tieBreak());
        BigInteger[] lottery = new BigInteger[n];
        MessageDigest sha = sha256();
        for (int i = 0; i < n; i++) {
            lottery[i] = new BigInteger(
                    1,
                    sha.digest(
                            (problem.lotterySeed() + ":" + applicants.get(i).id()).getBytes(StandardCharsets.UTF_8)));
        }
        Comparator<Integer> order = Comparator.comparingInt(i -> 0);
        for (String paper : papers) {
            order = order.thenComparing(i -> paperScore(applicants.get(i), paper), Comparator.reverseOrder());
        }
        order = order.thenComparing(i -> lottery[i]);
        Integer[] sorted = IntStream.range(0, n).boxed().sorted(order).toArray(Integer[]::new);
        int[] position = new int[n];
        for (int k = 0; k < n; k++) {
            position[sorted[k]] = k;
        }
        return position;
    }

    private static BigDecimal paperScore(Applicant a, String paper) {
        BigDecimal score = a.scores() == null ? null : a.scores().get(paper);
        return score == null ? BigDecimal.ONE.negate() : score;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long units(BigDecimal value) {
        return value.movePointRight(PlacementCheck.SCALE).longValueExact();
    }

    private static double score(long units) {
        return (double) units / UNIT;
    }
}
