package vn.eduvn.timetable.fet;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Solves a FET file with Timefold and answers as FET would write its timetable: each activity's id, day and hour by
 * the file's names. The answer also lists what it breaks, by FET constraint type, and the constraint types EduVN
 * does not support.
 */
public final class FetSolving {

    private FetSolving() {}

    /**
     * The timetable as FET writes it, the score, what it breaks, what was not read, and what makes the file
     * infeasible by construction (the search cannot help): the activities no time can suit, and the teachers and
     * students sets with more hours than their compulsory rules leave them.
     */
    public record Result(
            long hard,
            long soft,
            List<Placed> activities,
            List<Broken> broken,
            List<Unsupported> unsupported,
            List<Integer> impossible,
            List<FetModel.Overfull> overfull) {}

    /** One activity's place, by FET's names; the room is blank (rooms are not assigned). */
    public record Placed(int id, String day, String hour, String room) {}

    /** A FET constraint type the timetable breaks: how many times, and what it costs. */
    public record Broken(String type, boolean compulsory, long times, long cost) {}

    public record Unsupported(String type, int count) {}

    /** A solve and when it first reached a timetable that keeps every compulsory rule (null if never). */
    public record Run(Result result, Long firstFeasibleMillis) {}

    public static Result solve(FetModel model, int seconds) {
        return run(model, seconds, stop -> {}).result();
    }

    public static Run run(FetModel model, int seconds, Consumer<Runnable> started) {
        return run(model, seconds, 0, started);
    }

    /**
     * Two searchers at once (one per core), each with its own random seed: each first looks for a timetable that
     * keeps every compulsory rule ({@link CompulsoryPhase}), then improves the weighted rules with Timefold's local
     * search. The first to keep every compulsory rule stops the other and has the rest of the time to itself; on
     * FET's files how long that takes varies from run to run, so two at once beat one. Both look at teachers' limits
     * on gaps a week two gaps wider ({@link CompulsorySearch#WEEK_GAPS_LEEWAY}): that finds a timetable of files whose
     * teachers may have one gap a week far more often, and changes nothing where there is no such limit.
     * {@code seed} varies the runs of a benchmark.
     */
    public static Run run(FetModel model, int seconds, long seed, Consumer<Runnable> started) {
        long begin = System.nanoTime();
        AtomicLong feasibleAt = new AtomicLong(-1);
        AtomicBoolean stopped = new AtomicBoolean();
        List<Solver<FetSchedule>> solvers = new CopyOnWriteArrayList<>();
        int searchers = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        for (int k = 0; k < searchers; k++) {
            int own = k;
            Runnable feasible = () -> {
                if (feasibleAt.compareAndSet(-1, (System.nanoTime() - begin) / 1_000_000)) {
                    // The first searcher to keep every compulsory rule goes on alone.
                    for (int other = 0; other < solvers.size(); other++) {
                        if (other != own) {
                            solvers.get(other).terminateEarly();
                        }
                    }
                }
            };
            solvers.add(
                    SolverFactory.<FetSchedule>create(config(Duration.ofSeconds(seconds), seed * 1_000 + k, feasible))
                            .buildSolver());
        }
        started.accept(() -> {
            stopped.set(true);
            solvers.forEach(Solver::terminateEarly);
        });
        ExecutorService pool = Executors.newFixedThreadPool(searchers);
        FetSchedule best = null;
        try {
            List<Future<FetSchedule>> running = new ArrayList<>();
            for (Solver<FetSchedule> solver : solvers) {
                running.add(pool.submit(() -> solver.solve(model.planningProblem())));
            }
            if (stopped.get()) {
                solvers.forEach(Solver::terminateEarly);
            }
            for (Future<FetSchedule> future : running) {
                FetSchedule solved = future.get();
                if (best == null || better(solved, best)) {
                    best = solved;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (best == null) {
            best = model.planningProblem();
        }
        return new Run(result(model, best), feasibleAt.get() < 0 ? null : feasibleAt.get());
    }

    /**
     * Whether a timetable beats another: one with every activity placed beats one without, then the higher score.
     */
    private static boolean better(FetSchedule a, FetSchedule b) {
        boolean aPlaced = placed(a);
        boolean bPlaced = placed(b);
        if (aPlaced != bPlaced) {
            return aPlaced;
        }
        return a.score().compareTo(b.score()) > 0;
    }

    /**
     * Whether every activity has a time. A solver stopped before its first phase has placed anything answers the
     * problem as it was, whose score says "feasible" because what is not placed breaks nothing.
     */
    private static boolean placed(FetSchedule schedule) {
        return schedule.activities().stream().allMatch(a -> a.start() != null);
    }

    /** Scores a timetable made elsewhere (FET's own): activity id to its day and hour indexes. */
    public static Result score(FetModel model, Map<Integer, int[]> placed) {
        FetSchedule schedule = model.planningProblem();
        int hours = model.file().hours().size();
        for (FetActivity a : schedule.activities()) {
            int[] at = placed.get(a.id());
            if (at != null) {
                a.setStart(at[0] * hours + at[1]);
            }
        }
        Scoring.MANAGER.update(schedule);
        return result(model, schedule);
    }

    private static Result result(FetModel model, FetSchedule schedule) {
        FetFile file = model.file();
        int hours = file.hours().size();
        List<Placed> placed = new ArrayList<>();
        Map<Integer, FetActivity> byId = new HashMap<>();
        for (FetActivity a : schedule.activities()) {
            byId.put(a.id(), a);
            if (a.start() != null) {
                placed.add(new Placed(
                        a.id(), file.days().get(a.start() / hours), file.hours().get(a.start() % hours), ""));
            }
        }
        // Hard and soft as FET counts them: the search's own hard score weighs some rules more finely.
        List<Broken> broken = broken(schedule, byId, model);
        long hard = -broken.stream()
                .filter(Broken::compulsory)
                .mapToLong(Broken::times)
                .sum();
        long soft = -broken.stream()
                .filter(b -> !b.compulsory())
                .mapToLong(Broken::cost)
                .sum();
        return new Result(
                hard,
                soft,
                placed,
                broken,
                model.unsupported().entrySet().stream()
                        .map(e -> new Unsupported(e.getKey(), e.getValue()))
                        .toList(),
                model.impossible(),
                model.overfull());
    }

    /** What each FET constraint type costs here, computed from the rules directly (the score's own breakdown). */
    private static List<Broken> broken(FetSchedule schedule, Map<Integer, FetActivity> byId, FetModel model) {
        Map<String, long[]> totals = new TreeMap<>();
        Map<Integer, int[]> busy = new HashMap<>();
        int slots = model.file().days().size() * model.file().hours().size();
        for (Membership m : schedule.memberships()) {
            FetActivity a = byId.get(m.activity());
            if (a.start() != null) {
                int[] week = busy.computeIfAbsent(m.resource(), k -> new int[slots]);
                for (int s = a.start(); s < a.end(); s++) {
                    week[s]++;
                }
            }
        }
        for (ResourceRule rule : schedule.resourceRules()) {
            int[] week = busy.get(rule.resource());
            if (week != null) {
                add(totals, rule.type(), rule.hard(), rule.excess(week), rule.weight());
            }
        }
        for (PairRule rule : schedule.pairRules()) {
            FetActivity a = byId.get(rule.first());
            FetActivity b = byId.get(rule.second());
            if (a.start() != null && b.start() != null) {
                add(totals, rule.type(), rule.hard(), rule.broken(a, b), rule.weight());
            }
        }
        for (SlotRule rule : schedule.slotRules()) {
            FetActivity a = byId.get(rule.activity());
            if (a.start() != null) {
                add(totals, rule.type(), rule.hard(), rule.broken(a), rule.weight());
            }
        }
        List<Broken> broken = new ArrayList<>();
        totals.forEach((key, t) -> broken.add(new Broken(key.substring(2), key.startsWith("H"), t[0], t[1])));
        return broken;
    }

    private static void add(Map<String, long[]> totals, String type, boolean hard, int times, int weight) {
        if (times > 0) {
            long[] t = totals.computeIfAbsent((hard ? "H:" : "S:") + type, k -> new long[2]);
            t[0] += times;
            t[1] += hard ? times : (long) times * weight;
        }
    }

    /** Scores without solving, built once: building it compiles the constraint streams. */
    private static final class Scoring {

        static final SolutionManager<FetSchedule, HardSoftScore> MANAGER =
                SolutionManager.create(SolverFactory.create(config(Duration.ofSeconds(1), 0, () -> {})));
    }

    /**
     * Simulated annealing from 1 hard / 100 soft (a weighted FET rule costs its weight, up to 100), one accepted move
     * per step, mostly the moves of {@link FetMoves} and a few ruin-and-recreate moves (2 to 8 activities taken out
     * and put back). Before {@link CompulsoryPhase} this was the whole search, and came closest to 0 hard among late
     * acceptance, tabu search and annealing with generic moves only; it now has the time the first phase leaves.
     */
    private static LocalSearchAcceptorConfig acceptor() {
        return new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature("1hard/100soft");
    }

    private static SolverConfig config(Duration limit, long seed, Runnable feasible) {
        return new SolverConfig()
                .withSolutionClass(FetSchedule.class)
                .withEntityClasses(FetActivity.class)
                .withConstraintProviderClass(FetConstraints.class)
                .withRandomSeed(seed)
                .withPhases(
                        new CustomPhaseConfig().withCustomPhaseCommands(new CompulsoryPhase(seed, feasible)),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                        .withMoveSelectors(
                                                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(0.1),
                                                new SwapMoveSelectorConfig().withFixedProbabilityWeight(0.1),
                                                new MoveIteratorFactoryConfig()
                                                        .withMoveIteratorFactoryClass(FetMoves.class)
                                                        .withFixedProbabilityWeight(3.0),
                                                new ai.timefold.solver.core.config.heuristic.selector.move.generic
                                                                .RuinRecreateMoveSelectorConfig()
                                                        .withMinimumRuinedCount(2)
                                                        .withMaximumRuinedCount(8)
                                                        .withFixedProbabilityWeight(0.05)))
                                .withAcceptorConfig(acceptor())
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)))
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(limit).withBestScoreLimit("0hard/0soft"));
    }
}
