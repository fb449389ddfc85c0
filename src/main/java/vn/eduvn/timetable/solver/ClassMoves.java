package vn.eduvn.timetable.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Moves that keep a class's week covered: two lessons of the same class trade places, and a double period trades
 * places with two consecutive single periods of the same class. In a Vietnamese school a class's week is nearly
 * full, so these are the moves that change a teacher's day without opening a hole in the class's. Half of them
 * start from a block that shares a period with another of its teacher or class: on the 24-class example that
 * took the first feasible timetable from 4–5 s (and some seeds never within 30 s) to 1.3–6 s.
 */
public class ClassMoves implements MoveIteratorFactory<Timetable, Reschedule> {

    @Override
    public long getSize(ScoreDirector<Timetable> director) {
        long n = director.getWorkingSolution().blocks().size();
        return n * n;
    }

    @Override
    public Iterator<Reschedule> createOriginalMoveIterator(ScoreDirector<Timetable> director) {
        throw new UnsupportedOperationException("only random selection");
    }

    @Override
    public Iterator<Reschedule> createRandomMoveIterator(ScoreDirector<Timetable> director, Random random) {
        Map<String, List<Block>> byClass = new HashMap<>();
        for (Block b : director.getWorkingSolution().blocks()) {
            if (!b.pinned()) {
                byClass.computeIfAbsent(b.classId(), k -> new ArrayList<>()).add(b);
            }
        }
        List<List<Block>> classes =
                byClass.values().stream().filter(l -> l.size() > 1).toList();
        List<Block> all = byClass.values().stream().flatMap(List::stream).toList();
        return new Iterator<>() {

            private List<Block> conflicted = List.of();

            private int sinceRefresh = Integer.MAX_VALUE;

            @Override
            public boolean hasNext() {
                return !classes.isEmpty();
            }

            @Override
            public Reschedule next() {
                // Half the moves start from a block in conflict (min-conflicts), refreshed every few hundred moves.
                if (sinceRefresh++ > 300) {
                    conflicted = conflicted(all);
                    sinceRefresh = 0;
                }
                List<Block> own;
                Block a;
                if (!conflicted.isEmpty() && random.nextBoolean()) {
                    a = conflicted.get(random.nextInt(conflicted.size()));
                    own = byClass.get(a.classId());
                } else {
                    own = classes.get(random.nextInt(classes.size()));
                    a = own.get(random.nextInt(own.size()));
                }
                if (random.nextInt(3) == 0) {
                    Slot free = freeStart(a, own, random);
                    if (free != null) {
                        return new Reschedule(List.of(a), List.of(free));
                    }
                }
                Block b = own.get(random.nextInt(own.size()));
                if (a == b || a.start() == null || b.start() == null) {
                    return new Reschedule(
                            List.of(a), List.of(a.start() == null ? a.starts().get(0) : a.start()));
                }
                if (a.length() == b.length()) {
                    return new Reschedule(List.of(a, b), List.of(b.start(), a.start()));
                }
                Block longer = a.length() > b.length() ? a : b;
                Block single = longer == a ? b : a;
                if (longer.length() != 2 || single.length() != 1) {
                    return new Reschedule(List.of(a, b), List.of(b.start(), a.start()));
                }
                // The single's neighbour in its session, before or after it, makes the pair the double trades with.
                Block first = null;
                Block second = null;
                for (Block c : own) {
                    if (c != single && c.length() == 1 && c.start() != null) {
                        if (c.begin() == single.begin() + 1) {
                            first = single;
                            second = c;
                            break;
                        }
                        if (c.begin() == single.begin() - 1) {
                            first = c;
                            second = single;
                            break;
                        }
                    }
                }
                if (first == null) {
                    return new Reschedule(List.of(a, b), List.of(b.start(), a.start()));
                }
                Slot doubleAt = longer.start();
                Slot next = following(second, doubleAt);
                if (next == null) {
                    return new Reschedule(List.of(a, b), List.of(b.start(), a.start()));
                }
                return new Reschedule(List.of(longer, first, second), List.of(first.start(), doubleAt, next));
            }
        };
    }

    /** The blocks that share a period with another block of their teacher or class. */
    private static List<Block> conflicted(List<Block> blocks) {
        Map<String, Integer> used = new HashMap<>();
        for (Block b : blocks) {
            if (b.start() == null) {
                continue;
            }
            for (int key : b.keys()) {
                used.merge("t" + b.teacherId() + "@" + key, 1, Integer::sum);
                used.merge("c" + b.classId() + "@" + key, 1, Integer::sum);
            }
        }
        List<Block> conflicted = new ArrayList<>();
        for (Block b : blocks) {
            if (b.start() == null) {
                continue;
            }
            for (int key : b.keys()) {
                if (used.get("t" + b.teacherId() + "@" + key) > 1 || used.get("c" + b.classId() + "@" + key) > 1) {
                    conflicted.add(b);
                    break;
                }
            }
        }
        return conflicted;
    }

    /** A start where the whole block falls in periods no other lesson of its class holds, or null. */
    private static Slot freeStart(Block block, List<Block> own, Random random) {
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (Block c : own) {
            if (c != block && c.start() != null) {
                taken.addAll(c.keys());
            }
        }
        List<Slot> free = new ArrayList<>();
        for (Slot s : block.starts()) {
            boolean fits = true;
            for (int i = 0; i < block.length() && fits; i++) {
                fits = !taken.contains(s.key() + i);
            }
            if (fits && !s.equals(block.start())) {
                free.add(s);
            }
        }
        return free.isEmpty() ? null : free.get(random.nextInt(free.size()));
    }

    /** The slot after {@code slot} in the same session, as one of the single's possible starts (or null). */
    private static Slot following(Block single, Slot slot) {
        for (Slot s : single.starts()) {
            if (s.day() == slot.day() && s.session() == slot.session() && s.period() == slot.period() + 1) {
                return s;
            }
        }
        return null;
    }
}
