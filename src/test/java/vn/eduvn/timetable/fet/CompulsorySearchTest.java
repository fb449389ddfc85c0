package vn.eduvn.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search for a timetable that keeps every compulsory rule counts what it breaks as the constraints do: after a
 * second of search on each Vietnamese example file, its own running counts (kept move by move, with undo) equal the
 * compulsory score, and once feasible the weighted score, that Timefold computes from scratch for the timetable it
 * ends at.
 */
class CompulsorySearchTest {

    private static final SolutionManager<FetSchedule, HardSoftScore> SCORING = SolutionManager.create(SolverFactory.create(
            new SolverConfig().withSolutionClass(FetSchedule.class).withEntityClasses(FetActivity.class)
                    .withConstraintProviderClass(FetConstraints.class)));

    static List<Path> vietnameseFiles() throws Exception {
        return FetImportTest.vietnameseFiles().toList();
    }

    @ParameterizedTest
    @MethodSource("vietnameseFiles")
    void itsRunningCountIsWhatTheConstraintsCountForTheTimetableItReaches(Path path) throws Exception {
        FetSchedule schedule = FetModel.of(FetReader.read(Files.readAllBytes(path))).planningProblem();
        CompulsorySearch search = new CompulsorySearch(schedule, 7);
        long deadline = System.nanoTime() + 1_000_000_000L;
        long cost = search.solve(() -> System.nanoTime() > deadline);

        List<FetActivity> activities = schedule.activities();
        for (int i = 0; i < activities.size(); i++) {
            assertThat(activities.get(i).starts()).contains(search.startOf(i));
            activities.get(i).setStart(search.startOf(i));
        }
        assertThat(search.steps()).isPositive();
        HardSoftScore score = SCORING.update(schedule);
        assertThat(-score.hardScore()).isEqualTo(cost);
        if (cost == 0) {
            // Past the compulsory rules the search lowered the weighted ones, and counts them as the constraints do.
            assertThat(-score.softScore()).isEqualTo(search.soft());
        }
    }

    @Test
    void theTestSchoolGetsATimetableThatKeepsEveryCompulsoryRule() throws Exception {
        FetModel model = FetModel.of(FetReader.read(getClass().getResourceAsStream("/timetable/fet/thcs-thu.fet").readAllBytes()));
        FetSchedule schedule = model.planningProblem();
        CompulsorySearch search = new CompulsorySearch(schedule, 1);

        long deadline = System.nanoTime() + 3_000_000_000L;
        assertThat(search.solve(() -> System.nanoTime() > deadline)).isZero();

        Map<Integer, int[]> placed = new HashMap<>();
        int hours = model.file().hours().size();
        for (int i = 0; i < schedule.activities().size(); i++) {
            placed.put(schedule.activities().get(i).id(), new int[] { search.startOf(i) / hours, search.startOf(i) % hours });
        }
        FetSolving.Result scored = FetSolving.score(model, placed);
        assertThat(scored.hard()).isZero();
        assertThat(scored.soft()).isEqualTo(-search.soft());
        assertThat(scored.activities()).hasSize(schedule.activities().size());
    }
}
