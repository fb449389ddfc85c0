package vn.eduvn.timetable.school;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution;

/**
 * Says in the principal's words what a timetable gets wrong: for each teacher and each class, the sessions with
 * empty periods between lessons ("GV Nguyễn Thị Lan có 2 tiết trống sáng T4"), and any double booking. Read off
 * the placements, so it explains any timetable, not only the solver's.
 */
final class Explanations {

    private Explanations() {}

    /** One problem found, as a message key and its arguments. */
    record Finding(String key, Object[] args) {}

    static List<Finding> of(TimetableProblem problem, TimetableSolution solution) {
        Map<String, TimetableProblem.Lesson> lessons = new HashMap<>();
        problem.lessons().forEach(l -> lessons.put(l.id(), l));
        Map<String, String> teacherNames = new HashMap<>();
        problem.teachers().forEach(t -> teacherNames.put(t.id(), t.name()));
        // who → "day|session" → periods
        Map<String, Map<String, List<Integer>>> teachers = new TreeMap<>();
        Map<String, Map<String, List<Integer>>> classes = new TreeMap<>();
        for (TimetableSolution.Placement p : solution.placements()) {
            TimetableProblem.Lesson l = lessons.get(p.lesson());
            if (l == null) {
                continue;
            }
            String when = p.day() + "|" + p.session();
            teachers.computeIfAbsent(l.teacher(), k -> new TreeMap<>())
                    .computeIfAbsent(when, k -> new ArrayList<>())
                    .add(p.period());
            classes.computeIfAbsent(l.classId(), k -> new TreeMap<>())
                    .computeIfAbsent(when, k -> new ArrayList<>())
                    .add(p.period());
        }
        List<Finding> findings = new ArrayList<>();
        teachers.forEach((teacher, sessions) -> sessions.forEach((when, periods) -> {
            String name = teacherNames.getOrDefault(teacher, teacher);
            String[] at = when.split("\\|");
            long distinct = periods.stream().distinct().count();
            if (distinct < periods.size()) {
                findings.add(new Finding("timetable.finding.teacherTwice", new Object[] {name, session(at[1]), at[0]}));
            }
            int idle = idle(periods);
            if (idle > 0) {
                findings.add(
                        new Finding("timetable.finding.teacherIdle", new Object[] {name, idle, session(at[1]), at[0]}));
            }
        }));
        classes.forEach((schoolClass, sessions) -> sessions.forEach((when, periods) -> {
            String[] at = when.split("\\|");
            if (periods.stream().distinct().count() < periods.size()) {
                findings.add(
                        new Finding("timetable.finding.classTwice", new Object[] {schoolClass, session(at[1]), at[0]}));
            }
            int idle = idle(periods);
            if (idle > 0) {
                findings.add(new Finding(
                        "timetable.finding.classIdle", new Object[] {schoolClass, idle, session(at[1]), at[0]}));
            }
        }));
        return findings;
    }

    /** Empty periods between the first and the last lesson of a session. */
    private static int idle(List<Integer> periods) {
        int first = periods.stream().mapToInt(Integer::intValue).min().orElse(0);
        int last = periods.stream().mapToInt(Integer::intValue).max().orElse(0);
        return Math.max(0, last - first + 1 - (int) periods.stream().distinct().count());
    }

    private static String session(String code) {
        return switch (code) {
            case "SANG" -> "sáng";
            case "CHIEU" -> "chiều";
            default -> code;
        };
    }
}
