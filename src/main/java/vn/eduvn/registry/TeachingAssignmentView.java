package vn.eduvn.registry;

import java.math.BigDecimal;

/**
 * A teaching assignment (phân công chuyên môn): a teacher teaches a subject in a class for some periods a week.
 * The gradebook and the timetable read these.
 */
public record TeachingAssignmentView(
        long id,
        long classId,
        String className,
        int grade,
        String subjectCode,
        String subjectName,
        long staffId,
        String staffName,
        BigDecimal periodsPerWeek) {}
