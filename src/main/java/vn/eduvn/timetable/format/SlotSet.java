package vn.eduvn.timetable.format;

import java.util.BitSet;

/**
 * A set of the week's slots, numbered from 0, of any length: a week of 6 days of two 5-period sessions has 60 slots,
 * a boarding school's with evening study more than a {@code long} holds. Immutable (each operation returns a new
 * set over a copied {@link BitSet}), so that it can key a map.
 */
final class SlotSet {

    private final BitSet bits;

    private SlotSet(BitSet bits) {
        this.bits = bits;
    }

    static SlotSet none(int slots) {
        return new SlotSet(new BitSet(slots));
    }

    static SlotSet all(int slots) {
        BitSet bits = new BitSet(slots);
        bits.set(0, slots);
        return new SlotSet(bits);
    }

    SlotSet with(int slot) {
        BitSet b = copy();
        b.set(slot);
        return new SlotSet(b);
    }

    SlotSet without(int slot) {
        BitSet b = copy();
        b.clear(slot);
        return new SlotSet(b);
    }

    boolean has(int slot) {
        return bits.get(slot);
    }

    SlotSet and(SlotSet other) {
        BitSet b = copy();
        b.and(other.bits);
        return new SlotSet(b);
    }

    SlotSet or(SlotSet other) {
        BitSet b = copy();
        b.or(other.bits);
        return new SlotSet(b);
    }

    SlotSet andNot(SlotSet other) {
        BitSet b = copy();
        b.andNot(other.bits);
        return new SlotSet(b);
    }

    int count() {
        return bits.cardinality();
    }

    boolean isEmpty() {
        return bits.isEmpty();
    }

    private BitSet copy() {
        return (BitSet) bits.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotSet other && bits.equals(other.bits);
    }

    @Override
    public int hashCode() {
        return bits.hashCode();
    }
}
