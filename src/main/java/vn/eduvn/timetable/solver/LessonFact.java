package vn.eduvn.timetable.solver;

/**
 * A lesson (class × subject × teacher) as the solver sees it: the class, the teacher, the shared room if any, the
 * periods a week, the most periods on one day (0 = no limit), and whether it comes in blocks on different days.
 */
public record LessonFact(
        String id,
        ClassFact schoolClass,
        TeacherFact teacher,
        String room,
        int roomCapacity,
        int periodsPerWeek,
        int maxPerDay,
        boolean inBlocks) {}
