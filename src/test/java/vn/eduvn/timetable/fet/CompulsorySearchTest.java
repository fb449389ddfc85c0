package vn.eduvn.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.eduvn.timetable.fet.ResourceRule.Kind;

/**
 * The search for a timetable that keeps every compulsory rule counts what it breaks as the constraints do: after a
 * second of search on each Vietnamese example file, its own running counts (kept move by move, with undo) equal the
 * compulsory score, and once feasible the weighted score, that Timefold computes from scratch for the timetable it
 * ends at.
 */
class CompulsorySearchTest {

    private static final SolutionManager<FetSchedule, HardSoftScore> SCORING =
            SolutionManager.create(SolverFactory.create(new SolverConfig()
                    .withSolutionClass(FetSchedule.class)
                    .withEntityClasses(FetActivity.class)
                    .withConstraintProviderClass(FetConstraints.class)));

    /** Each Vietnamese file, searched as it is and with its limits on gaps a week looked at wider. */
    static Stream<Arguments> vietnameseFiles() throws Exception {
        return FetImportTest.vietnameseFiles()
                .flatMap(path -> Stream.of(Arguments.of(path, false), Arguments.of(path, true)));
    }

    @ParameterizedTest
    @MethodSource("vietnameseFiles")
    void itsRunningCountIsWhatTheConstraintsCountForTheTimetableItReaches(Path path, boolean widenWeekGaps)
            throws Exception {
        FetSchedule schedule =
                FetModel.of(FetReader.read(Files.readAllBytes(path))).planningProblem();
        CompulsorySearch search = new CompulsorySearch(schedule, 7, widenWeekGaps);
        long cost = searchForASecond(search);

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

    /**
     * Most moves are looked at without the undo log ({@code evaluateAlone}); each must cost what the same move costs
     * made and taken back, on every file, in both stages (the THCS files reach the weighted one within the second).
     */
    @ParameterizedTest
    @MethodSource("vietnameseFiles")
    void aMoveLookedAtAloneCostsWhatItCostsMadeAndTakenBack(Path path, boolean widenWeekGaps) throws Exception {
        FetSchedule schedule =
                FetModel.of(FetReader.read(Files.readAllBytes(path))).planningProblem();
        CompulsorySearch search = new CompulsorySearch(schedule, 7, widenWeekGaps);
        searchForASecond(search);

        int looked = 0;
        for (int i = 0; i < schedule.activities().size(); i++) {
            long[] alone = search.evaluateAlone(i).clone();
            List<Integer> starts = schedule.activities().get(i).starts();
            for (int k = 0; k < starts.size(); k++) {
                int s = starts.get(k);
                if (s != search.startOf(i)) {
                    assertThat(alone[k])
                            .as("activity %d to %d", i, s)
                            .isEqualTo(search.evaluate(i, s, CompulsorySearch.ALONE));
                    looked++;
                }
            }
        }
        assertThat(looked).isGreaterThan(1_000);
    }

    @Test
    void theTestSchoolGetsATimetableThatKeepsEveryCompulsoryRule() throws Exception {
        FetModel model = FetModel.of(FetReader.read(
                getClass().getResourceAsStream("/timetable/fet/thcs-thu.fet").readAllBytes()));
        FetSchedule schedule = model.planningProblem();
        CompulsorySearch search = new CompulsorySearch(schedule, 1, false);

        long deadline = System.nanoTime() + 3_000_000_000L;
        assertThat(search.solve(() -> System.nanoTime() > deadline)).isZero();

        Map<Integer, int[]> placed = new HashMap<>();
        int hours = model.file().hours().size();
        for (int i = 0; i < schedule.activities().size(); i++) {
            placed.put(
                    schedule.activities().get(i).id(),
                    new int[] {search.startOf(i) / hours, search.startOf(i) % hours});
        }
        FetSolving.Result scored = FetSolving.score(model, placed);
        assertThat(scored.hard()).isZero();
        assertThat(scored.soft()).isEqualTo(-search.soft());
        assertThat(scored.activities()).hasSize(schedule.activities().size());
    }

    @Test
    void aTeacherAllowedOneGapAWeekIsNeverGivenTwoThoughTheSearchLooksTwoGapsWider() {
        // One day of five periods: the teacher's first lesson is at period 1, the last at period 5, and wherever the
        // middle one goes, two periods of the day are free between them.
        AtomicBoolean feasible = new AtomicBoolean();
        assertThat(threeLessonsInFivePeriods(1, feasible)).isEqualTo(1);
        assertThat(feasible).isFalse();

        assertThat(threeLessonsInFivePeriods(2, feasible)).isZero();
        assertThat(feasible).isTrue();
    }

    @Test
    void aTeacherAllowedNoGapGetsNoneThoughTheSearchFirstLooksTwoGapsWider() {
        // Three lessons that may go at any of five periods: the widened search first places them as if two gaps were
        // allowed, which they weigh nothing, then takes the gaps back. Twenty seeds, so that some start with gaps.
        int hours = 5;
        int[] teacher = {0};
        List<Integer> anywhere = List.of(0, 1, 2, 3, 4);
        for (long seed = 1; seed <= 20; seed++) {
            List<FetActivity> lessons = List.of(
                    new FetActivity(1, 1, hours, teacher, anywhere, false),
                    new FetActivity(2, 1, hours, teacher, anywhere, false),
                    new FetActivity(3, 1, hours, teacher, anywhere, false));
            List<ResourceRule> rules = List.of(
                    new ResourceRule(
                            0,
                            Kind.CONFLICT,
                            0,
                            0,
                            hours,
                            true,
                            new boolean[hours],
                            1,
                            hours,
                            100,
                            "ConstraintBasicCompulsoryTime"),
                    new ResourceRule(
                            0,
                            Kind.MAX_GAPS_PER_WEEK,
                            0,
                            0,
                            hours,
                            true,
                            new boolean[hours],
                            1,
                            hours,
                            100,
                            "ConstraintTeacherMaxGapsPerWeek"));
            CompulsorySearch search =
                    new CompulsorySearch(new FetSchedule(lessons, List.of(), rules, List.of(), List.of()), seed, true);
            long deadline = System.nanoTime() + 200_000_000L;
            assertThat(search.solve(() -> System.nanoTime() > deadline))
                    .as("seed %d", seed)
                    .isZero();
            int first = Math.min(search.startOf(0), Math.min(search.startOf(1), search.startOf(2)));
            int last = Math.max(search.startOf(0), Math.max(search.startOf(1), search.startOf(2)));
            assertThat(last - first).as("seed %d: three lessons in a row", seed).isEqualTo(2);
        }
    }

    @Test
    void onlyTeachersLimitsOnGapsAreLookedAtWiderAClassesWeighAsMuchAsAnyBreak() {
        // Lessons at periods 1, 2 and 3 of a day, no gap allowed: the third going to period 5 leaves two gaps.
        assertThat(twoGapsOpenedUnder("ConstraintTeacherMaxGapsPerWeek"))
                .as("a teacher's two gaps within the leeway")
                .isZero();
        assertThat(twoGapsOpenedUnder("ConstraintTeachersMaxGapsPerWeek"))
                .as("every teacher's rule")
                .isZero();
        assertThat(twoGapsOpenedUnder("ConstraintStudentsSetMaxGapsPerWeek"))
                .as("a class's two gaps")
                .isPositive();
        assertThat(twoGapsOpenedUnder("ConstraintStudentsMaxGapsPerWeek"))
                .as("every class's rule")
                .isPositive();
    }

    private static long twoGapsOpenedUnder(String type) {
        int hours = 5;
        int[] week = {0};
        List<Integer> anywhere = List.of(0, 1, 2, 3, 4);
        List<FetActivity> lessons = List.of(
                new FetActivity(1, 1, hours, week, anywhere, false),
                new FetActivity(2, 1, hours, week, anywhere, false),
                new FetActivity(3, 1, hours, week, anywhere, false));
        for (int i = 0; i < lessons.size(); i++) {
            lessons.get(i).setStart(i);
        }
        List<ResourceRule> rules = List.of(
                new ResourceRule(
                        0,
                        Kind.CONFLICT,
                        0,
                        0,
                        hours,
                        true,
                        new boolean[hours],
                        1,
                        hours,
                        100,
                        "ConstraintBasicCompulsoryTime"),
                new ResourceRule(
                        0, Kind.MAX_GAPS_PER_WEEK, 0, 0, hours, true, new boolean[hours], 1, hours, 100, type));
        CompulsorySearch search =
                new CompulsorySearch(new FetSchedule(lessons, List.of(), rules, List.of(), List.of()), 1, true);
        return search.evaluate(2, 4, CompulsorySearch.ALONE);
    }

    @Test
    void whenNoTimetableKeepsEveryRuleTheWidenedSearchAnswersWithTheOneThatBreaksFewest() {
        // A teacher allowed no gap teaches at periods 1 and 3, and a third lesson either at period 2, where its class
        // has another lesson (one clash), or at period 5 (two gaps). The widened search weighs the two gaps less than
        // the clash; FET counts two breaks against one.
        int hours = 5;
        int[] teacher = {0};
        int[] teacherAndClass = {0, 1};
        int[] classOnly = {1};
        List<FetActivity> lessons = List.of(
                new FetActivity(1, 1, hours, teacher, List.of(0), false),
                new FetActivity(2, 1, hours, teacherAndClass, List.of(1, 4), false),
                new FetActivity(3, 1, hours, teacher, List.of(2), false),
                new FetActivity(4, 1, hours, classOnly, List.of(1), false));
        List<ResourceRule> rules = List.of(
                new ResourceRule(
                        0,
                        Kind.CONFLICT,
                        0,
                        0,
                        hours,
                        true,
                        new boolean[hours],
                        1,
                        hours,
                        100,
                        "ConstraintBasicCompulsoryTime"),
                new ResourceRule(
                        1,
                        Kind.CONFLICT,
                        0,
                        0,
                        hours,
                        true,
                        new boolean[hours],
                        1,
                        hours,
                        100,
                        "ConstraintBasicCompulsoryTime"),
                new ResourceRule(
                        0,
                        Kind.MAX_GAPS_PER_WEEK,
                        0,
                        0,
                        hours,
                        true,
                        new boolean[hours],
                        1,
                        hours,
                        100,
                        "ConstraintTeacherMaxGapsPerWeek"));
        CompulsorySearch search =
                new CompulsorySearch(new FetSchedule(lessons, List.of(), rules, List.of(), List.of()), 1, true);
        long deadline = System.nanoTime() + 200_000_000L;

        assertThat(search.solve(() -> System.nanoTime() > deadline)).isEqualTo(1);
        assertThat(search.startOf(1)).as("the third lesson at period 2").isEqualTo(1);
    }

    @Test
    void aTeacherKeptToTwoDaysMovesAWholeDayInOneStepWhereMovingALessonAtATimeBreaksTheLimit() {
        // Three days of two periods. Teacher T (kept to two days) teaches class A on Monday at period 1 and
        // Tuesday at period 1, and class B on Monday at period 2; teachers U and V fill the rest of A's and B's weeks.
        // Taking T's Monday to Wednesday keeps every rule: T's Monday lessons go to Wednesday at the same periods, and
        // what A and B had there comes to Monday. Moving only the first lesson gives T a third day.
        List<FetActivity> lessons = twoFullClassesAndATeacherOfTwoDays(false);
        CompulsorySearch search = new CompulsorySearch(
                new FetSchedule(lessons, List.of(), twoFullClassesRules(), List.of(), List.of()), 1, true);
        int mondayFirst = 0;
        int wednesdayFirst = 4;

        assertThat(search.evaluate(mondayFirst, wednesdayFirst, CompulsorySearch.DAY))
                .as("T's Monday to Wednesday")
                .isZero();
        assertThat(search.evaluate(mondayFirst, wednesdayFirst, CompulsorySearch.ALONE))
                .as("one lesson")
                .isPositive();
        assertThat(search.evaluate(mondayFirst, wednesdayFirst, CompulsorySearch.TRADE))
                .as("one lesson, traded")
                .isPositive();
        // Looked at, not made: the timetable is as it was.
        assertThat(search.startOf(mondayFirst)).isZero();
        assertThat(search.startOf(1)).isEqualTo(1);

        List<FetActivity> pinnedSecond = twoFullClassesAndATeacherOfTwoDays(true);
        CompulsorySearch pinned = new CompulsorySearch(
                new FetSchedule(pinnedSecond, List.of(), twoFullClassesRules(), List.of(), List.of()), 1, true);
        assertThat(pinned.evaluate(mondayFirst, wednesdayFirst, CompulsorySearch.DAY))
                .as("a pinned lesson stays")
                .isEqualTo(-1);
    }

    /** T = 0, U = 1, V = 2, class A = 3, class B = 4; slot = day * 2 + period - 1. */
    private static List<FetActivity> twoFullClassesAndATeacherOfTwoDays(boolean pinMondaySecond) {
        int hours = 2;
        List<Integer> anywhere = List.of(0, 1, 2, 3, 4, 5);
        int[][] people = {{0, 3}, {0, 4}, {0, 3}, {1, 3}, {1, 3}, {1, 3}, {1, 3}, {2, 4}, {2, 4}, {2, 4}, {2, 4}, {2, 4}
        };
        int[] at = {0, 1, 2, 1, 3, 4, 5, 0, 2, 3, 4, 5};
        List<FetActivity> lessons = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            FetActivity lesson = new FetActivity(i + 1, 1, hours, people[i], anywhere, pinMondaySecond && i == 1);
            lesson.setStart(at[i]);
            lessons.add(lesson);
        }
        return lessons;
    }

    private static List<ResourceRule> twoFullClassesRules() {
        int hours = 2;
        int days = 3;
        List<ResourceRule> rules = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            rules.add(new ResourceRule(
                    r,
                    Kind.CONFLICT,
                    0,
                    0,
                    hours,
                    true,
                    new boolean[days * hours],
                    days,
                    hours,
                    100,
                    "ConstraintBasicCompulsoryTime"));
        }
        rules.add(new ResourceRule(
                0,
                Kind.MAX_DAYS,
                2,
                0,
                hours,
                true,
                new boolean[days * hours],
                days,
                hours,
                100,
                "ConstraintTeacherMaxDaysPerWeek"));
        return rules;
    }

    private static long searchForASecond(CompulsorySearch search) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        return search.solve(() -> System.nanoTime() > deadline);
    }

    private static long threeLessonsInFivePeriods(int maxGapsPerWeek, AtomicBoolean feasible) {
        int hours = 5;
        int[] teacher = {0};
        List<FetActivity> lessons = List.of(
                new FetActivity(1, 1, hours, teacher, List.of(0), false),
                new FetActivity(2, 1, hours, teacher, List.of(1, 2, 3), false),
                new FetActivity(3, 1, hours, teacher, List.of(4), false));
        List<ResourceRule> rules = List.of(
                new ResourceRule(
                        0,
                        Kind.CONFLICT,
                        0,
                        0,
                        hours,
                        true,
                        new boolean[hours],
                        1,
                        hours,
                        100,
                        "ConstraintBasicCompulsoryTime"),
                new ResourceRule(
                        0,
                        Kind.MAX_GAPS_PER_WEEK,
                        maxGapsPerWeek,
                        0,
                        hours,
                        true,
                        new boolean[hours],
                        1,
                        hours,
                        100,
                        "ConstraintTeacherMaxGapsPerWeek"));
        CompulsorySearch search =
                new CompulsorySearch(new FetSchedule(lessons, List.of(), rules, List.of(), List.of()), 1, true);
        long deadline = System.nanoTime() + 200_000_000L;
        return search.solve(() -> System.nanoTime() > deadline, () -> feasible.set(true));
    }
}
