package vn.eduvn.timetable.fet;

import java.util.stream.IntStream;

/**
 * A {@link ResourceRule} counted from a week kept as one bit mask of busy hours per day, as {@link CompulsorySearch}
 * keeps it: the search recounts a week for every move it looks at, and counting gaps, days and hours with bit
 * operations instead of walking the week's slots for every rule is what most of its time went to. The count is
 * exactly {@link ResourceRule#searchCost}'s (tested on every rule of the example files); a day longer than 64 hours
 * falls back to it.
 */
final class MaskedRule {

    private final ResourceRule rule;

    private final int days;

    private final boolean masked;

    /** Per day, the hours that are not gaps when free (gap rules) or that the interval covers (interval rule). */
    private final long[] dayBits;

    /** The unavailable slots of a not-available rule. */
    private final int[] unavailable;

    /** Busy hours per counted day, sorted to find the least busy ones (days beyond a limit). */
    private final int[] scratch;

    private final boolean teachersGapsAWeek;

    MaskedRule(ResourceRule rule) {
        this.rule = rule;
        this.days = rule.days();
        int hours = rule.hours();
        this.masked = hours <= 64;
        this.dayBits = new long[days];
        this.scratch = new int[days];
        for (int d = 0; d < days; d++) {
            for (int h = 0; h < hours; h++) {
                int slot = d * hours + h;
                boolean set = switch (rule.kind()) {
                    case MAX_GAPS_PER_DAY, MAX_GAPS_PER_WEEK -> rule.slots()[slot];
                    case INTERVAL_MAX_DAYS -> h >= rule.from() && h < rule.to();
                    default -> false;
                };
                if (set && masked) {
                    dayBits[d] |= 1L << h;
                }
            }
        }
        this.teachersGapsAWeek = rule.kind() == ResourceRule.Kind.MAX_GAPS_PER_WEEK
                && rule.type().startsWith("ConstraintTeacher");
        this.unavailable = rule.kind() != ResourceRule.Kind.NOT_AVAILABLE
                ? new int[0]
                : IntStream.range(0, days * hours)
                        .filter(slot -> rule.slots()[slot])
                        .toArray();
    }

    ResourceRule rule() {
        return rule;
    }

    /** Whether this is a teacher's (or every teacher's) limit on gaps a week: those the search may look at wider. */
    boolean teachersGapsAWeek() {
        return teachersGapsAWeek;
    }

    /**
     * {@link ResourceRule#searchCost} of the week whose busy hours of day {@code d} are the bits of {@code mask[d]},
     * whose activities per slot are {@code busy} and whose slots hold {@code clashes} activities more than one each.
     */
    int searchCost(long[] mask, int[] busy, int clashes) {
        return count(mask, busy, clashes, true);
    }

    /** {@link ResourceRule#excess} of the same week. */
    int excess(long[] mask, int[] busy, int clashes) {
        return count(mask, busy, clashes, false);
    }

    private int count(long[] mask, int[] busy, int clashes, boolean search) {
        if (!masked) {
            return search ? rule.searchCost(busy) : rule.excess(busy);
        }
        int limit = rule.limit();
        return switch (rule.kind()) {
            case CONFLICT -> clashes;
            case NOT_AVAILABLE -> {
                int n = 0;
                for (int slot : unavailable) {
                    n += busy[slot];
                }
                yield n;
            }
            case MAX_DAYS -> leastBusyDays(mask, -1L, search);
            case INTERVAL_MAX_DAYS -> leastBusyDays(mask, 0L, search);
            case MIN_DAYS -> Math.max(0, limit - busyDays(mask, -1L));
            case MAX_GAPS_PER_DAY -> {
                int n = 0;
                for (int d = 0; d < days; d++) {
                    n += Math.max(0, gaps(mask[d], dayBits[d]) - limit);
                }
                yield n;
            }
            case MAX_GAPS_PER_WEEK -> {
                int n = 0;
                for (int d = 0; d < days; d++) {
                    n += gaps(mask[d], dayBits[d]);
                }
                yield Math.max(0, n - limit);
            }
            case MIN_HOURS_DAILY -> {
                int n = 0;
                for (int d = 0; d < days; d++) {
                    int h = Long.bitCount(mask[d]);
                    if (h > 0 || !rule.allowEmptyDays()) {
                        n += Math.max(0, limit - h);
                    }
                }
                yield n;
            }
            case MAX_HOURS_DAILY -> {
                int n = 0;
                for (int d = 0; d < days; d++) {
                    n += Math.max(0, Long.bitCount(mask[d]) - limit);
                }
                yield n;
            }
            case MAX_HOURS_CONTINUOUSLY -> {
                int n = 0;
                for (int d = 0; d < days; d++) {
                    int run = 0;
                    for (long m = mask[d], h = 0; h < rule.hours(); h++, m >>>= 1) {
                        run = (m & 1) != 0 ? run + 1 : 0;
                        n += run > limit ? 1 : 0;
                    }
                }
                yield n;
            }
        };
    }

    /**
     * A limit on busy days: the hours on the days beyond it, the least busy first (see {@link ResourceRule#searchCost});
     * {@code whole} -1 counts the whole day, 0 only the interval; without {@code search}, the days beyond it.
     */
    private int leastBusyDays(long[] mask, long whole, boolean search) {
        if (busyDays(mask, whole) <= rule.limit()) {
            return 0;
        }
        int n = 0;
        for (int d = 0; d < days; d++) {
            int h = Long.bitCount(mask[d] & (whole | dayBits[d]));
            if (h > 0) {
                // Insertion into the sorted busy days so far: there are few days.
                int i = n++;
                for (; i > 0 && scratch[i - 1] > h; i--) {
                    scratch[i] = scratch[i - 1];
                }
                scratch[i] = h;
            }
        }
        int extra = n - rule.limit();
        if (!search) {
            return Math.max(0, extra);
        }
        int cost = 0;
        for (int i = 0; i < extra; i++) {
            cost += scratch[i];
        }
        return cost;
    }

    /** Days with a busy hour ({@code whole} -1) or a busy hour in the interval ({@code whole} 0). */
    private int busyDays(long[] mask, long whole) {
        int n = 0;
        for (int d = 0; d < days; d++) {
            n += (mask[d] & (whole | dayBits[d])) != 0 ? 1 : 0;
        }
        return n;
    }

    /** The gaps a limit on gaps counts on day {@code d} when its busy hours are the bits of {@code mask}. */
    int dayGaps(int d, long mask) {
        return gaps(mask, dayBits[d]);
    }

    /** Free hours between the day's first and last busy hour that are not {@code notGaps}. */
    private static int gaps(long busy, long notGaps) {
        if (busy == 0) {
            return 0;
        }
        int first = Long.numberOfTrailingZeros(busy);
        int last = 63 - Long.numberOfLeadingZeros(busy);
        if (last - first < 2) {
            return 0;
        }
        long between = ((1L << last) - 1) & -(1L << (first + 1));
        return Long.bitCount(between & ~busy & ~notGaps);
    }
}
