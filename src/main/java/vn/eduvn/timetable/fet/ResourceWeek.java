package vn.eduvn.timetable.fet;

import java.util.Arrays;

/**
 * A teacher's or students subgroup's week as {@link CompulsorySearch} keeps it, move by move: activities per slot,
 * busy hours as one bit mask per day ({@link MaskedRule} counts from those), who holds each hour, and how far the
 * week has moved since its cost was last taken for good.
 */
final class ResourceWeek {

    /** Activities per slot. */
    final int[] busy;

    /** Per day, the busy hours as bits. */
    final long[] mask;

    /** Activities beyond the first in each slot, summed over the week. */
    int clashes;

    /** Per slot, the sum of (index + 1) of the activities there: with one activity there, that activity. */
    private final int[] held;

    /** Per slot, how many more activities than when the week was last {@link #counted}; in how many slots that is not 0. */
    private final int[] delta;

    private int changed;

    private final int[] dayOf;

    private final long[] bitOf;

    ResourceWeek(int days, int[] dayOf, long[] bitOf) {
        this.busy = new int[dayOf.length];
        this.mask = new long[days];
        this.held = new int[dayOf.length];
        this.delta = new int[dayOf.length];
        this.dayOf = dayOf;
        this.bitOf = bitOf;
    }

    /** Activity {@code a} leaves the {@code d} hours from {@code from}. */
    void remove(int a, int from, int d) {
        for (int t = from; t < from + d; t++) {
            held[t] -= a + 1;
            changed += delta[t] == 0 ? 1 : delta[t] == 1 ? -1 : 0;
            delta[t]--;
        }
        lift(from, d);
    }

    /** Activity {@code a} takes the {@code d} hours from {@code at}. */
    void add(int a, int at, int d) {
        for (int t = at; t < at + d; t++) {
            held[t] += a + 1;
            changed += delta[t] == 0 ? 1 : delta[t] == -1 ? -1 : 0;
            delta[t]++;
        }
        drop(at, d);
    }

    /**
     * The {@code d} hours from {@code from} are one activity less busy, as far as the rules see (busy hours and
     * clashes): with {@link #drop}, a move looked at and put back without the rest of the bookkeeping.
     */
    void lift(int from, int d) {
        for (int t = from; t < from + d; t++) {
            if (--busy[t] == 0) {
                mask[dayOf[t]] &= ~bitOf[t];
            } else {
                clashes--;
            }
        }
    }

    /** The {@code d} hours from {@code at} are one activity busier, as far as the rules see. */
    void drop(int at, int d) {
        for (int t = at; t < at + d; t++) {
            if (busy[t]++ == 0) {
                mask[dayOf[t]] |= bitOf[t];
            } else {
                clashes++;
            }
        }
    }

    /** The one activity at slot {@code t} when {@code busy[t]} is 1. */
    int holder(int t) {
        return held[t] - 1;
    }

    /** Whether the week is as it was when last counted: then its cost is too. */
    boolean unchanged() {
        return changed == 0;
    }

    /** The week as it is now is the one its cost was taken for. */
    void counted() {
        if (changed != 0) {
            Arrays.fill(delta, 0);
            changed = 0;
        }
    }

    int searchCost(MaskedRule rule) {
        return rule.searchCost(mask, busy, clashes);
    }

    int excess(MaskedRule rule) {
        return rule.excess(mask, busy, clashes);
    }
}
