package vn.eduvn.timetable.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A timetabling problem in the exchange format {@code eduvn-timetable/1} (timetable-format.md): the week, the
 * shared rooms, the teachers, the classes, the lessons to place and the fixed periods.
 */
public record TimetableProblem(
        String format,
        String name,
        List<String> days,
        LinkedHashMap<String, Integer> periodsPerSession,
        List<Room> rooms,
        List<Teacher> teachers,
        List<SchoolClass> classes,
        List<Lesson> lessons,
        List<Fixed> fixed) {

    public static final String FORMAT = "eduvn-timetable/1";

    /** A shared special room and how many classes it holds at once. */
    public record Room(String id, String name, Integer capacity) {}

    /** A teacher's limits: periods a day, days a week, and the sessions or periods they cannot teach. */
    public record Teacher(
            String id, String name, Integer maxPeriodsPerDay, Integer maxDaysPerWeek, List<Unavailable> unavailable) {}

    /** A whole session ({@code period} null) or one period when a teacher cannot teach. */
    public record Unavailable(String day, String session, Integer period) {}

    /** A class: the sessions it studies in, its homeroom teacher, and whether its sessions may have gaps. */
    public record SchoolClass(
            String id, Integer grade, List<String> sessions, String homeroomTeacher, Boolean noGaps) {}

    /** A class × subject × teacher to place {@code periodsPerWeek} times, in {@code blocks} when given. */
    public record Lesson(
            String id,
            @JsonProperty("class") String classId,
            String subject,
            String teacher,
            Integer periodsPerWeek,
            Integer maxPerDay,
            List<Integer> blocks,
            String room) {

        public boolean inBlocks() {
            return blocks != null && !blocks.isEmpty();
        }

        /** The most periods a day, as the format defines it: 1 for up to 5 single periods, else no limit (0). */
        public int maxPerDayOrDefault() {
            return maxPerDay != null ? maxPerDay : !inBlocks() && periodsPerWeek <= 5 ? 1 : 0;
        }
    }

    /** A period of a lesson pinned to a slot. */
    public record Fixed(String lesson, String day, String session, Integer period) {}
}
