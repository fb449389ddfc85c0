package vn.eduvn.timetable.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.min;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import java.util.function.Function;

/**
 * The constraints of timetable-format.md, one per method. Hard ones (placement within the class's sessions and
 * fitting runs are built into each block's possible starts) cost one per period or pair that breaks them; soft
 * ones cost exactly the weights of the format's table, so {@code soft} compares with any other solver's.
 */
public class TimetableConstraints implements ConstraintProvider {

    public static final String CLASS_CONFLICT = "Class conflict";
    public static final String TEACHER_CONFLICT = "Teacher conflict";
    public static final String ROOM_CAPACITY = "Room capacity";
    public static final String TEACHER_UNAVAILABLE = "Teacher unavailable";
    public static final String LESSON_MAX_PER_DAY = "Lesson periods per day";
    public static final String BLOCKS_ON_DIFFERENT_DAYS = "Blocks on different days";
    public static final String TEACHER_MAX_PER_DAY = "Teacher periods per day";
    public static final String TEACHER_MAX_DAYS = "Teacher days per week";
    public static final String CLASS_NO_GAPS = "Class without gaps";
    public static final String TEACHER_IDLE = "Teacher idle period";
    public static final String TEACHER_SESSIONS = "Teacher sessions at school";
    public static final String SINGLES_ON_CONSECUTIVE_DAYS = "Singles on consecutive days";
    public static final String CLASS_IDLE = "Class idle period";
    /** Not in the format's table: only a re-solve for an absence has it, and it is left out of the reported score. */
    public static final String UNCHANGED = "Unchanged from the timetable in use";

    /** What moving one period costs a re-solve for an absence: more than any trade the format's table offers. */
    static final int MOVED_PERIOD = 20;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            classConflict(factory),
            teacherConflict(factory),
            roomCapacity(factory),
            teacherUnavailable(factory),
            lessonMaxPerDay(factory),
            blocksOnDifferentDays(factory),
            teacherMaxPerDay(factory),
            teacherMaxDays(factory),
            classNoGaps(factory),
            teacherIdle(factory),
            teacherSessions(factory),
            singlesOnConsecutiveDays(factory),
            classIdle(factory),
            unchanged(factory)
        };
    }

    /** A class can attend only one lesson at a time. */
    Constraint classConflict(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        Block.class, Joiners.equal(Block::classId), Joiners.overlapping(Block::begin, Block::end))
                .penalize(HardSoftScore.ONE_HARD, TimetableConstraints::overlap)
                .asConstraint(CLASS_CONFLICT);
    }

    /** A teacher can teach only one lesson at a time. */
    Constraint teacherConflict(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        Block.class, Joiners.equal(Block::teacherId), Joiners.overlapping(Block::begin, Block::end))
                .penalize(HardSoftScore.ONE_HARD, TimetableConstraints::overlap)
                .asConstraint(TEACHER_CONFLICT);
    }

    /** A shared room holds no more classes at once than its capacity. */
    Constraint roomCapacity(ConstraintFactory factory) {
        return factory.forEach(Block.class)
                .filter(b -> b.lesson().room() != null)
                .flattenLast(Block::roomUses)
                .groupBy(Function.identity(), count())
                .filter((use, n) -> n > use.capacity())
                .penalize(HardSoftScore.ONE_HARD, (use, n) -> n - use.capacity())
                .asConstraint(ROOM_CAPACITY);
    }

    /** No lesson falls in a session or period its teacher cannot teach. */
    Constraint teacherUnavailable(ConstraintFactory factory) {
        return factory.forEach(Block.class)
                .filter(b -> b.unavailablePeriods() > 0)
                .penalize(HardSoftScore.ONE_HARD, Block::unavailablePeriods)
                .asConstraint(TEACHER_UNAVAILABLE);
    }

    /** A lesson has no more periods on one day than its maximum. */
    Constraint lessonMaxPerDay(ConstraintFactory factory) {
        return factory.forEach(Block.class)
                .filter(b -> b.lesson().maxPerDay() > 0)
                .groupBy(Block::lesson, Block::day, sum(Block::length))
                .filter((lesson, day, periods) -> periods > lesson.maxPerDay())
                .penalize(HardSoftScore.ONE_HARD, (lesson, day, periods) -> periods - lesson.maxPerDay())
                .asConstraint(LESSON_MAX_PER_DAY);
    }

    /** The blocks of a lesson given in blocks fall on different days. */
    Constraint blocksOnDifferentDays(ConstraintFactory factory) {
        return factory.forEachUniquePair(Block.class, Joiners.equal(Block::lesson), Joiners.equal(Block::day))
                .filter((a, b) -> a.lesson().inBlocks())
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint(BLOCKS_ON_DIFFERENT_DAYS);
    }

    /** A teacher teaches no more periods on a day than their maximum. */
    Constraint teacherMaxPerDay(ConstraintFactory factory) {
        return factory.forEach(Block.class)
                .filter(b -> b.lesson().teacher().maxPeriodsPerDay() > 0)
                .groupBy(b -> b.lesson().teacher(), Block::day, sum(Block::length))
                .filter((teacher, day, periods) -> periods > teacher.maxPeriodsPerDay())
                .penalize(HardSoftScore.ONE_HARD, (teacher, day, periods) -> periods - teacher.maxPeriodsPerDay())
                .asConstraint(TEACHER_MAX_PER_DAY);
    }

    /** A teacher teaches on no more days a week than their maximum. */
    Constraint teacherMaxDays(ConstraintFactory factory) {
        return factory.forEach(Block.class)
                .filter(b -> b.lesson().teacher().maxDaysPerWeek() > 0)
                .groupBy(b -> b.lesson().teacher(), countDistinct(Block::day))
                .filter((teacher, days) -> days > teacher.maxDaysPerWeek())
                .penalize(HardSoftScore.ONE_HARD, (teacher, days) -> days - teacher.maxDaysPerWeek())
                .asConstraint(TEACHER_MAX_DAYS);
    }

    /** A class without gaps has its lessons in periods 1 to k of each session it studies in. */
    Constraint classNoGaps(ConstraintFactory factory) {
        return factory.forEach(Block.class)
                .filter(b -> b.lesson().schoolClass().noGaps())
                .groupBy(b -> new Session(b.classId(), b.daySession()), sum(Block::length), max(Block::lastPeriod))
                .filter((session, periods, last) -> last > periods)
                .penalize(HardSoftScore.ONE_HARD, (session, periods, last) -> last - periods)
                .asConstraint(CLASS_NO_GAPS);
    }

    /** A teacher's empty period between two of their lessons in a session costs 3. */
    Constraint teacherIdle(ConstraintFactory factory) {
        return factory.forEach(Block.class)
                .groupBy(
                        b -> new Session(b.teacherId(), b.daySession()),
                        sum(Block::length),
                        min(Block::firstPeriod),
                        max(Block::lastPeriod))
                .filter((session, periods, first, last) -> last - first + 1 > periods)
                .penalize(HardSoftScore.ofSoft(3), (session, periods, first, last) -> last - first + 1 - periods)
                .asConstraint(TEACHER_IDLE);
    }

    /** Each session a teacher comes to school for costs 2: fewer half-days at school is better. */
    Constraint teacherSessions(ConstraintFactory factory) {
        return factory.forEach(Block.class)
                .groupBy(b -> new Session(b.teacherId(), b.daySession()))
                .penalize(HardSoftScore.ofSoft(2))
                .asConstraint(TEACHER_SESSIONS);
    }

    /** Two single periods of a lesson of at most 3 periods a week on consecutive days cost 1: spread it out. */
    Constraint singlesOnConsecutiveDays(ConstraintFactory factory) {
        return factory.forEachUniquePair(Block.class, Joiners.equal(Block::lesson))
                .filter((a, b) -> a.length() == 1
                        && b.length() == 1
                        && a.lesson().periodsPerWeek() <= 3
                        && Math.abs(a.day() - b.day()) == 1)
                .penalize(HardSoftScore.ONE_SOFT)
                .asConstraint(SINGLES_ON_CONSECUTIVE_DAYS);
    }

    /** A class's empty period between two of its lessons in a session costs 1. */
    Constraint classIdle(ConstraintFactory factory) {
        return factory.forEach(Block.class)
                .groupBy(
                        b -> new Session(b.classId(), b.daySession()),
                        sum(Block::length),
                        min(Block::firstPeriod),
                        max(Block::lastPeriod))
                .filter((session, periods, first, last) -> last - first + 1 > periods)
                .penalize(HardSoftScore.ONE_SOFT, (session, periods, first, last) -> last - first + 1 - periods)
                .asConstraint(CLASS_IDLE);
    }

    /** A class's or teacher's session of one day. */
    record Session(String who, int daySession) {}

    private static int overlap(Block a, Block b) {
        return Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
    }

    /**
     * On a re-solve for an absence, each period that leaves its place in the timetable in use costs
     * {@value #MOVED_PERIOD} soft: the re-solve moves what the absence forces and as little else as it can.
     */
    Constraint unchanged(ConstraintFactory factory) {
        return factory.forEach(Block.class)
                .filter(b -> b.movedPeriods() > 0)
                .penalize(HardSoftScore.ofSoft(MOVED_PERIOD), Block::movedPeriods)
                .asConstraint(UNCHANGED);
    }
}
