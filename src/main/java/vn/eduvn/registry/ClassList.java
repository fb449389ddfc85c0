package vn.eduvn.registry;

import java.util.List;

/** A class and its enrolled students in Vietnamese order, as its teachers read it. */
public record ClassList(
        long classId, long schoolUnitId, String name, int grade, int startYear, List<StudentView> students) {}
