package vn.eduvn.timetable.fet;

/**
 * A rule on one teacher's or students subgroup's week, read from a FET constraint ({@code type}): how many hours or
 * days it may be busy, gaps, unavailable times. {@link #excess} is how far a week breaks it — FET's own counting:
 * one per hour, day or gap beyond the limit.
 *
 * @param slots for NOT_AVAILABLE the unavailable slots; for the gap rules the slots that are not gaps when free
 *        (the resource's compulsory unavailable times and the breaks, as in FET)
 */
public record ResourceRule(
        int resource,
        Kind kind,
        int limit,
        int from,
        int to,
        boolean allowEmptyDays,
        boolean[] slots,
        int days,
        int hours,
        int weight,
        String type) {

    public enum Kind {
        /** Two activities at once (FET's basic compulsory time constraint). */
        CONFLICT,
        NOT_AVAILABLE,
        MAX_DAYS,
        MIN_DAYS,
        MAX_GAPS_PER_DAY,
        MAX_GAPS_PER_WEEK,
        MIN_HOURS_DAILY,
        MAX_HOURS_DAILY,
        MAX_HOURS_CONTINUOUSLY,
        INTERVAL_MAX_DAYS
    }

    public boolean hard() {
        return weight >= 100;
    }

    /**
     * What breaking the rule costs the search: {@link #excess} for most rules, but for a limit on days the hours on
     * the days beyond it (the least busy ones). FET counts one per day too many, which stays the same until the last
     * hour leaves a day; counting the hours lets the search see each step of emptying a day. Zero exactly when
     * {@link #excess} is.
     */
    public int searchCost(int[] busy) {
        if (kind != Kind.MAX_DAYS && kind != Kind.INTERVAL_MAX_DAYS) {
            return excess(busy);
        }
        int extra = excess(busy);
        if (extra == 0) {
            return 0;
        }
        int[] perDay = new int[days];
        int n = 0;
        for (int d = 0; d < days; d++) {
            for (int h = kind == Kind.MAX_DAYS ? 0 : from; h < (kind == Kind.MAX_DAYS ? hours : to); h++) {
                perDay[d] += at(busy, d * hours + h) > 0 ? 1 : 0;
            }
            if (perDay[d] > 0) {
                perDay[n++] = perDay[d];
            }
        }
        int[] busyDays = java.util.Arrays.copyOf(perDay, n);
        java.util.Arrays.sort(busyDays);
        int cost = 0;
        for (int i = 0; i < extra; i++) {
            cost += busyDays[i];
        }
        return cost;
    }

    /** How far {@code busy} (activities per slot of the week) breaks this rule; 0 when it holds. */
    public int excess(int[] busy) {
        return switch (kind) {
            case CONFLICT -> {
                int n = 0;
                for (int i = 0; i < days * hours; i++) {
                    n += Math.max(0, at(busy, i) - 1);
                }
                yield n;
            }
            case NOT_AVAILABLE -> {
                int n = 0;
                for (int i = 0; i < days * hours; i++) {
                    n += slots[i] ? at(busy, i) : 0;
                }
                yield n;
            }
            case MAX_DAYS -> Math.max(0, busyDays(busy, 0, hours) - limit);
            case MIN_DAYS -> Math.max(0, limit - busyDays(busy, 0, hours));
            case INTERVAL_MAX_DAYS -> Math.max(0, busyDays(busy, from, to) - limit);
            case MAX_GAPS_PER_DAY -> {
                int n = 0;
                for (int d = 0; d < days; d++) {
                    n += Math.max(0, gaps(busy, d) - limit);
                }
                yield n;
            }
            case MAX_GAPS_PER_WEEK -> {
                int n = 0;
                for (int d = 0; d < days; d++) {
                    n += gaps(busy, d);
                }
                yield Math.max(0, n - limit);
            }
            case MIN_HOURS_DAILY -> {
                int n = 0;
                for (int d = 0; d < days; d++) {
                    int h = busyHours(busy, d);
                    if (h > 0 || !allowEmptyDays) {
                        n += Math.max(0, limit - h);
                    }
                }
                yield n;
            }
            case MAX_HOURS_DAILY -> {
                int n = 0;
                for (int d = 0; d < days; d++) {
                    n += Math.max(0, busyHours(busy, d) - limit);
                }
                yield n;
            }
            case MAX_HOURS_CONTINUOUSLY -> {
                int n = 0;
                for (int d = 0; d < days; d++) {
                    int run = 0;
                    for (int h = 0; h < hours; h++) {
                        run = at(busy, d * hours + h) > 0 ? run + 1 : 0;
                        if (run > limit) {
                            n++;
                        }
                    }
                }
                yield n;
            }
        };
    }

    private static int at(int[] busy, int slot) {
        return slot < busy.length ? busy[slot] : 0;
    }

    private int busyDays(int[] busy, int fromHour, int toHour) {
        int n = 0;
        for (int d = 0; d < days; d++) {
            for (int h = fromHour; h < toHour; h++) {
                if (at(busy, d * hours + h) > 0) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private int busyHours(int[] busy, int day) {
        int n = 0;
        for (int h = 0; h < hours; h++) {
            n += at(busy, day * hours + h) > 0 ? 1 : 0;
        }
        return n;
    }

    /** Free hours between the day's first and last busy hour, not counting unavailable hours and breaks. */
    private int gaps(int[] busy, int day) {
        int first = -1;
        int last = -1;
        for (int h = 0; h < hours; h++) {
            if (at(busy, day * hours + h) > 0) {
                first = first < 0 ? h : first;
                last = h;
            }
        }
        int n = 0;
        for (int h = first + 1; first >= 0 && h < last; h++) {
            int slot = day * hours + h;
            if (at(busy, slot) == 0 && !slots[slot]) {
                n++;
            }
        }
        return n;
    }
}
