package vn.eduvn.timetable.format;

import java.util.Arrays;

/**
 * A set of the week's slots, numbered from 0, of any length: a week of 6 days of two 5-period sessions has 60 slots,
 * a boarding school's with evening study more than a {@code long} holds. Immutable, so that it can key a map.
 */
final class SlotSet {

    private final long[] words;

    private SlotSet(long[] words) {
        this.words = words;
    }

    static SlotSet none(int slots) {
        return new SlotSet(new long[(slots + 63) / 64]);
    }

    static SlotSet all(int slots) {
        long[] words = new long[(slots + 63) / 64];
        for (int s = 0; s < slots; s++) {
            words[s >> 6] |= 1L << s;
        }
        return new SlotSet(words);
    }

    SlotSet with(int slot) {
        long[] w = words.clone();
        w[slot >> 6] |= 1L << slot;
        return new SlotSet(w);
    }

    SlotSet without(int slot) {
        long[] w = words.clone();
        w[slot >> 6] &= ~(1L << slot);
        return new SlotSet(w);
    }

    boolean has(int slot) {
        return (words[slot >> 6] >> slot & 1) != 0;
    }

    SlotSet and(SlotSet other) {
        long[] w = words.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] &= other.words[i];
        }
        return new SlotSet(w);
    }

    SlotSet or(SlotSet other) {
        long[] w = words.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] |= other.words[i];
        }
        return new SlotSet(w);
    }

    SlotSet andNot(SlotSet other) {
        long[] w = words.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] &= ~other.words[i];
        }
        return new SlotSet(w);
    }

    int count() {
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        return n;
    }

    boolean isEmpty() {
        for (long w : words) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotSet other && Arrays.equals(words, other.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }
}
