package vn.eduvn.registry;

import java.util.List;

/**
 * A class as its records (the transcript) print it: the class list, its subjects and teachers, the school and
 * the authority above it, the homeroom teacher and the principal (null when the school has none on record).
 */
public record ClassRecord(
        ClassList list,
        List<TeachingAssignmentView> subjects,
        String schoolName,
        String authorityName,
        String homeroomTeacher,
        String principal) {}
