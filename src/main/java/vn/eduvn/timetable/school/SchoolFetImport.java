package vn.eduvn.timetable.school;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.text.VietnameseText;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.StaffView;
import vn.eduvn.timetable.fet.FetFile;

/**
 * Brings a school's FET file into its own timetable problem, the inverse of the FET export: FET's teachers are
 * matched to the school's staff (by the export's {@code GV<id>} or by full name), its students sets to this year's
 * classes and its subjects to the programme's (by code or name). Each class's subject becomes a teaching assignment
 * with its teacher, its periods a week (the activities' hours) and its blocks (their lengths); teachers' compulsory
 * unavailable times (whole sessions), most days a week and most hours a day become their requests; the number of
 * days sets whether the school studies on Saturday; a class's sessions (those not unavailable on every day) and
 * no gaps become its class rule. Chào cờ and sinh hoạt lớp are the week's fixed periods, which
 * EduVN places itself: they count towards HĐTN's periods, as in the 2018 programme.
 *
 * <p>{@link #plan} only reads and says what would change and what it could not match; {@link #apply} writes a plan
 * in one transaction, so a refusal changes nothing. Constraints other than those above are listed by type, not
 * brought in: EduVN's own rules stand in for them.
 */
@Service
@Transactional
public class SchoolFetImport {

    static final List<String> DAYS = List.of("T2", "T3", "T4", "T5", "T6", "T7");

    private static final Pattern SESSION_HOUR = Pattern.compile("(SANG|CHIEU) (\\d+)");

    private static final Pattern EXPORTED_TEACHER = Pattern.compile("GV(\\d+)");

    private static final Map<String, String> FIXED =
            Map.of("chao co", "CHAO_CO", "sinh hoat lop", "SINH_HOAT_LOP", "shl", "SINH_HOAT_LOP");

    private final RegistryApi registry;

    private final LessonSettings settings;

    private final TeacherRequests requests;

    private final WeekRules weekRules;

    private final FixedLessons fixedLessons;

    SchoolFetImport(
            RegistryApi registry,
            LessonSettings settings,
            TeacherRequests requests,
            WeekRules weekRules,
            FixedLessons fixedLessons) {
        this.fixedLessons = fixedLessons;
        this.registry = registry;
        this.settings = settings;
        this.requests = requests;
        this.weekRules = weekRules;
    }

    /**
     * A class's subject as the file has it: its teacher, periods a week, blocks (null: single periods) and the shared
     * room it needs (null: none).
     */
    public record Lesson(
            long classId,
            String className,
            String subjectCode,
            String subjectName,
            long staffId,
            String teacherName,
            int periodsPerWeek,
            List<Integer> blocks,
            String room) {}

    /** Where the file puts chào cờ or sinh hoạt lớp: a day (T2 to T7) and a period of its session (null: the last). */
    public record FixedTime(String day, Integer period) {}

    /** A period of a lesson the file fixes: a day, a session (SANG, CHIEU) and a period of it. */
    public record FixedPeriod(
            long classId,
            String className,
            String subjectCode,
            String subjectName,
            String day,
            String session,
            int period) {}

    /** A shared room the file's lessons need, and how many classes it holds at once. */
    public record Room(String code, String name, int capacity) {}

    /** A class's subject, which the file's activities of one class and one teacher are grouped by. */
    private record ClassSubject(ClassView schoolClass, String subjectCode) {}

    /** A teacher's request as the file has it: whole sessions off ("T4/SANG"), most hours a day, most days a week. */
    public record Request(
            long staffId,
            String teacherName,
            List<String> unavailable,
            Integer maxPeriodsPerDay,
            Integer maxDaysPerWeek) {}

    /**
     * A class's rules as the file has them: the sessions it studies (those not unavailable on every day) and whether
     * its days have no gaps (FET's students set max gaps per week 0).
     */
    public record ClassRule(long classId, String className, List<String> sessions, boolean noGaps) {}

    /**
     * What importing the file would do: the week (Saturday or not, periods of a morning and an afternoon, where chào
     * cờ and sinh hoạt lớp go, null where the file does not say), the lessons and their fixed periods, requests and
     * class rules, the shared
     * rooms (when the file speaks of rooms at all, a lesson without one needs none), and what it leaves out — names
     * it could not match, activities it could not place in a class, and the constraint types it does not bring in,
     * with their counts.
     */
    public record Plan(
            boolean saturday,
            int morningPeriods,
            int afternoonPeriods,
            FixedTime flag,
            FixedTime meeting,
            List<Lesson> lessons,
            List<FixedPeriod> fixedPeriods,
            List<Request> requests,
            List<ClassRule> classRules,
            boolean roomsInFile,
            List<Room> rooms,
            List<String> unmatchedTeachers,
            List<String> unmatchedClasses,
            List<String> unmatchedSubjects,
            List<Integer> activitiesLeftOut,
            Map<String, Integer> constraintsLeftOut) {}

    /** Only the school's principal (or an administrator) imports: teaching assignments change with it. */
    @Transactional(readOnly = true)
    public void requireImporter(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, true);
    }

    /** Reads the file against the school's data; changes nothing. */
    @Transactional(readOnly = true)
    public Plan plan(long schoolUnitId, FetFile file) {
        registry.requirePrincipal(schoolUnitId, true);
        WeekRules.Week week = weekRules.week(schoolUnitId);
        int[] sessionOf = new int[file.hours().size()];
        int[] periods = sessions(file, week, sessionOf);

        Map<String, StaffView> staffByName = new HashMap<>();
        Map<Long, StaffView> staffById = new HashMap<>();
        for (StaffView s : registry.staff(schoolUnitId)) {
            staffByName.putIfAbsent(key(s.fullName()), s);
            staffById.put(s.id(), s);
        }
        Map<String, ClassView> classByName = new HashMap<>();
        registry.classes(schoolUnitId).forEach(c -> classByName.put(key(c.name()), c));
        Map<String, String> subjectByName = new HashMap<>();
        Map<String, String> subjectNames = registry.subjectNames();
        subjectNames.forEach((code, name) -> {
            subjectByName.put(subjectKey(code), code);
            subjectByName.putIfAbsent(subjectKey(name), code);
        });

        List<String> unmatchedTeachers = new ArrayList<>();
        Map<String, StaffView> teachers = new LinkedHashMap<>();
        for (String t : file.teachers()) {
            StaffView s = teacher(t, staffByName, staffById);
            if (s == null) {
                unmatchedTeachers.add(t);
            } else {
                teachers.put(t, s);
            }
        }
        List<String> unmatchedClasses = new ArrayList<>();
        List<String> unmatchedSubjects = new ArrayList<>();
        List<Integer> leftOut = new ArrayList<>();
        Map<ClassSubject, List<FetFile.Activity>> byLesson = new LinkedHashMap<>();
        Map<Long, Integer> fixedPeriods = new HashMap<>();
        for (FetFile.Activity a : file.activities()) {
            if (!a.active()) {
                continue;
            }
            List<ClassView> classes = new ArrayList<>();
            for (String students : a.students()) {
                ClassView c = classByName.get(key(students));
                if (c == null && !unmatchedClasses.contains(students)) {
                    unmatchedClasses.add(students);
                }
                classes.add(c);
            }
            String fixed = FIXED.get(subjectKey(a.subject()));
            if (fixed != null) {
                classes.stream()
                        .filter(c -> c != null)
                        .forEach(c -> fixedPeriods.merge(c.id(), a.duration(), Integer::sum));
                continue;
            }
            String subject = subjectByName.get(subjectKey(a.subject()));
            if (subject == null && !unmatchedSubjects.contains(a.subject())) {
                unmatchedSubjects.add(a.subject());
            }
            // A lesson is one class's subject with one teacher; joint activities have no counterpart in EduVN.
            if (subject == null
                    || classes.size() != 1
                    || classes.get(0) == null
                    || a.teachers().size() != 1
                    || !teachers.containsKey(a.teachers().get(0))) {
                leftOut.add(a.id());
                continue;
            }
            byLesson.computeIfAbsent(new ClassSubject(classes.get(0), subject), k -> new ArrayList<>())
                    .add(a);
        }
        Map<String, Integer> constraintsLeftOut = new TreeMap<>();
        FetRooms fetRooms = new FetRooms(file, constraintsLeftOut);
        List<Lesson> lessons = new ArrayList<>();
        byLesson.forEach((lesson, activities) -> {
            ClassView c = lesson.schoolClass();
            StaffView teacher = teachers.get(activities.get(0).teachers().get(0));
            List<Integer> blocks = new ArrayList<>(
                    activities.stream().map(FetFile.Activity::duration).toList());
            blocks.sort(java.util.Comparator.reverseOrder());
            int hours = blocks.stream().mapToInt(Integer::intValue).sum();
            if (SchoolProblem.includesFixedPeriods(lesson.subjectCode())) {
                // EduVN takes the fixed periods out of HĐTN's again when it places them.
                hours += fixedPeriods.getOrDefault(c.id(), 0);
                blocks = null;
            }
            lessons.add(new Lesson(
                    c.id(),
                    c.name(),
                    lesson.subjectCode(),
                    subjectNames.get(lesson.subjectCode()),
                    teacher.id(),
                    teacher.fullName(),
                    hours,
                    blocks == null || blocks.stream().allMatch(b -> b == 1) ? null : blocks,
                    fetRooms.roomOf(
                            activities.stream().map(FetFile.Activity::id).toList())));
        });
        // A request is kept for a teacher who teaches here (the file's lessons or the school's assignments).
        java.util.Set<Long> teaching = new java.util.HashSet<>();
        lessons.forEach(l -> teaching.add(l.staffId()));
        registry.teachingAssignments(schoolUnitId).forEach(a -> teaching.add(a.staffId()));
        Map<String, StaffView> teachingHere = new LinkedHashMap<>(teachers);
        teachingHere.values().removeIf(s -> !teaching.contains(s.id()));
        ClassRules classRules = new ClassRules(file, classByName, sessionOf);
        Map<Integer, String> lessonOfActivity = new HashMap<>();
        Map<String, ClassSubject> lessonByKey = new HashMap<>();
        byLesson.forEach((lesson, activities) -> {
            String key = lesson.schoolClass().id() + "/" + lesson.subjectCode();
            lessonByKey.put(key, lesson);
            activities.forEach(a -> lessonOfActivity.put(a.id(), key));
        });
        FetFixedPeriods fixedTimes =
                new FetFixedPeriods(file, sessionOf, subject -> FIXED.get(subjectKey(subject)), lessonOfActivity);
        List<Request> asked = requests(
                file,
                teachingHere,
                sessionOf,
                c -> classRules.read(c, compulsory(c)) || fixedTimes.read(c, compulsory(c)),
                constraintsLeftOut);
        if (classRules.earlyAlone() > 0) {
            constraintsLeftOut.merge(
                    "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour", classRules.earlyAlone(), Integer::sum);
        }
        List<ClassRule> rules = classRules.found(registry.classes(schoolUnitId));
        FixedTime flag = fixedTimes.of("CHAO_CO", constraintsLeftOut);
        FixedTime meeting = fixedTimes.of("SINH_HOAT_LOP", constraintsLeftOut);
        List<FixedPeriod> fixedInLessons = new ArrayList<>();
        fixedTimes.lessonPlaces().forEach((key, places) -> {
            ClassSubject lesson = lessonByKey.get(key);
            places.forEach(p -> fixedInLessons.add(new FixedPeriod(
                    lesson.schoolClass().id(),
                    lesson.schoolClass().name(),
                    lesson.subjectCode(),
                    subjectNames.get(lesson.subjectCode()),
                    p.day(),
                    p.session(),
                    p.period())));
        });
        java.util.Set<String> roomsUsed = new java.util.HashSet<>();
        lessons.stream().filter(l -> l.room() != null).forEach(l -> roomsUsed.add(l.room()));
        return new Plan(
                file.days().size() > 5,
                periods[0],
                periods[1],
                flag,
                meeting,
                lessons,
                fixedInLessons,
                asked,
                rules,
                fetRooms.any(),
                fetRooms.rooms(roomsUsed),
                unmatchedTeachers,
                unmatchedClasses,
                unmatchedSubjects,
                leftOut,
                constraintsLeftOut);
    }

    /** Writes a plan: the week, each lesson's assignment and settings, each teacher's request, all or nothing. */
    public void apply(long schoolUnitId, Plan plan) {
        registry.requirePrincipal(schoolUnitId, true);
        WeekRules.Week week = weekRules.week(schoolUnitId);
        // Sinh hoạt lớp on a Saturday the new week no longer has moves to Friday; everything else of the week stays.
        // Chào cờ and sinh hoạt lớp go where the file puts them; where it does not say, they stay.
        String meetingDay = !plan.saturday() && "T7".equals(week.meetingDay()) ? "T6" : week.meetingDay();
        FixedTime flag = plan.flag() == null ? new FixedTime(week.flagDay(), week.flagPeriod()) : plan.flag();
        FixedTime meeting = plan.meeting() == null ? new FixedTime(meetingDay, week.meetingPeriod()) : plan.meeting();
        weekRules.saveWeek(
                schoolUnitId,
                new WeekRules.Week(
                        plan.saturday(),
                        plan.morningPeriods(),
                        plan.afternoonPeriods(),
                        flag.day(),
                        flag.period(),
                        meeting.day(),
                        meeting.period()));
        Map<String, Long> teacherOf = new HashMap<>();
        registry.teachingAssignments(schoolUnitId)
                .forEach(a -> teacherOf.put(a.classId() + "/" + a.subjectCode(), a.staffId()));
        for (Lesson l : plan.lessons()) {
            // An assignment that already has this teacher keeps its record (and its periods) as it is.
            if (!Long.valueOf(l.staffId()).equals(teacherOf.get(l.classId() + "/" + l.subjectCode()))) {
                registry.assign(schoolUnitId, l.classId(), l.subjectCode(), l.staffId());
            }
        }
        // A room keeps the name the school gave it: the export writes rooms by their codes.
        Map<String, String> roomNames = new HashMap<>();
        settings.rooms(schoolUnitId).forEach(r -> roomNames.put(r.code(), r.name()));
        plan.rooms()
                .forEach(r -> settings.saveRoom(
                        schoolUnitId,
                        new LessonSettings.Room(r.code(), roomNames.getOrDefault(r.code(), r.name()), r.capacity())));
        // A lesson keeps, without blocks from the file, the most periods a day the principal set, and its room when
        // the file says nothing of rooms.
        Map<String, LessonSettings.Setting> current = settings.ofSchool(schoolUnitId);
        settings.saveAll(
                schoolUnitId,
                plan.lessons().stream()
                        .map(l -> {
                            LessonSettings.Setting before = current.get(l.classId() + "/" + l.subjectCode());
                            return new LessonSettings.Setting(
                                    l.classId(),
                                    l.subjectCode(),
                                    l.periodsPerWeek(),
                                    before == null || l.blocks() != null ? null : before.maxPerDay(),
                                    l.blocks(),
                                    plan.roomsInFile() || before == null ? l.room() : before.room());
                        })
                        .toList());
        requests.saveAll(
                schoolUnitId,
                plan.requests().stream()
                        .map(r -> new TeacherRequests.Request(
                                r.staffId(), r.unavailable(), r.maxPeriodsPerDay(), r.maxDaysPerWeek()))
                        .toList());
        plan.classRules()
                .forEach(r -> weekRules.saveClassRule(
                        schoolUnitId, new WeekRules.ClassRule(r.classId(), r.sessions(), r.noGaps())));
        // The file's lessons keep the periods it fixes and no others; the school's other lessons keep theirs.
        fixedLessons.replace(
                schoolUnitId,
                plan.lessons().stream()
                        .map(l -> l.classId() + "/" + l.subjectCode())
                        .collect(java.util.stream.Collectors.toSet()),
                plan.fixedPeriods().stream()
                        .map(f -> new FixedLessons.Fixed(
                                null, f.classId(), f.className(), f.subjectCode(), f.day(), f.session(), f.period()))
                        .toList());
    }

    /**
     * The file's rules on this year's classes: whole sessions a class never studies (unavailable on every day) and
     * no gaps (max gaps per week 0, for the class or for all students; FET's max beginnings at second hour 0, which
     * EduVN's no-gaps rule includes, goes with it).
     */
    private static final class ClassRules {

        private final FetFile file;

        private final Map<String, ClassView> classByName;

        private final int[] sessionOf;

        private final Map<Long, List<String>> offSessions = new HashMap<>();

        private final java.util.Set<Long> noGaps = new java.util.HashSet<>();

        private final java.util.Set<Long> early = new java.util.HashSet<>();

        private boolean noGapsForAll;

        ClassRules(FetFile file, Map<String, ClassView> classByName, int[] sessionOf) {
            this.file = file;
            this.classByName = classByName;
            this.sessionOf = sessionOf;
        }

        /** Reads a constraint on students if it is one of these; false otherwise (it is then left out). */
        boolean read(FetFile.Node c, boolean compulsory) {
            ClassView schoolClass = classByName.get(key(c.child("Students").orElse("")));
            switch (c.name()) {
                case "ConstraintStudentsSetNotAvailableTimes" -> {
                    Off off = compulsory && schoolClass != null ? sessionsOffEveryDay(c) : new Off(List.of(), false);
                    if (!off.sessions().isEmpty()) {
                        offSessions.put(schoolClass.id(), off.sessions());
                    }
                    // Hours off outside those sessions have no counterpart: the constraint is then listed too.
                    return !off.sessions().isEmpty() && off.whole();
                }
                case "ConstraintStudentsSetMaxGapsPerWeek", "ConstraintStudentsMaxGapsPerWeek" -> {
                    boolean all = c.name().equals("ConstraintStudentsMaxGapsPerWeek");
                    if (!compulsory || parse(c.child("Max_Gaps").orElse("1")) != 0 || !all && schoolClass == null) {
                        return false;
                    }
                    if (all) {
                        noGapsForAll = true;
                    } else {
                        noGaps.add(schoolClass.id());
                    }
                    return true;
                }
                case "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour" -> {
                    if (compulsory
                            && schoolClass != null
                            && parse(c.child("Max_Beginnings_At_Second_Hour").orElse("1")) == 0) {
                        early.add(schoolClass.id());
                        return true;
                    }
                    return false;
                }
                default -> {
                    return false;
                }
            }
        }

        /**
         * Sessions (SANG, CHIEU) unavailable on every day of the file, and whether that is all the constraint says
         * (hours off outside them have no counterpart in EduVN's class rules).
         */
        private record Off(List<String> sessions, boolean whole) {}

        private Off sessionsOffEveryDay(FetFile.Node c) {
            boolean[][] unavailable = unavailable(file, c);
            boolean[][] off = sessionsOff(unavailable, sessionOf);
            List<String> sessions = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                boolean everyDay = off.length > 0;
                for (boolean[] day : off) {
                    everyDay &= day[s];
                }
                if (everyDay) {
                    sessions.add(WeekRules.SESSIONS.get(s));
                }
            }
            boolean whole = true;
            for (boolean[] day : unavailable) {
                for (int h = 0; h < day.length; h++) {
                    whole &= !day[h] || sessions.contains(WeekRules.SESSIONS.get(sessionOf[h]));
                }
            }
            return new Off(sessions, whole);
        }

        /** A rule for each class the file says something about; the rest keep theirs. */
        List<ClassRule> found(List<ClassView> classes) {
            List<ClassRule> found = new ArrayList<>();
            for (ClassView c : classes) {
                boolean gaps = noGapsForAll || noGaps.contains(c.id());
                List<String> off = offSessions.get(c.id());
                if (!gaps && off == null) {
                    continue;
                }
                // The file's word on the class is taken whole: it studies in the file's sessions but those unavailable
                // every day, and no max gaps constraint means gaps are allowed.
                List<String> sessions = new ArrayList<>();
                for (int session = 0; session < 2; session++) {
                    String name = WeekRules.SESSIONS.get(session);
                    if (hasHours(session) && (off == null || !off.contains(name))) {
                        sessions.add(name);
                    }
                }
                if (!sessions.isEmpty()) {
                    found.add(new ClassRule(c.id(), c.name(), sessions, gaps));
                }
            }
            return found;
        }

        private boolean hasHours(int session) {
            for (int s : sessionOf) {
                if (s == session) {
                    return true;
                }
            }
            return false;
        }

        /** Early-start constraints of classes without a no-gaps rule, which EduVN cannot hold on their own. */
        int earlyAlone() {
            return (int) early.stream()
                    .filter(id -> !noGapsForAll && !noGaps.contains(id))
                    .count();
        }
    }

    /**
     * Which session each hour of the file's day belongs to (0 morning, 1 afternoon) and how many periods each has:
     * by the export's names ("SANG 3", "CHIEU 2"), otherwise the first hours are the morning, as many as the school's
     * morning has (all of them when there are no more than six), the rest the afternoon.
     */
    private static int[] sessions(FetFile file, WeekRules.Week week, int[] sessionOf) {
        int[] periods = {0, 0};
        List<String> hours = file.hours();
        boolean named = hours.stream().allMatch(h -> SESSION_HOUR.matcher(h).matches());
        int morning = hours.size() <= 6 ? hours.size() : week.morningPeriods();
        for (int h = 0; h < hours.size(); h++) {
            Matcher m = SESSION_HOUR.matcher(hours.get(h));
            sessionOf[h] = named ? (m.matches() && m.group(1).equals("CHIEU") ? 1 : 0) : h < morning ? 0 : 1;
            periods[sessionOf[h]]++;
        }
        if (periods[1] == 0) {
            periods[1] = week.afternoonPeriods();
        }
        periods[0] = Math.max(1, Math.min(6, periods[0]));
        periods[1] = Math.max(1, Math.min(6, periods[1]));
        return periods;
    }

    /** Whether a constraint is compulsory (weight 100 %). */
    static boolean compulsory(FetFile.Node c) {
        return c.child("Weight_Percentage").map(w -> parse(w) >= 100).orElse(false);
    }

    /** Teachers' requests; {@code taken} reads the other constraints EduVN brings in, the rest are left out. */
    private List<Request> requests(
            FetFile file,
            Map<String, StaffView> teachers,
            int[] sessionOf,
            java.util.function.Predicate<FetFile.Node> taken,
            Map<String, Integer> leftOut) {
        Map<String, List<String>> off = new LinkedHashMap<>();
        Map<String, Integer> maxDays = new HashMap<>();
        Map<String, Integer> maxHours = new HashMap<>();
        for (FetFile.Node c : file.timeConstraints()) {
            boolean active = !"false".equals(c.child("Active").orElse("true"));
            boolean compulsory = compulsory(c);
            String teacher = c.child("Teacher_Name").orElse(c.child("Teacher").orElse(null));
            boolean ours = active && compulsory && teacher != null && teachers.containsKey(teacher);
            switch (c.name()) {
                case "ConstraintBasicCompulsoryTime" -> {}
                case "ConstraintTeacherNotAvailableTimes" -> {
                    if (ours) {
                        off.put(teacher, wholeSessions(file, c, sessionOf));
                    } else if (active) {
                        leftOut.merge(c.name(), 1, Integer::sum);
                    }
                }
                case "ConstraintTeacherMaxDaysPerWeek" -> {
                    if (ours) {
                        maxDays.put(teacher, (int)
                                parse(c.child("Max_Days_Per_Week").orElse("0")));
                    } else if (active) {
                        leftOut.merge(c.name(), 1, Integer::sum);
                    }
                }
                case "ConstraintTeacherMaxHoursDaily" -> {
                    if (ours) {
                        maxHours.put(teacher, (int)
                                parse(c.child("Maximum_Hours_Daily").orElse("0")));
                    } else if (active) {
                        leftOut.merge(c.name(), 1, Integer::sum);
                    }
                }
                default -> {
                    if (active && !taken.test(c)) {
                        leftOut.merge(c.name(), 1, Integer::sum);
                    }
                }
            }
        }
        List<Request> asked = new ArrayList<>();
        teachers.forEach((name, staff) -> {
            Integer days = maxDays.get(name);
            Integer hours = maxHours.get(name);
            List<String> sessions = off.getOrDefault(name, List.of());
            if (!sessions.isEmpty() || days != null || hours != null) {
                asked.add(new Request(
                        staff.id(),
                        staff.fullName(),
                        sessions,
                        hours == null || hours < 1 || hours > 10 ? null : hours,
                        days == null || days < 1 || days > 6 ? null : days));
            }
        });
        return asked;
    }

    /** The sessions (T4/SANG) in which every hour is unavailable; EduVN's requests are by session. */
    private static List<String> wholeSessions(FetFile file, FetFile.Node c, int[] sessionOf) {
        boolean[][] off = sessionsOff(unavailable(file, c), sessionOf);
        List<String> sessions = new ArrayList<>();
        for (int d = 0; d < Math.min(DAYS.size(), off.length); d++) {
            for (int s = 0; s < 2; s++) {
                if (off[d][s]) {
                    sessions.add(DAYS.get(d) + "/" + WeekRules.SESSIONS.get(s));
                }
            }
        }
        return sessions;
    }

    /** A constraint's unavailable times as a grid of the file's days and hours. */
    private static boolean[][] unavailable(FetFile file, FetFile.Node c) {
        boolean[][] off = new boolean[file.days().size()][file.hours().size()];
        for (FetFile.Node t : c.all("Not_Available_Time")) {
            int d = file.days().indexOf(t.child("Day").orElse(""));
            int h = file.hours().indexOf(t.child("Hour").orElse(""));
            if (d >= 0 && h >= 0) {
                off[d][h] = true;
            }
        }
        return off;
    }

    /** Per day, whether each session (0 morning, 1 afternoon) that has hours is unavailable in every one of them. */
    private static boolean[][] sessionsOff(boolean[][] unavailable, int[] sessionOf) {
        boolean[][] off = new boolean[unavailable.length][2];
        for (int d = 0; d < unavailable.length; d++) {
            for (int s = 0; s < 2; s++) {
                boolean any = false;
                boolean all = true;
                for (int h = 0; h < sessionOf.length; h++) {
                    if (sessionOf[h] == s) {
                        any = true;
                        all &= unavailable[d][h];
                    }
                }
                off[d][s] = any && all;
            }
        }
        return off;
    }

    private static StaffView teacher(String name, Map<String, StaffView> byName, Map<Long, StaffView> byId) {
        Matcher m = EXPORTED_TEACHER.matcher(name);
        if (m.matches()) {
            StaffView s = byId.get(Long.parseLong(m.group(1)));
            if (s != null) {
                return s;
            }
        }
        return byName.get(key(name));
    }

    /** People's and classes' names compared as typed: case, the accents' encoding and spacing aside. */
    private static String key(String name) {
        return VietnameseText.tidy(name).toLowerCase(Locale.ROOT);
    }

    /** Subjects compared more loosely, without marks ("Chào cờ", "chao co", "CHAO_CO"): their names are few. */
    private static String subjectKey(String name) {
        return VietnameseText.fold(name).replace('_', ' ');
    }

    static double parse(String number) {
        try {
            return Double.parseDouble(number.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
