package vn.eduvn.timetable;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import org.springframework.stereotype.Service;
import vn.eduvn.platform.DomainException;
import vn.eduvn.timetable.format.ProblemCheck;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution;
import vn.eduvn.timetable.solver.Block;
import vn.eduvn.timetable.solver.ClassMoves;
import vn.eduvn.timetable.solver.Timetable;
import vn.eduvn.timetable.solver.TimetableConstraints;
import vn.eduvn.timetable.solver.TimetableModel;

/**
 * Solves timetabling problems with Timefold: checks the problem (every error named, and the capacities no
 * timetable can exceed, so an impossible problem is answered at once instead of searched for), then searches for
 * the given time and answers the best timetable found with its score by the format's table.
 */
@Service
public class Timetabling {

    /** The longest search a request may ask for. */
    public static final int MAX_SECONDS = 600;

    /** The best timetable found within {@code seconds}; refuses an invalid or impossible problem. */
    public TimetableSolution solve(TimetableProblem problem, int seconds) {
        return run(problem, seconds).solution();
    }

    /** A solve and when it first reached a feasible timetable (null if it never did), for benchmarks. */
    public record Run(TimetableSolution solution, Long firstFeasibleMillis) {}

    public Run run(TimetableProblem problem, int seconds) {
        return run(problem, seconds, best -> {}, stop -> {});
    }

    /**
     * A better timetable found while solving: when, and its score. Its placements are read only when asked for,
     * since a solve finds hundreds of better timetables and a listener keeps few of them.
     */
    public record Progress(long millis, long hard, long soft, Timetable best) {

        public TimetableSolution timetable() {
            return TimetableModel.placements(best, HardSoftScore.of((int) hard, (int) soft));
        }
    }

    /**
     * Solves, telling {@code onBest} of every better timetable as it is found, and handing {@code started} a way to
     * stop the search early (the best so far is then the answer).
     */
    public Run run(
            TimetableProblem problem,
            int seconds,
            java.util.function.Consumer<Progress> onBest,
            java.util.function.Consumer<Runnable> started) {
        ProblemCheck.check(problem);
        return solve(TimetableModel.of(problem).planningProblem(), seconds, onBest, started);
    }

    private Run solve(
            Timetable problem,
            int seconds,
            java.util.function.Consumer<Progress> onBest,
            java.util.function.Consumer<Runnable> started) {
        SolverFactory<Timetable> factory = SolverFactory.create(config(seconds));
        var solver = factory.buildSolver();
        long begin = System.nanoTime();
        Long[] feasibleAt = {null};
        solver.addEventListener(event -> {
            long millis = (System.nanoTime() - begin) / 1_000_000;
            HardSoftScore score = (HardSoftScore) event.getNewBestScore();
            if (feasibleAt[0] == null && score.isFeasible()) {
                feasibleAt[0] = millis;
            }
            if (score.isSolutionInitialized()) {
                onBest.accept(new Progress(millis, score.hardScore(), score.softScore(), event.getNewBestSolution()));
            }
        });
        started.accept(solver::terminateEarly);
        Timetable solved = solver.solve(problem);
        return new Run(TimetableModel.solution(solved, Scoring.MANAGER.analyze(solved)), feasibleAt[0]);
    }

    /**
     * Scores placements (one per period, as in the solution format) by the format's table — a hand-moved timetable, or
     * one made elsewhere (FET): each lesson's periods
     * are read back into its blocks, runs first. Placements that cannot be read so (a run broken apart, a period
     * outside the class's sessions) are refused.
     */
    public TimetableSolution scorePlacements(
            TimetableProblem problem, java.util.List<TimetableSolution.Placement> placements) {
        ProblemCheck.check(problem);
        Timetable model = TimetableModel.of(problem).planningProblem();
        place(model, placements, true, Block::setStart);
        return TimetableModel.solution(model, Scoring.MANAGER.analyze(model));
    }

    /**
     * Re-solves for a change such as an absence, starting from the timetable in use ({@code inUse}): every period
     * starts where it is, and each one that moves costs more than any trade of the format's table, so the answer
     * moves what the change forces and as little else as it can. Its score is still the format's table.
     */
    public Run rerun(
            TimetableProblem problem,
            java.util.List<TimetableSolution.Placement> inUse,
            int seconds,
            java.util.function.Consumer<Progress> onBest,
            java.util.function.Consumer<Runnable> started) {
        ProblemCheck.check(problem);
        Timetable model = TimetableModel.of(problem).planningProblem();
        place(model, inUse, false, Block::keepFrom);
        return solve(model, seconds, onBest, started);
    }

    /**
     * Reads placements (one per period) back into the model's blocks, runs first. Strict: placements that cannot be
     * read so (a run broken apart, a period outside the class's sessions) are refused; otherwise such a block is left
     * for the solver to place.
     */
    private static void place(
            Timetable model,
            java.util.List<TimetableSolution.Placement> placements,
            boolean strict,
            java.util.function.BiConsumer<Block, vn.eduvn.timetable.solver.Slot> at) {
        java.util.Map<String, java.util.List<String>> free = new java.util.HashMap<>();
        placements.forEach(p -> free.computeIfAbsent(p.lesson(), k -> new java.util.ArrayList<>())
                .add(p.day() + "/" + p.session() + "/" + p.period()));
        for (Block b : model.blocks()) {
            if (b.pinned()) {
                java.util.List<String> own = free.getOrDefault(b.lesson().id(), new java.util.ArrayList<>());
                own.remove(b.start().dayName() + "/" + b.start().sessionName() + "/"
                        + b.start().period());
            }
        }
        java.util.List<Block> movable = model.blocks().stream()
                .filter(b -> !b.pinned())
                .sorted(java.util.Comparator.comparingInt(Block::length).reversed())
                .toList();
        for (Block b : movable) {
            java.util.List<String> own = free.getOrDefault(b.lesson().id(), new java.util.ArrayList<>());
            var start = b.starts().stream()
                    .filter(slot -> {
                        for (int i = 0; i < b.length(); i++) {
                            if (!own.contains(slot.dayName() + "/" + slot.sessionName() + "/" + (slot.period() + i))) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .findFirst();
            if (start.isEmpty()) {
                if (strict) {
                    throw DomainException.invalid(
                            "placements",
                            "timetable.error.placements",
                            b.lesson().id());
                }
                continue;
            }
            at.accept(b, start.get());
            for (int i = 0; i < b.length(); i++) {
                own.remove(start.get().dayName() + "/" + start.get().sessionName() + "/"
                        + (start.get().period() + i));
            }
        }
    }

    /**
     * Scores without solving, built once when first needed: building it compiles the constraint streams, too slow
     * for every hand move or every FET timetable.
     */
    private static final class Scoring {

        static final SolutionManager<Timetable, HardSoftScore> MANAGER =
                SolutionManager.create(SolverFactory.create(config(1)));
    }

    /**
     * Simulated annealing from 1 hard / 10 soft, four accepted moves per step: on the shared 24-class example it
     * reached 0 hard in 20 s where late acceptance stayed at about -26 hard and tabu search at -5 (2 cores).
     */
    private static LocalSearchAcceptorConfig acceptor() {
        return new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature("1hard/10soft");
    }

    private static SolverConfig config(int seconds) {
        return new SolverConfig()
                .withSolutionClass(Timetable.class)
                .withEntityClasses(Block.class)
                .withConstraintProviderClass(TimetableConstraints.class)
                .withPhases(
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(
                                        ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType
                                                .FIRST_FIT_DECREASING),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                        .withMoveSelectors(
                                                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                                                new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                                                new MoveIteratorFactoryConfig()
                                                        .withMoveIteratorFactoryClass(ClassMoves.class)
                                                        .withFixedProbabilityWeight(3.0)))
                                .withAcceptorConfig(acceptor())
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4)))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
    }
}
