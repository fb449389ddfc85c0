package vn.eduvn.timetable.fet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One teacher's or students subgroup's compulsory rules counted together, as {@link CompulsorySearch} counts a week
 * for every move it looks at. The rules that sum over days — gaps, hours and hours in a row a day, and the gaps a
 * week before their limit — are read from tables indexed by a day's busy hours, built once: one pass over the days
 * instead of one per rule (a teacher of Khoi-sang.fet has up to eight rules, six of them walking the days). A limit on
 * busy days is counted only when the week has more busy days than it allows; unavailable times, clashes and the
 * other limits on days by their {@link MaskedRule} as before. The count is exactly the sum
 * of {@link MaskedRule#searchCost} over the rules (tested); a day longer than {@link #TABLED_HOURS} hours is counted
 * rule by rule.
 */
final class WeekTables {

    /** The longest day read from tables: 2^hours entries a day each. */
    static final int TABLED_HOURS = 8;

    private final int days;

    private final int hours;

    /** Counted rule by rule. */
    private final MaskedRule[] rest;

    /** Per day and busy hours ({@code d << hours | mask}), what the rules that sum over days add, beyond {@link #base}. */
    private final int[] dayCost;

    /** What those rules count for an empty week (0 when there are none, or the day is too long for tables). */
    private final int base;

    /** Limits on busy days: counted only when the week has more busy days than one of them allows. */
    private final MaskedRule[] maxDays;

    /** The limits on gaps a week, in the order {@link #brokenGaps} reports them. */
    private final MaskedRule[] weekGaps;

    /** Per limit on gaps a week, its table of gaps per day and busy hours (limits on the same hours share one). */
    private final int[][] gapTables;

    private final int[] gapTableOf;

    private final int[] gapSums;

    private final int[] broken;

    WeekTables(MaskedRule[] rules, int days, int hours) {
        this.days = days;
        this.hours = hours;
        boolean tabled = hours <= TABLED_HOURS;
        List<MaskedRule> counted = new ArrayList<>();
        List<MaskedRule> daily = new ArrayList<>();
        List<MaskedRule> gaps = new ArrayList<>();
        List<MaskedRule> mostDays = new ArrayList<>();
        for (MaskedRule rule : rules) {
            switch (rule.rule().kind()) {
                case MAX_GAPS_PER_WEEK -> gaps.add(rule);
                case MAX_DAYS -> mostDays.add(rule);
                case MAX_GAPS_PER_DAY, MIN_HOURS_DAILY, MAX_HOURS_DAILY, MAX_HOURS_CONTINUOUSLY ->
                    (tabled ? daily : counted).add(rule);
                default -> counted.add(rule);
            }
        }
        this.rest = counted.toArray(MaskedRule[]::new);
        this.maxDays = mostDays.toArray(MaskedRule[]::new);
        this.weekGaps = gaps.toArray(MaskedRule[]::new);
        this.broken = new int[weekGaps.length];
        long[] empty = new long[days];
        int[] noBusy = new int[days * hours];
        int emptyCost = 0;
        for (MaskedRule rule : daily) {
            emptyCost += rule.searchCost(empty, noBusy, 0);
        }
        this.base = emptyCost;
        if (daily.isEmpty()) {
            this.dayCost = null;
        } else {
            this.dayCost = new int[days << hours];
            long[] one = new long[days];
            for (int d = 0; d < days; d++) {
                for (int mask = 0; mask < 1 << hours; mask++) {
                    one[d] = mask;
                    int c = 0;
                    for (MaskedRule rule : daily) {
                        c += rule.searchCost(one, noBusy, 0);
                    }
                    // Summing over days, the week with only this day busy differs from the empty week by this day.
                    dayCost[d << hours | mask] = c - base;
                }
                one[d] = 0;
            }
        }
        List<int[]> tables = new ArrayList<>();
        this.gapTableOf = new int[weekGaps.length];
        for (int i = 0; i < weekGaps.length && tabled; i++) {
            int[] table = new int[days << hours];
            for (int d = 0; d < days; d++) {
                for (int mask = 0; mask < 1 << hours; mask++) {
                    table[d << hours | mask] = weekGaps[i].dayGaps(d, mask);
                }
            }
            int same = 0;
            while (same < tables.size() && !Arrays.equals(tables.get(same), table)) {
                same++;
            }
            if (same == tables.size()) {
                tables.add(table);
            }
            gapTableOf[i] = same;
        }
        this.gapTables = tabled ? tables.toArray(int[][]::new) : null;
        this.gapSums = new int[tables.size()];
    }

    /** The rules' {@link MaskedRule#searchCost} summed, for the week's busy hours, activities per slot and clashes. */
    int cost(long[] mask, int[] busy, int clashes) {
        int c = base;
        for (MaskedRule rule : rest) {
            c += rule.searchCost(mask, busy, clashes);
        }
        int busyDays = 0;
        if (gapTables == null) {
            for (int i = 0; i < weekGaps.length; i++) {
                broken[i] = weekGaps[i].searchCost(mask, busy, clashes);
                c += broken[i];
            }
            if (maxDays.length > 0) {
                for (int d = 0; d < days; d++) {
                    busyDays += mask[d] != 0 ? 1 : 0;
                }
            }
        } else if (dayCost != null || weekGaps.length > 0 || maxDays.length > 0) {
            // One pass over the days for every rule read from the tables, and the busy days.
            Arrays.fill(gapSums, 0);
            for (int d = 0; d < days; d++) {
                int at = d << hours | (int) mask[d];
                busyDays += mask[d] != 0 ? 1 : 0;
                if (dayCost != null) {
                    c += dayCost[at];
                }
                for (int t = 0; t < gapTables.length; t++) {
                    gapSums[t] += gapTables[t][at];
                }
            }
            for (int i = 0; i < weekGaps.length; i++) {
                broken[i] =
                        Math.max(0, gapSums[gapTableOf[i]] - weekGaps[i].rule().limit());
                c += broken[i];
            }
        }
        for (MaskedRule rule : maxDays) {
            if (busyDays > rule.rule().limit()) {
                c += rule.searchCost(mask, busy, clashes);
            }
        }
        return c;
    }

    /** The limits on gaps a week among the rules. */
    MaskedRule[] weekGaps() {
        return weekGaps;
    }

    /** How far the week last {@link #cost counted} broke each of {@link #weekGaps}. */
    int brokenGaps(int i) {
        return broken[i];
    }
}
