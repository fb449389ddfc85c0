package vn.eduvn.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eduvn.timetable.fet.ResourceRule.Kind;

/**
 * One story per constraint of a FET file, on a week of 5 days of 4 hours: the six constraint methods with
 * Timefold's verifier, then how far a week breaks each kind of teacher and students rule, counted as FET counts.
 */
class FetConstraintsTest {

    private static final int DAYS = 5;

    private static final int HOURS = 4;

    private final ConstraintVerifier<FetConstraints, FetSchedule> verifier =
            ConstraintVerifier.build(new FetConstraints(), FetSchedule.class, FetActivity.class);

    /** An activity of {@code duration} hours at day {@code day}, hour {@code hour}, for resources 0 (GV) and 1 (6A). */
    private static FetActivity at(int id, int day, int hour, int duration, int... resources) {
        FetActivity a = new FetActivity(id, duration, HOURS, resources, List.of(day * HOURS + hour), false);
        a.setStart(day * HOURS + hour);
        return a;
    }

    private static ResourceRule rule(int resource, Kind kind, int limit, int weight) {
        return new ResourceRule(
                resource, kind, limit, 0, HOURS, true, new boolean[DAYS * HOURS], DAYS, HOURS, weight, "Test");
    }

    @Test
    void aCompulsoryRuleOnATeachersWeekCostsOneHardPerHourBeyondIt() {
        // The teacher teaches two activities at once on Monday, hour 1: one conflict.
        verifier.verifyThat(FetConstraints::weekRulesHard)
                .given(
                        at(1, 0, 0, 1, 0),
                        at(2, 0, 0, 1, 0),
                        at(3, 1, 0, 1, 0),
                        new Membership(0, 1),
                        new Membership(0, 2),
                        new Membership(0, 3),
                        rule(0, Kind.CONFLICT, 0, 100),
                        rule(0, Kind.MAX_HOURS_DAILY, 5, 95))
                .penalizesBy(1);
    }

    @Test
    void aWeightedRuleOnAWeekCostsItsWeightPerHourBeyondIt() {
        // Three hours on Monday against at most one a day, at 95 %: two hours too many.
        verifier.verifyThat(FetConstraints::weekRulesSoft)
                .given(
                        at(1, 0, 0, 1, 0),
                        at(2, 0, 1, 2, 0),
                        new Membership(0, 1),
                        new Membership(0, 2),
                        rule(0, Kind.MAX_HOURS_DAILY, 1, 95),
                        rule(0, Kind.MAX_HOURS_DAILY, 0, 100))
                .penalizesBy(2 * 95);
    }

    @Test
    void twoActivitiesThatMustBeOnDifferentDaysCostOneHardWhenOnTheSameDay() {
        verifier.verifyThat(FetConstraints::pairRulesHard)
                .given(
                        at(1, 2, 0, 1),
                        at(2, 2, 3, 1),
                        at(3, 4, 0, 1),
                        new PairRule(PairRule.Kind.MIN_DAYS, 1, 2, 1, false, 100, "ConstraintMinDaysBetweenActivities"),
                        new PairRule(PairRule.Kind.MIN_DAYS, 1, 3, 1, false, 100, "ConstraintMinDaysBetweenActivities"))
                .penalizesBy(1);
    }

    @Test
    void aWeightedPairRuleCostsItsWeight() {
        // Same day and not consecutive, with "consecutive if same day": the day and the gap both count.
        verifier.verifyThat(FetConstraints::pairRulesSoft)
                .given(
                        at(1, 2, 0, 1),
                        at(2, 2, 3, 1),
                        new PairRule(PairRule.Kind.MIN_DAYS, 1, 2, 1, true, 95, "ConstraintMinDaysBetweenActivities"))
                .penalizesBy(2 * 95);
    }

    @Test
    void anActivityOutsideItsCompulsoryTimesCostsOneHard() {
        boolean[] mondayFirst = new boolean[DAYS * HOURS];
        mondayFirst[0] = true;
        verifier.verifyThat(FetConstraints::slotRulesHard)
                .given(
                        at(1, 0, 1, 1),
                        at(2, 0, 0, 1),
                        new SlotRule(1, mondayFirst, 100, "ConstraintActivityPreferredStartingTime"),
                        new SlotRule(2, mondayFirst, 100, "ConstraintActivityPreferredStartingTime"))
                .penalizesBy(1);
    }

    @Test
    void anActivityOutsideItsPreferredTimesCostsTheWeight() {
        boolean[] mondayFirst = new boolean[DAYS * HOURS];
        mondayFirst[0] = true;
        verifier.verifyThat(FetConstraints::slotRulesSoft)
                .given(at(1, 0, 1, 1), new SlotRule(1, mondayFirst, 80, "ConstraintActivityPreferredTimeSlots"))
                .penalizesBy(80);
    }

    /** A week with activities at the given (day, hour) pairs. */
    private static int[] week(int... dayHours) {
        int[] busy = new int[DAYS * HOURS];
        for (int i = 0; i < dayHours.length; i += 2) {
            busy[dayHours[i] * HOURS + dayHours[i + 1]]++;
        }
        return busy;
    }

    @Test
    void aTeacherOnTooManyDaysCostsTheSearchTheHoursOnTheDaysTooMany() {
        // Four days against at most three: one day too many, FET's count; the least busy day has one hour.
        int[] busy = week(0, 0, 0, 1, 1, 0, 2, 0, 2, 1, 3, 2);
        assertThat(rule(0, Kind.MAX_DAYS, 3, 100).excess(busy)).isEqualTo(1);
        assertThat(rule(0, Kind.MAX_DAYS, 3, 100).searchCost(busy)).isEqualTo(1);
        assertThat(rule(0, Kind.MAX_DAYS, 2, 100).searchCost(busy))
                .as("the two least busy days, 1 + 1 hours")
                .isEqualTo(2);
        assertThat(rule(0, Kind.MAX_DAYS, 1, 100).searchCost(busy))
                .as("1 + 1 + 2 hours")
                .isEqualTo(4);
        assertThat(rule(0, Kind.MAX_DAYS, 4, 100).searchCost(busy)).isZero();
    }

    @Test
    void eachKindOfTeacherAndStudentsRuleCountsAsFetDoes() {
        // Monday hours 1 and 4 (two gaps), Tuesday hour 2 alone, Wednesday hours 1–3, Thursday twice at hour 1.
        int[] busy = week(0, 0, 0, 3, 1, 1, 2, 0, 2, 1, 2, 2, 3, 0, 3, 0);
        assertThat(rule(0, Kind.CONFLICT, 0, 100).excess(busy)).isEqualTo(1);
        assertThat(rule(0, Kind.MAX_DAYS, 3, 100).excess(busy))
                .as("4 days, at most 3")
                .isEqualTo(1);
        assertThat(rule(0, Kind.MIN_DAYS, 5, 100).excess(busy))
                .as("4 days, at least 5")
                .isEqualTo(1);
        assertThat(rule(0, Kind.MAX_GAPS_PER_DAY, 1, 100).excess(busy))
                .as("Monday has 2 gaps")
                .isEqualTo(1);
        assertThat(rule(0, Kind.MAX_GAPS_PER_WEEK, 0, 100).excess(busy)).isEqualTo(2);
        assertThat(rule(0, Kind.MIN_HOURS_DAILY, 2, 100).excess(busy))
                .as("Tuesday and Thursday have one hour")
                .isEqualTo(2);
        assertThat(rule(0, Kind.MAX_HOURS_DAILY, 2, 100).excess(busy))
                .as("Wednesday has 3")
                .isEqualTo(1);
        assertThat(rule(0, Kind.MAX_HOURS_CONTINUOUSLY, 2, 100).excess(busy)).isEqualTo(1);
        ResourceRule noEmptyDays = new ResourceRule(
                0, Kind.MIN_HOURS_DAILY, 2, 0, HOURS, false, new boolean[DAYS * HOURS], DAYS, HOURS, 100, "Test");
        assertThat(noEmptyDays.excess(busy)).as("and Friday is empty").isEqualTo(4);
        ResourceRule morningDays =
                new ResourceRule(0, Kind.INTERVAL_MAX_DAYS, 2, 0, 1, true, null, DAYS, HOURS, 100, "Test");
        assertThat(morningDays.excess(busy))
                .as("hour 1 on Monday, Wednesday and Thursday")
                .isEqualTo(1);
        boolean[] unavailable = new boolean[DAYS * HOURS];
        unavailable[0 * HOURS + 1] = true;
        unavailable[0 * HOURS + 3] = true;
        ResourceRule notAvailable =
                new ResourceRule(0, Kind.NOT_AVAILABLE, 0, 0, HOURS, true, unavailable, DAYS, HOURS, 100, "Test");
        assertThat(notAvailable.excess(busy)).as("Monday hour 4").isEqualTo(1);
        ResourceRule gapsBesideUnavailable =
                new ResourceRule(0, Kind.MAX_GAPS_PER_WEEK, 0, 0, HOURS, true, unavailable, DAYS, HOURS, 100, "Test");
        assertThat(gapsBesideUnavailable.excess(busy))
                .as("an unavailable hour is not a gap")
                .isEqualTo(1);
    }
}
