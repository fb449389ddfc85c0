package vn.eduvn.timetable.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.timetable.format.TimetableProblem.Fixed;
import vn.eduvn.timetable.format.TimetableProblem.Lesson;
import vn.eduvn.timetable.format.TimetableProblem.Room;
import vn.eduvn.timetable.format.TimetableProblem.SchoolClass;
import vn.eduvn.timetable.format.TimetableProblem.Teacher;
import vn.eduvn.timetable.format.TimetableProblem.Unavailable;

/**
 * Finds, before any search, small sets of constraints that no timetable can keep together, and names each set, so
 * that a problem infeasible by construction is answered at once instead of searched for until the time limit:
 * <ul>
 * <li>fixed periods that fall on the same slot of a class or a teacher, on a teacher's unavailable time, or outside
 * the class's sessions, or more fixed periods than the lesson has;</li>
 * <li>a lesson that needs more different days (its blocks, or its periods over its most per day) than it has days
 * where its class studies and its teacher can teach, or a block longer than its most per day;</li>
 * <li>a set of a class's lessons that need more periods than the slots where any of their teachers can teach in the
 * class's sessions (Hall's condition for placing each period in its own slot; the smallest such set is named, so a
 * class with 31 periods in a 30-slot week is one case and two teachers away on the same mornings is another);</li>
 * <li>the same for a teacher's lessons against their classes' sessions, unavailable times, days and periods a day;</li>
 * <li>a special room asked for more periods than the week holds times its capacity.</li>
 * </ul>
 * Each is a necessary condition only: a problem that passes may still have no timetable, which the solver then
 * reports constraint by constraint.
 */
final class ConflictingConstraints {

    /** Beyond this many groups of lessons with different slots, a class or teacher is only checked as a whole. */
    private static final int MAX_GROUPS = 16;

    private final TimetableProblem p;

    private final List<FieldProblem> problems;

    private final Map<String, Integer> slotIndex = new HashMap<>();

    private final List<String> slotName = new ArrayList<>();

    private final List<Integer> slotDay = new ArrayList<>();

    private final Map<String, Teacher> teachers = new HashMap<>();

    private final Map<String, List<Fixed>> fixedOf = new HashMap<>();

    // Each class's week, each teacher's open slots and each lesson's fixed slots, and the lessons of each class,
    // teacher and room: computed once, read by every check.
    private final Map<String, SlotSet> weekOf = new HashMap<>();

    private final Map<String, SlotSet> openTo = new HashMap<>();

    private final Map<String, SlotSet> fixedAt = new HashMap<>();

    private final Map<String, List<Lesson>> byClass = new HashMap<>();

    private final Map<String, List<Lesson>> byTeacher = new HashMap<>();

    private final Map<String, List<Lesson>> byRoom = new HashMap<>();

    private ConflictingConstraints(TimetableProblem p, List<FieldProblem> problems) {
        this.p = p;
        this.problems = problems;
        for (int d = 0; d < p.days().size(); d++) {
            for (var session : p.periodsPerSession().entrySet()) {
                for (int period = 1; period <= session.getValue(); period++) {
                    slotIndex.put(key(p.days().get(d), session.getKey(), period), slotName.size());
                    slotName.add(p.days().get(d) + " " + session.getKey() + " " + period);
                    slotDay.add(d);
                }
            }
        }
        p.teachers().forEach(t -> {
            teachers.put(t.id(), t);
            openTo.put(t.id(), available(t));
        });
        p.classes().forEach(c -> weekOf.put(c.id(), sessionsOf(c)));
        list(p.fixed())
                .forEach(f -> fixedOf.computeIfAbsent(f.lesson(), k -> new ArrayList<>())
                        .add(f));
        for (Lesson l : p.lessons()) {
            fixedAt.put(l.id(), fixedSlots(l));
            byClass.computeIfAbsent(l.classId(), k -> new ArrayList<>()).add(l);
            byTeacher.computeIfAbsent(l.teacher(), k -> new ArrayList<>()).add(l);
            if (l.room() != null) {
                byRoom.computeIfAbsent(l.room(), k -> new ArrayList<>()).add(l);
            }
        }
    }

    /**
     * Adds a problem for each set found; the problem has already passed {@link ProblemCheck}'s field checks. Unless
     * {@code fixedMustHold}, fixed periods are not checked against the rules, only counted as taken.
     */
    static void find(TimetableProblem p, List<FieldProblem> problems, boolean fixedMustHold) {
        ConflictingConstraints c = new ConflictingConstraints(p, problems);
        if (fixedMustHold) {
            c.fixedPeriods();
        }
        c.lessonDays();
        c.classes();
        c.teachers();
        c.rooms();
    }

    private static String key(String day, String session, int period) {
        return day + "/" + session + "/" + period;
    }

    private SlotSet sessionsOf(SchoolClass c) {
        SlotSet week = SlotSet.none(slotName.size());
        for (int d = 0; d < p.days().size(); d++) {
            for (String session : c.sessions()) {
                for (int period = 1; period <= p.periodsPerSession().get(session); period++) {
                    week = week.with(slotIndex.get(key(p.days().get(d), session, period)));
                }
            }
        }
        return week;
    }

    /** The slots where the teacher can teach. */
    private SlotSet available(Teacher t) {
        SlotSet open = SlotSet.all(slotName.size());
        for (Unavailable u : list(t.unavailable())) {
            for (int period = 1; period <= p.periodsPerSession().get(u.session()); period++) {
                if (u.period() == null || u.period() == period) {
                    open = open.without(slotIndex.get(key(u.day(), u.session(), period)));
                }
            }
        }
        return open;
    }

    private SlotSet fixedSlots(Lesson l) {
        SlotSet fixed = SlotSet.none(slotName.size());
        for (Fixed f : fixedOf.getOrDefault(l.id(), List.of())) {
            fixed = fixed.with(slotIndex.get(key(f.day(), f.session(), f.period())));
        }
        return fixed;
    }

    /** The slots fixed for any of these lessons. */
    private SlotSet fixed(List<Lesson> lessons) {
        SlotSet fixed = SlotSet.none(slotName.size());
        for (Lesson l : lessons) {
            fixed = fixed.or(fixedAt.get(l.id()));
        }
        return fixed;
    }

    private void fixedPeriods() {
        Map<String, String> classAt = new HashMap<>();
        Map<String, String> teacherAt = new HashMap<>();
        Map<String, String> classOf = new HashMap<>();
        p.lessons().forEach(l -> classOf.put(l.id(), l.classId()));
        for (Lesson l : p.lessons()) {
            List<Fixed> fixed = fixedOf.getOrDefault(l.id(), List.of());
            if (fixed.size() > l.periodsPerWeek()) {
                problems.add(new FieldProblem(
                        "fixed", "timetable.error.fixedTooMany", l.id(), fixed.size(), l.periodsPerWeek()));
            }
            SlotSet classSlots = weekOf.get(l.classId());
            SlotSet teacherSlots = openTo.get(l.teacher());
            // The lesson's most periods a day holds for its fixed periods too (a fixed double needs it at 2).
            Map<String, Integer> perDay = new java.util.LinkedHashMap<>();
            fixed.forEach(f -> perDay.merge(f.day(), 1, Integer::sum));
            int maxPerDay = l.maxPerDayOrDefault();
            perDay.forEach((day, n) -> {
                if (maxPerDay > 0 && n > maxPerDay) {
                    problems.add(new FieldProblem("fixed", "timetable.error.fixedOverDay", l.id(), n, day, maxPerDay));
                }
            });
            for (Fixed f : fixed) {
                int slot = slotIndex.get(key(f.day(), f.session(), f.period()));
                String name = slotName.get(slot);
                if (!classSlots.has(slot)) {
                    problems.add(new FieldProblem(
                            "fixed", "timetable.error.fixedOutsideSessions", l.id(), name, l.classId()));
                }
                if (!teacherSlots.has(slot)) {
                    problems.add(new FieldProblem(
                            "fixed",
                            "timetable.error.fixedUnavailable",
                            l.id(),
                            name,
                            label(teachers.get(l.teacher()))));
                }
                String other = classAt.put(l.classId() + "@" + slot, l.id());
                if (other != null) {
                    problems.add(
                            new FieldProblem("fixed", "timetable.error.fixedClash", other, l.id(), name, l.classId()));
                }
                other = teacherAt.put(l.teacher() + "@" + slot, l.id());
                // Two lessons of one class at one slot are already named as the class's clash.
                if (other != null && !classOf.get(other).equals(l.classId())) {
                    problems.add(new FieldProblem(
                            "fixed",
                            "timetable.error.fixedClash",
                            other,
                            l.id(),
                            name,
                            label(teachers.get(l.teacher()))));
                }
            }
        }
    }

    /** Blocks, and periods over the most a day, go on different days: enough days must be open to the lesson. */
    private void lessonDays() {
        for (Lesson l : p.lessons()) {
            Teacher t = teachers.get(l.teacher());
            int days = daysWith(weekOf.get(l.classId()).and(openTo.get(t.id())));
            if (t.maxDaysPerWeek() != null) {
                days = Math.min(days, t.maxDaysPerWeek());
            }
            // As the solver reads a lesson: fixed periods set its blocks aside.
            boolean inBlocks = l.inBlocks() && fixedAt.get(l.id()).isEmpty();
            int maxPerDay = l.maxPerDayOrDefault();
            if (inBlocks) {
                for (int block : l.blocks()) {
                    if (maxPerDay > 0 && block > maxPerDay) {
                        problems.add(
                                new FieldProblem("lessons", "timetable.error.blockOverDay", l.id(), block, maxPerDay));
                    } else if (t.maxPeriodsPerDay() != null && block > t.maxPeriodsPerDay()) {
                        problems.add(new FieldProblem(
                                "lessons", "timetable.error.blockOverDay", l.id(), block, t.maxPeriodsPerDay()));
                    }
                }
            }
            int needed =
                    inBlocks ? l.blocks().size() : maxPerDay > 0 ? (l.periodsPerWeek() + maxPerDay - 1) / maxPerDay : 1;
            if (needed > days) {
                problems.add(new FieldProblem("lessons", "timetable.error.lessonDays", l.id(), needed, days));
            }
        }
    }

    /** How many days hold one of these slots. */
    private int daysWith(SlotSet slots) {
        boolean[] day = new boolean[p.days().size()];
        for (int s = 0; s < slotName.size(); s++) {
            day[slotDay.get(s)] |= slots.has(s);
        }
        int n = 0;
        for (boolean d : day) {
            n += d ? 1 : 0;
        }
        return n;
    }

    private void classes() {
        for (SchoolClass c : p.classes()) {
            SlotSet week = weekOf.get(c.id());
            List<Lesson> own = byClass.getOrDefault(c.id(), List.of());
            SlotSet free = week.andNot(fixed(own));
            Map<SlotSet, Group> groups = new LinkedHashMap<>();
            int placed = 0;
            for (Lesson l : own) {
                int left = l.periodsPerWeek() - fixedAt.get(l.id()).count();
                if (left > 0) {
                    groups.computeIfAbsent(free.and(openTo.get(l.teacher())), Group::new)
                            .add(l, left);
                    placed++;
                }
            }
            Shortfall s = shortfall(new ArrayList<>(groups.values()));
            if (s == null) {
                continue;
            }
            if (s.slots() == free.count() && s.lessons().size() == placed) {
                // Every lesson in every free slot: the week itself is too short, fixed periods (chào cờ) included.
                problems.add(new FieldProblem(
                        "classes",
                        "timetable.error.classOverfull",
                        c.id(),
                        own.stream().mapToInt(Lesson::periodsPerWeek).sum(),
                        week.count()));
            } else {
                problems.add(new FieldProblem(
                        "classes",
                        "timetable.error.classLessonsOverfull",
                        c.id(),
                        names(s.lessons(), true),
                        s.periods(),
                        s.slots()));
            }
        }
    }

    private void teachers() {
        for (Teacher t : p.teachers()) {
            List<Lesson> own = byTeacher.getOrDefault(t.id(), List.of());
            if (own.isEmpty()) {
                continue;
            }
            SlotSet fixed = fixed(own);
            SlotSet open = openTo.get(t.id()).andNot(fixed);
            Map<SlotSet, Group> groups = new LinkedHashMap<>();
            for (Lesson l : own) {
                int left = l.periodsPerWeek() - fixedAt.get(l.id()).count();
                if (left > 0) {
                    groups.computeIfAbsent(open.and(weekOf.get(l.classId())), Group::new)
                            .add(l, left);
                }
            }
            Shortfall s = shortfall(new ArrayList<>(groups.values()));
            int periods = own.stream().mapToInt(Lesson::periodsPerWeek).sum();
            int limit = limitByDays(t, open, fixed);
            if (s != null && (s.lessons().size() < own.size() || s.slots() < limit)) {
                problems.add(new FieldProblem(
                        "teachers",
                        "timetable.error.teacherLessonsOverfull",
                        label(t),
                        names(s.lessons(), false),
                        s.periods(),
                        s.slots()));
            } else if (periods > limit) {
                problems.add(new FieldProblem("teachers", "timetable.error.teacherOverfull", label(t), periods, limit));
            }
        }
    }

    /** The most periods the teacher's days and periods a day allow: the best days, fixed periods included. */
    private int limitByDays(Teacher t, SlotSet open, SlotSet fixed) {
        SlotSet usable = open.or(fixed);
        List<Integer> perDay = new ArrayList<>();
        for (int d = 0; d < p.days().size(); d++) {
            int n = 0;
            for (int s = 0; s < slotName.size(); s++) {
                if (slotDay.get(s) == d && usable.has(s)) {
                    n++;
                }
            }
            perDay.add(t.maxPeriodsPerDay() == null ? n : Math.min(n, t.maxPeriodsPerDay()));
        }
        perDay.sort((a, b) -> b - a);
        int days = t.maxDaysPerWeek() == null ? perDay.size() : Math.min(perDay.size(), t.maxDaysPerWeek());
        return perDay.subList(0, days).stream().mapToInt(Integer::intValue).sum();
    }

    private void rooms() {
        for (Room r : list(p.rooms())) {
            List<Lesson> using = byRoom.getOrDefault(r.id(), List.of());
            SlotSet slots = SlotSet.none(slotName.size());
            for (Lesson l : using) {
                slots = slots.or(weekOf.get(l.classId()));
            }
            int capacity = r.capacity() == null ? 1 : r.capacity();
            int periods = using.stream().mapToInt(Lesson::periodsPerWeek).sum();
            if (periods > slots.count() * capacity) {
                problems.add(new FieldProblem(
                        "rooms", "timetable.error.roomOverfull", r.id(), periods, slots.count() * capacity));
            }
        }
    }

    /** Lessons whose periods may go to the same slots. */
    private static final class Group {

        final SlotSet slots;

        final List<Lesson> lessons = new ArrayList<>();

        int periods;

        Group(SlotSet slots) {
            this.slots = slots;
        }

        void add(Lesson l, int left) {
            lessons.add(l);
            periods += left;
        }
    }

    /** Lessons needing more periods than the slots open to any of them. */
    private record Shortfall(List<Lesson> lessons, int periods, int slots) {}

    /**
     * The smallest set of groups whose periods exceed the slots open to them, fewest lessons first, then the largest
     * shortfall; null when every set fits (then each period can have its own slot, by Hall's theorem). With many
     * groups only the whole is checked.
     */
    private static Shortfall shortfall(List<Group> groups) {
        if (groups.size() > MAX_GROUPS) {
            int periods = groups.stream().mapToInt(g -> g.periods).sum();
            int slots = groups.stream()
                    .map(g -> g.slots)
                    .reduce(SlotSet::or)
                    .orElseThrow()
                    .count();
            return periods > slots
                    ? new Shortfall(
                            groups.stream().flatMap(g -> g.lessons.stream()).toList(), periods, slots)
                    : null;
        }
        int bestSet = -1;
        int bestLessons = Integer.MAX_VALUE;
        int bestExcess = 0;
        int[] periods = new int[1 << groups.size()];
        SlotSet[] slots = new SlotSet[1 << groups.size()];
        int[] lessons = new int[1 << groups.size()];
        for (int set = 1; set < 1 << groups.size(); set++) {
            int low = Integer.numberOfTrailingZeros(set);
            int rest = set & set - 1;
            Group g = groups.get(low);
            periods[set] = periods[rest] + g.periods;
            slots[set] = rest == 0 ? g.slots : slots[rest].or(g.slots);
            lessons[set] = lessons[rest] + g.lessons.size();
            int excess = periods[set] - slots[set].count();
            if (excess > 0 && (lessons[set] < bestLessons || lessons[set] == bestLessons && excess > bestExcess)) {
                bestSet = set;
                bestLessons = lessons[set];
                bestExcess = excess;
            }
        }
        if (bestSet < 0) {
            return null;
        }
        List<Lesson> named = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if ((bestSet >> i & 1) != 0) {
                named.addAll(groups.get(i).lessons);
            }
        }
        return new Shortfall(named, periods[bestSet], slots[bestSet].count());
    }

    /** A class's lessons with their teachers, as 6A1-TOAN (GV1); a teacher's lessons by id alone. */
    private static String names(List<Lesson> lessons, boolean withTeacher) {
        return lessons.stream()
                .map(l -> withTeacher ? l.id() + " (" + l.teacher() + ")" : l.id())
                .collect(Collectors.joining(", "));
    }

    /** Name and id, as Nguyễn Thị Lan (GV12): a school's teachers are known by name, a script's by id. */
    private static String label(Teacher t) {
        return t.name() == null || t.name().isBlank() || t.name().equals(t.id())
                ? t.id()
                : t.name() + " (" + t.id() + ")";
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
