package vn.eduvn.timetable.format;

import java.util.List;

/**
 * A solution in {@code eduvn-timetable-solution/1}: one placement per period, the hard and soft score by the
 * format's table, and each constraint's share of it.
 */
public record TimetableSolution(
        String format, long hard, long soft, List<Placement> placements, List<ConstraintScore> constraints) {

    public static final String FORMAT = "eduvn-timetable-solution/1";

    /** One period of a lesson at a day, session and period (and its shared room, if any). */
    public record Placement(String lesson, String day, String session, int period, String room) {}

    /** A constraint, whether it is hard, how many times it is broken and what that costs. */
    public record ConstraintScore(String name, boolean hard, long impact, int count) {}
}
