package vn.eduvn.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search counts a teacher's or subgroup's week from its busy hours as bits; what it counts must be exactly what
 * the rule itself counts from the week, hour by hour, or the search would chase a different problem than the one
 * scored.
 */
class MaskedRuleTest {

    static List<Path> vietnameseFiles() throws Exception {
        return FetImportTest.vietnameseFiles().toList();
    }

    @ParameterizedTest
    @MethodSource("vietnameseFiles")
    void everyRuleOfAVietnameseFileCountsAnyWeekAsTheRuleDoes(Path path) throws Exception {
        List<ResourceRule> rules = FetModel.of(FetReader.read(Files.readAllBytes(path)))
                .planningProblem()
                .resourceRules();
        assertThat(rules).isNotEmpty();
        SplittableRandom random = new SplittableRandom(path.toString().hashCode());
        for (ResourceRule rule : rules) {
            countsAsTheRule(rule, random, 300);
        }
    }

    @Test
    void everyKindOfRuleCountsAnyWeekAsTheRuleDoes() {
        SplittableRandom random = new SplittableRandom(5);
        List<ResourceRule> rules = new ArrayList<>();
        for (ResourceRule.Kind kind : ResourceRule.Kind.values()) {
            for (int[] week : new int[][] {{6, 5}, {5, 10}, {7, 1}, {3, 64}}) {
                int days = week[0];
                int hours = week[1];
                for (int k = 0; k < 5; k++) {
                    boolean[] slots = new boolean[days * hours];
                    for (int i = 0; i < slots.length; i++) {
                        slots[i] = random.nextInt(5) == 0;
                    }
                    int from = random.nextInt(hours);
                    int to = from + 1 + random.nextInt(hours - from);
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
                            kind.name()));
                }
            }
        }
        for (ResourceRule rule : rules) {
            countsAsTheRule(rule, random, 500);
        }
    }

    @Test
    void aDayLongerThanSixtyFourHoursIsCountedHourByHour() {
        boolean[] slots = new boolean[2 * 70];
        ResourceRule rule =
                new ResourceRule(0, ResourceRule.Kind.MAX_GAPS_PER_DAY, 0, 0, 70, true, slots, 2, 70, 100, "gaps");
        int[] busy = new int[140];
        busy[1] = 1;
        busy[68] = 1;

        assertThat(new MaskedRule(rule).searchCost(new long[2], busy, 0))
                .isEqualTo(66)
                .isEqualTo(rule.searchCost(busy));
    }

    private static void countsAsTheRule(ResourceRule rule, SplittableRandom random, int weeks) {
        MaskedRule masked = new MaskedRule(rule);
        for (int w = 0; w < weeks; w++) {
            Week week = Week.random(random, rule.days(), rule.hours());
            assertThat(masked.searchCost(week.mask(), week.busy(), week.clashes()))
                    .as("%s on %s", rule.type(), week)
                    .isEqualTo(rule.searchCost(week.busy()));
            assertThat(masked.excess(week.mask(), week.busy(), week.clashes()))
                    .as("%s on %s", rule.type(), week)
                    .isEqualTo(rule.excess(week.busy()));
        }
    }

    /** A teacher's or subgroup's week as the search keeps it: activities per slot, busy hours per day, clashes. */
    record Week(int[] busy, long[] mask, int clashes) {

        /** From nearly empty to nearly full weeks, with a clash now and then. */
        static Week random(SplittableRandom random, int days, int hours) {
            int density = 1 + random.nextInt(9);
            int[] busy = new int[days * hours];
            long[] mask = new long[days];
            int clashes = 0;
            for (int slot = 0; slot < busy.length; slot++) {
                busy[slot] = random.nextInt(10) < density ? (random.nextInt(12) == 0 ? 2 : 1) : 0;
                clashes += Math.max(0, busy[slot] - 1);
                if (busy[slot] > 0) {
                    mask[slot / hours] |= 1L << (slot % hours);
                }
            }
            return new Week(busy, mask, clashes);
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(busy);
        }
    }
}
