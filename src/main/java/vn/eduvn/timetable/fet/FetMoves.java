package vn.eduvn.timetable.fet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Moves that keep a class's or teacher's week covered: two activities of the same subgroup or teacher trade places,
 * or one moves to a time where all its teachers and students are free. Half start from an activity that shares an
 * hour with another of its teachers or students (min-conflicts), refreshed every few hundred moves.
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
        List<FetActivity> all = director.getWorkingSolution().activities().stream().filter(a -> !a.pinned()).toList();
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
                    conflicted = conflicted(all, byResource);
                    sinceRefresh = 0;
                }
                FetActivity a = !conflicted.isEmpty() && random.nextBoolean()
                        ? conflicted.get(random.nextInt(conflicted.size()))
                        : all.get(random.nextInt(all.size()));
                if (a.start() == null) {
                    return new FetReschedule(List.of(a), List.of(a.starts().get(random.nextInt(a.starts().size()))));
                }
                if (a.resources().length == 0 || random.nextInt(3) == 0) {
                    Integer free = freeStart(a, byResource, random, -1);
                    if (free != null) {
                        return new FetReschedule(List.of(a), List.of(free));
                    }
                }
                if (a.resources().length == 0) {
                    return new FetReschedule(List.of(a), List.of(a.starts().get(random.nextInt(a.starts().size()))));
                }
                List<FetActivity> own = byResource.get(a.resources()[random.nextInt(a.resources().length)]);
                FetActivity b = own.get(random.nextInt(own.size()));
                if (b == a || b.start() == null || b.duration() != a.duration()) {
                    return new FetReschedule(List.of(a), List.of(a.starts().get(random.nextInt(a.starts().size()))));
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
    private static FetReschedule together(FetReschedule move, Map<FetActivity, List<FetActivity>> sameDay,
            Map<Integer, List<FetActivity>> byResource, Random random) {
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
                List<Integer> onDay = p.starts().stream().filter(s -> s / p.hoursPerDay() == day).toList();
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

    /** Activities sharing an hour with another activity of one of their teachers or subgroups. */
    private static List<FetActivity> conflicted(List<FetActivity> all, Map<Integer, List<FetActivity>> byResource) {
        List<FetActivity> conflicted = new ArrayList<>();
        Map<Integer, Integer> used = new HashMap<>();
        for (FetActivity a : all) {
            if (a.start() == null) {
                continue;
            }
            for (int r : a.resources()) {
                for (int s = a.start(); s < a.end(); s++) {
                    used.merge(r * 4096 + s, 1, Integer::sum);
                }
            }
        }
        for (FetActivity a : all) {
            if (a.start() == null) {
                continue;
            }
            outer:
            for (int r : a.resources()) {
                for (int s = a.start(); s < a.end(); s++) {
                    if (used.get(r * 4096 + s) > 1) {
                        conflicted.add(a);
                        break outer;
                    }
                }
            }
        }
        return conflicted;
    }

    /** A start where every teacher and subgroup of the activity is free for its whole length, or null. */
    private static Integer freeStart(FetActivity a, Map<Integer, List<FetActivity>> byResource, Random random, int day) {
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
