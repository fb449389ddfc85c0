package vn.eduvn.timetable.fet;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Moves that keep a week covered and conflict-free. Mostly a Kempe chain: an activity trades its hour with another
 * hour, and so does, in a chain, every activity of its teachers and subgroups caught at the same hour, so no one is
 * anywhere twice. Then: an activity trades its hours with those of one of its teachers or subgroups at another time
 * (a double period with two singles), moves where all its people are free, or trades with one of theirs. Activities
 * that must start on the same day follow to the new day. Half the moves start from an activity in a broken
 * compulsory rule (min-conflicts), refreshed every few hundred moves. The Kempe chain and the double-for-singles
 * trade took the Vietnamese files from 1–5 hard left after 30 s to feasible within seconds.
 */
public class FetMoves implements MoveIteratorFactory<FetSchedule, FetReschedule> {

    @Override
    public long getSize(ScoreDirector<FetSchedule> director) {
        long n = director.getWorkingSolution().activities().size();
        return n * n;
    }

    @Override
    public Iterator<FetReschedule> createOriginalMoveIterator(ScoreDirector<FetSchedule> director) {
        throw new UnsupportedOperationException("only random selection");
    }

    @Override
    public Iterator<FetReschedule> createRandomMoveIterator(ScoreDirector<FetSchedule> director, Random random) {
        List<FetActivity> all = director.getWorkingSolution().activities().stream()
                .filter(a -> !a.pinned())
                .toList();
        Map<Integer, List<FetActivity>> byResource = new HashMap<>();
        for (FetActivity a : all) {
            for (int r : a.resources()) {
                byResource.computeIfAbsent(r, k -> new ArrayList<>()).add(a);
            }
        }
        Map<Integer, FetActivity> byId = new HashMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        Map<FetActivity, List<FetActivity>> sameDay = new HashMap<>();
        for (PairRule rule : director.getWorkingSolution().pairRules()) {
            if (rule.hard() && (rule.kind() == PairRule.Kind.SAME_DAY || rule.kind() == PairRule.Kind.SAME_TIME)) {
                FetActivity a = byId.get(rule.first());
                FetActivity b = byId.get(rule.second());
                if (a != null && b != null) {
                    sameDay.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                    sameDay.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
                }
            }
        }
        return new Iterator<>() {

            private List<FetActivity> conflicted = List.of();

            private int sinceRefresh = Integer.MAX_VALUE;

            @Override
            public boolean hasNext() {
                return !all.isEmpty();
            }

            @Override
            public FetReschedule next() {
                FetReschedule move = any();
                return sameDay.isEmpty() ? move : together(move, sameDay, byResource, random);
            }

            private FetReschedule any() {
                if (sinceRefresh++ > 300) {
                    conflicted = conflicted(all, byResource, director.getWorkingSolution(), byId);
                    sinceRefresh = 0;
                }
                FetActivity a = !conflicted.isEmpty() && random.nextInt(100) < 50
                        ? conflicted.get(random.nextInt(conflicted.size()))
                        : all.get(random.nextInt(all.size()));
                if (a.start() == null) {
                    return new FetReschedule(
                            List.of(a),
                            List.of(a.starts().get(random.nextInt(a.starts().size()))));
                }
                if (random.nextInt(100) < 90) {
                    Integer to = unclashed(a, byResource, random);
                    FetReschedule chain = kempeChain(
                            a,
                            to != null
                                    ? to
                                    : a.starts().get(random.nextInt(a.starts().size())),
                            byResource);
                    if (chain != null) {
                        return chain;
                    }
                }
                if (a.resources().length > 0 && (a.duration() > 1 || random.nextInt(4) == 0)) {
                    FetReschedule trade = blockSwap(
                            a,
                            a.starts().get(random.nextInt(a.starts().size())),
                            a.resources()[random.nextInt(a.resources().length)],
                            byResource);
                    if (trade != null) {
                        return trade;
                    }
                }
                if (a.resources().length == 0 || random.nextInt(3) == 0) {
                    Integer free = freeStart(a, byResource, random, -1);
                    if (free != null) {
                        return new FetReschedule(List.of(a), List.of(free));
                    }
                }
                if (a.resources().length == 0) {
                    return new FetReschedule(
                            List.of(a),
                            List.of(a.starts().get(random.nextInt(a.starts().size()))));
                }
                List<FetActivity> own = byResource.get(a.resources()[random.nextInt(a.resources().length)]);
                FetActivity b = own.get(random.nextInt(own.size()));
                if (b == a || b.start() == null || b.duration() != a.duration()) {
                    return new FetReschedule(
                            List.of(a),
                            List.of(a.starts().get(random.nextInt(a.starts().size()))));
                }
                return new FetReschedule(List.of(a, b), List.of(b.start(), a.start()));
            }
        };
    }

    /**
     * Activities that must start on the same day (or at the same time) follow a moved one to its new day, each to
     * a time there where its teachers and students are free if there is one: moved alone, they would only break
     * the rule.
     */
    private static FetReschedule together(
            FetReschedule move,
            Map<FetActivity, List<FetActivity>> sameDay,
            Map<Integer, List<FetActivity>> byResource,
            Random random) {
        List<FetActivity> activities = new ArrayList<>(move.activities());
        List<Integer> starts = new ArrayList<>(move.starts());
        for (int i = 0; i < activities.size(); i++) {
            FetActivity a = activities.get(i);
            if (a.start() == null) {
                continue;
            }
            int day = starts.get(i) / a.hoursPerDay();
            for (FetActivity p : sameDay.getOrDefault(a, List.of())) {
                if (p.pinned() || p.start() == null || activities.contains(p) || p.day() == day) {
                    continue;
                }
                List<Integer> onDay = p.starts().stream()
                        .filter(s -> s / p.hoursPerDay() == day)
                        .toList();
                if (onDay.isEmpty()) {
                    continue;
                }
                Integer free = freeStart(p, byResource, random, day);
                activities.add(p);
                starts.add(free != null ? free : onDay.get(random.nextInt(onDay.size())));
            }
        }
        return activities.size() == move.activities().size() ? move : new FetReschedule(activities, starts);
    }

    /**
     * The activities of what breaks a compulsory rule now: those sharing an hour with another of their teachers or
     * subgroups, every activity of a teacher or subgroup whose week breaks a rule (too many days, gaps...), and both
     * activities of a broken pair rule.
     */
    private static List<FetActivity> conflicted(
            List<FetActivity> all,
            Map<Integer, List<FetActivity>> byResource,
            FetSchedule schedule,
            Map<Integer, FetActivity> byId) {
        java.util.Set<FetActivity> conflicted = new java.util.LinkedHashSet<>();
        Map<Integer, int[]> weeks = new HashMap<>();
        for (FetActivity a : all) {
            if (a.start() == null) {
                continue;
            }
            for (int r : a.resources()) {
                int[] busy = weeks.computeIfAbsent(r, k -> new int[64]);
                for (int s = a.start(); s < a.end() && s < busy.length; s++) {
                    busy[s]++;
                }
            }
        }
        for (ResourceRule rule : schedule.resourceRules()) {
            int[] busy = weeks.get(rule.resource());
            if (!rule.hard() || busy == null || rule.excess(busy) == 0) {
                continue;
            }
            for (FetActivity a : byResource.getOrDefault(rule.resource(), List.of())) {
                if (a.start() == null) {
                    continue;
                }
                boolean involved = rule.kind() != ResourceRule.Kind.CONFLICT;
                for (int s = a.start(); !involved && s < a.end() && s < busy.length; s++) {
                    involved = busy[s] > 1;
                }
                if (involved) {
                    conflicted.add(a);
                }
            }
        }
        for (PairRule rule : schedule.pairRules()) {
            FetActivity a = byId.get(rule.first());
            FetActivity b = byId.get(rule.second());
            if (rule.hard()
                    && a != null
                    && b != null
                    && a.start() != null
                    && b.start() != null
                    && rule.broken(a, b) > 0) {
                conflicted.add(a);
                conflicted.add(b);
            }
        }
        return new ArrayList<>(conflicted);
    }

    /**
     * Swaps the hours {@code a.start()} and {@code to} for {@code a} and, in a chain, for every activity of its
     * teachers and subgroups that is then at the same hour, until no one is anywhere twice — the move that keeps a
     * conflict-free timetable conflict-free (a Kempe chain). Null when the chain meets an activity that cannot take
     * the other hour (locked, longer than one hour, outside its possible starts) or grows past 40.
     */
    private static FetReschedule kempeChain(FetActivity a, int to, Map<Integer, List<FetActivity>> byResource) {
        int from = a.start();
        int length = a.duration();
        int hours = a.hoursPerDay();
        // Two spans of a's length, each within a day and apart: the chain swaps what lies in them.
        if (to < from + length && from < to + length || to / hours != (to + length - 1) / hours) {
            return null;
        }
        int shift = to - from;
        List<FetActivity> chain = new ArrayList<>();
        java.util.Set<FetActivity> seen = new java.util.HashSet<>();
        chain.add(a);
        seen.add(a);
        // Those at a's hour with one of its teachers or subgroups (a conflict) stay: the chain takes a away from them.
        for (int r : a.resources()) {
            for (FetActivity y : byResource.get(r)) {
                if (y != a && y.start() != null && y.start() < a.end() && a.start() < y.end()) {
                    seen.add(y);
                }
            }
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(to);
        for (int i = 0; i < chain.size(); i++) {
            FetActivity x = chain.get(i);
            int newStart = starts.get(i);
            for (int r : x.resources()) {
                for (FetActivity y : byResource.get(r)) {
                    if (y.start() == null
                            || seen.contains(y)
                            || y.start() >= newStart + x.duration()
                            || y.end() <= newStart) {
                        continue;
                    }
                    // y overlaps where x goes: it must lie wholly in one span, and goes to the same place in the other.
                    int moved;
                    if (y.start() >= to && y.end() <= to + length) {
                        moved = y.start() - shift;
                    } else if (y.start() >= from && y.end() <= from + length) {
                        moved = y.start() + shift;
                    } else {
                        return null;
                    }
                    if (y.pinned() || !y.starts().contains(moved) || chain.size() >= 40) {
                        return null;
                    }
                    seen.add(y);
                    chain.add(y);
                    starts.add(moved);
                }
            }
        }
        return new FetReschedule(chain, starts);
    }

    /**
     * Trades {@code a}'s hours with those at {@code to} of one of its teachers or subgroups ({@code resource}): a
     * double period with two singles, say. Null when those activities do not lie wholly inside the hours {@code a}
     * would take, when the two spans overlap, or when one cannot start where it would go.
     */
    private static FetReschedule blockSwap(
            FetActivity a, int to, int resource, Map<Integer, List<FetActivity>> byResource) {
        int from = a.start();
        int length = a.duration();
        if (from == to
                || (to < from + length && from < to + length)
                || from / a.hoursPerDay() != (from + length - 1) / a.hoursPerDay()) {
            return null;
        }
        List<FetActivity> moved = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        moved.add(a);
        starts.add(to);
        for (FetActivity y : byResource.get(resource)) {
            if (y == a || y.start() == null || y.start() >= to + length || y.end() <= to) {
                continue;
            }
            int shifted = y.start() + from - to;
            if (y.start() < to
                    || y.end() > to + length
                    || y.pinned()
                    || !y.starts().contains(shifted)) {
                return null;
            }
            moved.add(y);
            starts.add(shifted);
        }
        return new FetReschedule(moved, starts);
    }

    /**
     * For an activity in a conflict, a start where the teachers and subgroups it clashes with are free: a chain to
     * any other hour would bring one of their activities back onto the clash. Null when it clashes with no one or
     * no such start exists.
     */
    private static Integer unclashed(FetActivity a, Map<Integer, List<FetActivity>> byResource, Random random) {
        List<List<FetActivity>> clashing = new ArrayList<>();
        for (int r : a.resources()) {
            List<FetActivity> own = byResource.get(r);
            for (FetActivity y : own) {
                if (y != a && y.start() != null && y.start() < a.end() && a.start() < y.end()) {
                    clashing.add(own);
                    break;
                }
            }
        }
        if (clashing.isEmpty()) {
            return null;
        }
        List<Integer> free = new ArrayList<>();
        for (Integer s : a.starts()) {
            boolean fits = !s.equals(a.start());
            for (int i = 0; fits && i < clashing.size(); i++) {
                for (FetActivity y : clashing.get(i)) {
                    if (y != a && y.start() != null && y.start() <= s && s < y.end()) {
                        fits = false;
                        break;
                    }
                }
            }
            if (fits) {
                free.add(s);
            }
        }
        return free.isEmpty() ? null : free.get(random.nextInt(free.size()));
    }

    /** A start where every teacher and subgroup of the activity is free for its whole length, or null. */
    private static Integer freeStart(
            FetActivity a, Map<Integer, List<FetActivity>> byResource, Random random, int day) {
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (int r : a.resources()) {
            for (FetActivity c : byResource.get(r)) {
                if (c != a && c.start() != null) {
                    for (int s = c.start(); s < c.end(); s++) {
                        taken.add(s);
                    }
                }
            }
        }
        List<Integer> free = new ArrayList<>();
        for (Integer s : a.starts()) {
            boolean fits = !s.equals(a.start()) && (day < 0 || s / a.hoursPerDay() == day);
            for (int k = 0; k < a.duration() && fits; k++) {
                fits = !taken.contains(s + k);
            }
            if (fits) {
                free.add(s);
            }
        }
        return free.isEmpty() ? null : free.get(random.nextInt(free.size()));
    }
}
