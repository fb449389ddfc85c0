package vn.eduvn.timetable.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.timetable.format.TimetableProblem.Fixed;
import vn.eduvn.timetable.format.TimetableProblem.Lesson;
import vn.eduvn.timetable.format.TimetableProblem.SchoolClass;
import vn.eduvn.timetable.format.TimetableProblem.Teacher;
import vn.eduvn.timetable.format.TimetableProblem.Unavailable;

/**
 * Reads a problem the way the solver will and names every error at once (unknown teacher, class or room, blocks
 * that do not add up, a fixed slot outside the week), then the sets of constraints no timetable can keep together
 * ({@link ConflictingConstraints}): a class with more periods than its sessions hold, a teacher with more periods
 * than the slots they can teach in, and the like.
 */
public final class ProblemCheck {

    private ProblemCheck() {}

    public static void check(TimetableProblem p) {
        check(p, true);
    }

    /**
     * The same, but fixed periods may break a rule: a solve around the periods a principal pinned (an override stays
     * flagged, not refused) or around a teacher's absence (their fixed chào cờ is then broken and shown as broken)
     * goes ahead, and its answer lists what they break.
     */
    public static void checkAround(TimetableProblem p) {
        check(p, false);
    }

    private static void check(TimetableProblem p, boolean fixedMustHold) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p == null) {
            throw new InvalidFields(
                    List.of(new FieldProblem("format", "timetable.error.format", TimetableProblem.FORMAT)));
        }
        if (!TimetableProblem.FORMAT.equals(p.format())) {
            problems.add(new FieldProblem("format", "timetable.error.format", TimetableProblem.FORMAT));
        }
        List<String> days = p.days() == null ? List.of() : p.days();
        Map<String, Integer> sessions = p.periodsPerSession() == null ? Map.of() : p.periodsPerSession();
        if (days.isEmpty() || new HashSet<>(days).size() != days.size()) {
            problems.add(new FieldProblem("days", "timetable.error.days"));
        }
        if (sessions.isEmpty() || sessions.values().stream().anyMatch(n -> n == null || n < 1 || n > 10)) {
            problems.add(new FieldProblem("periodsPerSession", "timetable.error.sessions"));
        }
        Map<String, Integer> rooms = new HashMap<>();
        list(p.rooms()).forEach(r -> {
            if (r.id() == null || rooms.put(r.id(), r.capacity() == null ? 1 : r.capacity()) != null) {
                problems.add(new FieldProblem("rooms", "timetable.error.duplicate", r.id()));
            }
        });
        Map<String, Teacher> teachers = new HashMap<>();
        for (int i = 0; i < list(p.teachers()).size(); i++) {
            Teacher t = p.teachers().get(i);
            if (t.id() == null || teachers.put(t.id(), t) != null) {
                problems.add(new FieldProblem("teachers[" + i + "].id", "timetable.error.duplicate", t.id()));
            }
            for (Unavailable u : list(t.unavailable())) {
                slot(
                        problems,
                        "teachers[" + i + "].unavailable",
                        days,
                        sessions,
                        u.day(),
                        u.session(),
                        u.period(),
                        true);
            }
        }
        Map<String, SchoolClass> classes = new HashMap<>();
        for (int i = 0; i < list(p.classes()).size(); i++) {
            SchoolClass c = p.classes().get(i);
            if (c.id() == null || classes.put(c.id(), c) != null) {
                problems.add(new FieldProblem("classes[" + i + "].id", "timetable.error.duplicate", c.id()));
            }
            if (c.sessions() == null
                    || c.sessions().isEmpty()
                    || !sessions.keySet().containsAll(c.sessions())) {
                problems.add(new FieldProblem("classes[" + i + "].sessions", "timetable.error.classSessions", c.id()));
            }
            if (c.homeroomTeacher() != null && !teachers.containsKey(c.homeroomTeacher())) {
                problems.add(new FieldProblem(
                        "classes[" + i + "].homeroomTeacher", "timetable.error.unknownTeacher", c.homeroomTeacher()));
            }
        }
        Map<String, Lesson> lessons = new HashMap<>();
        for (int i = 0; i < list(p.lessons()).size(); i++) {
            Lesson l = p.lessons().get(i);
            String at = "lessons[" + i + "]";
            if (l.id() == null || lessons.put(l.id(), l) != null) {
                problems.add(new FieldProblem(at + ".id", "timetable.error.duplicate", l.id()));
            }
            if (!teachers.containsKey(l.teacher())) {
                problems.add(new FieldProblem(at + ".teacher", "timetable.error.unknownTeacher", l.teacher()));
            }
            if (!classes.containsKey(l.classId())) {
                problems.add(new FieldProblem(at + ".class", "timetable.error.unknownClass", l.classId()));
            }
            if (l.room() != null && !rooms.containsKey(l.room())) {
                problems.add(new FieldProblem(at + ".room", "timetable.error.unknownRoom", l.room()));
            }
            if (l.periodsPerWeek() == null || l.periodsPerWeek() < 1 || l.periodsPerWeek() > 40) {
                problems.add(new FieldProblem(at + ".periodsPerWeek", "timetable.error.periods", l.id()));
            } else if (l.blocks() != null
                    && (l.blocks().stream().anyMatch(b -> b == null || b < 1)
                            || l.blocks().stream().mapToInt(Integer::intValue).sum() != l.periodsPerWeek())) {
                problems.add(new FieldProblem(at + ".blocks", "timetable.error.blocks", l.id(), l.periodsPerWeek()));
            } else if (l.blocks() != null
                    && l.blocks().stream()
                            .anyMatch(b -> b
                                    > sessions.values().stream()
                                            .mapToInt(Integer::intValue)
                                            .max()
                                            .orElse(0))) {
                problems.add(new FieldProblem(at + ".blocks", "timetable.error.blockTooLong", l.id()));
            }
        }
        for (int i = 0; i < list(p.fixed()).size(); i++) {
            Fixed f = p.fixed().get(i);
            if (!lessons.containsKey(f.lesson())) {
                problems.add(new FieldProblem("fixed[" + i + "].lesson", "timetable.error.unknownLesson", f.lesson()));
            }
            slot(problems, "fixed[" + i + "]", days, sessions, f.day(), f.session(), f.period(), false);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        ConflictingConstraints.find(p, problems, fixedMustHold);
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
    }

    private static void slot(
            List<FieldProblem> problems,
            String at,
            List<String> days,
            Map<String, Integer> sessions,
            String day,
            String session,
            Integer period,
            boolean periodOptional) {
        if (!days.contains(day)
                || !sessions.containsKey(session)
                || (period == null ? !periodOptional : period < 1 || period > sessions.get(session))) {
            problems.add(new FieldProblem(
                    at, "timetable.error.slot", day + " " + session + (period == null ? "" : " " + period)));
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
