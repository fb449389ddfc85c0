package vn.eduvn.registry;

/** A class of a school year with its homeroom teacher and number of students. */
public record ClassView(
        long id,
        int startYear,
        int grade,
        String name,
        int sessionsPerDay,
        Long homeroomStaffId,
        String homeroomName,
        long students) {}
