package vn.eduvn.timetable.solver;

import java.util.Set;

/** A teacher as the solver sees them: limits (0 = none) and the slot keys they cannot teach in. */
public record TeacherFact(String id, String name, int maxPeriodsPerDay, int maxDaysPerWeek, Set<Integer> unavailable) {}
