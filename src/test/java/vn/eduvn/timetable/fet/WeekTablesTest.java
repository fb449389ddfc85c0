package vn.eduvn.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search counts all of a teacher's or subgroup's rules in one pass over the week, partly from tables; that must
 * come to what the rules count one by one, or the search would chase a different problem than the one scored.
 */
class WeekTablesTest {

    @ParameterizedTest
    @MethodSource("vn.eduvn.timetable.fet.FetImportTest#vietnameseFiles")
    void everyTeachersAndClasssRulesOfAVietnameseFileCountTogetherWhatTheyCountOneByOne(Path path) throws Exception {
        List<ResourceRule> rules = FetModel.of(FetReader.read(Files.readAllBytes(path)))
                .planningProblem()
                .resourceRules();
        Map<Integer, List<ResourceRule>> byResource =
                rules.stream().filter(ResourceRule::hard).collect(Collectors.groupingBy(ResourceRule::resource));
        assertThat(byResource).isNotEmpty();
        SplittableRandom random = new SplittableRandom(path.toString().hashCode());
        for (List<ResourceRule> own : byResource.values()) {
            countsAsTheRulesOneByOne(own, random, 200);
        }
    }

    @Test
    void rulesOfEveryKindCountTogetherWhatTheyCountOneByOneOnShortAndLongDays() {
        SplittableRandom random = new SplittableRandom(11);
        // Five and eight hours a day are read from tables, nine and thirteen counted rule by rule.
        for (int hours : new int[] {5, 8, 9, 13}) {
            int days = 2 + random.nextInt(6);
            for (int k = 0; k < 40; k++) {
                List<ResourceRule> rules = new ArrayList<>();
                for (ResourceRule.Kind kind : ResourceRule.Kind.values()) {
                    for (int copies = random.nextInt(3); copies > 0; copies--) {
                        boolean[] slots = new boolean[days * hours];
                        for (int i = 0; i < slots.length; i++) {
                            slots[i] = random.nextInt(5) == 0;
                        }
                        if (random.nextBoolean()) {
                            // Two limits on the same hours share a table.
                            Arrays.fill(slots, false);
                        }
                        int from = random.nextInt(hours);
                        int to = from + 1 + random.nextInt(hours - from);
                        String type =
                                random.nextBoolean() ? "ConstraintTeacher" + kind : "ConstraintStudentsSet" + kind;
                        rules.add(new ResourceRule(
                                0,
                                kind,
                                random.nextInt(4),
                                from,
                                to,
                                random.nextBoolean(),
                                slots,
                                days,
                                hours,
                                100,
                                type));
                    }
                }
                countsAsTheRulesOneByOne(rules, random, 100);
            }
        }
    }

    private static void countsAsTheRulesOneByOne(List<ResourceRule> rules, SplittableRandom random, int weeks) {
        MaskedRule[] masked = rules.stream().map(MaskedRule::new).toArray(MaskedRule[]::new);
        int days = rules.get(0).days();
        int hours = rules.get(0).hours();
        WeekTables tables = new WeekTables(masked, days, hours);
        for (int w = 0; w < weeks; w++) {
            MaskedRuleTest.Week week = MaskedRuleTest.Week.random(random, days, hours);
            long[] mask = week.mask();
            int[] busy = week.busy();
            int clashes = week.clashes();
            int oneByOne = 0;
            for (MaskedRule rule : masked) {
                oneByOne += rule.searchCost(mask, busy, clashes);
            }
            assertThat(tables.cost(mask, busy, clashes))
                    .as("%s on %s", rules, week)
                    .isEqualTo(oneByOne);
            MaskedRule[] gaps = tables.weekGaps();
            assertThat(gaps).hasSize((int) rules.stream()
                    .filter(r -> r.kind() == ResourceRule.Kind.MAX_GAPS_PER_WEEK)
                    .count());
            for (int i = 0; i < gaps.length; i++) {
                assertThat(tables.brokenGaps(i))
                        .as("%s on %s", gaps[i].rule().type(), week)
                        .isEqualTo(gaps[i].searchCost(mask, busy, clashes));
            }
        }
    }
}
