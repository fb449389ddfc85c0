package vn.eduvn.timetable.school;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.TeachingAssignmentView;
import vn.eduvn.timetable.format.TimetableProblem;

/**
 * A school's timetabling problem built from its own data: the week the principal set ({@link WeekRules}), this
 * year's classes (by default one session a day = mornings without gaps, two = mornings and afternoons; the principal
 * may change a class's sessions and gaps), the teachers of its teaching assignments, one lesson per assignment
 * with the periods the principal gave it, and the fixed periods every class has with its homeroom teacher — chào
 * cờ (Monday's first period by default, in the class's first session) and sinh hoạt lớp (the week's last period
 * of the class's last session by default) — taken out of the experiential activities (HĐTN), whose weekly
 * periods include them in the 2018 programme — and the periods of other lessons the principal fixed
 * ({@link FixedLessons}).
 */
@Component
class SchoolProblem {

    private final RegistryApi registry;

    private final TeacherRequests requests;

    private final LessonSettings settings;

    private final WeekRules weekRules;

    private final FixedLessons fixedLessons;

    SchoolProblem(
            RegistryApi registry,
            TeacherRequests requests,
            LessonSettings settings,
            WeekRules weekRules,
            FixedLessons fixedLessons) {
        this.registry = registry;
        this.requests = requests;
        this.settings = settings;
        this.weekRules = weekRules;
        this.fixedLessons = fixedLessons;
    }

    TimetableProblem of(long schoolUnitId, String name) {
        List<ClassView> classes = registry.classes(schoolUnitId);
        List<TeachingAssignmentView> assignments = registry.teachingAssignments(schoolUnitId);
        WeekRules.Week week = weekRules.week(schoolUnitId);
        Map<Long, WeekRules.ClassRule> rules = weekRules.classRules(schoolUnitId);
        LinkedHashMap<String, Integer> sessions = new LinkedHashMap<>();
        for (String session : WeekRules.SESSIONS) {
            if (classes.stream()
                    .anyMatch(c -> WeekRules.ruleFor(c, rules).sessions().contains(session))) {
                sessions.put(session, week.periods(session));
            }
        }
        if (sessions.isEmpty()) {
            sessions.put("SANG", week.morningPeriods());
        }
        Map<Long, String> teacherNames = new LinkedHashMap<>();
        assignments.forEach(a -> teacherNames.put(a.staffId(), a.staffName()));
        classes.stream()
                .filter(c -> c.homeroomStaffId() != null)
                .forEach(c -> teacherNames.putIfAbsent(c.homeroomStaffId(), c.homeroomName()));
        Map<Long, TeacherRequests.Request> asked = requests.ofSchool(schoolUnitId);
        List<TimetableProblem.Teacher> teachers = new ArrayList<>();
        teacherNames.forEach((id, n) -> {
            TeacherRequests.Request r = asked.get(id);
            List<TimetableProblem.Unavailable> off = new ArrayList<>();
            if (r != null) {
                r.unavailable().stream()
                        .map(s -> s.split("/"))
                        .filter(s -> sessions.containsKey(s[1]))
                        .forEach(s -> off.add(new TimetableProblem.Unavailable(s[0], s[1], null)));
            }
            teachers.add(new TimetableProblem.Teacher(
                    teacher(id),
                    n,
                    r == null ? null : r.maxPeriodsPerDay(),
                    r == null ? null : r.maxDaysPerWeek(),
                    off));
        });
        List<TimetableProblem.SchoolClass> schoolClasses = new ArrayList<>();
        List<TimetableProblem.Lesson> lessons = new ArrayList<>();
        List<TimetableProblem.Fixed> fixed = new ArrayList<>();
        Map<Long, Integer> fixedPeriods = new java.util.HashMap<>();
        for (ClassView c : classes) {
            WeekRules.ClassRule rule = WeekRules.ruleFor(c, rules);
            String homeroom = c.homeroomStaffId() == null ? null : teacher(c.homeroomStaffId());
            schoolClasses.add(
                    new TimetableProblem.SchoolClass(c.name(), c.grade(), rule.sessions(), homeroom, rule.noGaps()));
            if (homeroom == null) {
                continue;
            }
            String first = rule.sessions().get(0);
            String last = rule.sessions().get(rule.sessions().size() - 1);
            if (week.flagDay() != null) {
                lessons.add(new TimetableProblem.Lesson(
                        c.name() + "-CHAO_CO", c.name(), "CHAO_CO", homeroom, 1, null, null, null));
                fixed.add(new TimetableProblem.Fixed(
                        c.name() + "-CHAO_CO", week.flagDay(), first, week.flagPeriodIn(first)));
                fixedPeriods.merge(c.id(), 1, Integer::sum);
            }
            if (week.meetingDay() != null) {
                lessons.add(new TimetableProblem.Lesson(
                        c.name() + "-SINH_HOAT_LOP", c.name(), "SINH_HOAT_LOP", homeroom, 1, null, null, null));
                fixed.add(new TimetableProblem.Fixed(
                        c.name() + "-SINH_HOAT_LOP", week.meetingDay(), last, week.meetingPeriodIn(last)));
                fixedPeriods.merge(c.id(), 1, Integer::sum);
            }
        }
        Map<String, LessonSettings.Setting> chosen = settings.ofSchool(schoolUnitId);
        for (TeachingAssignmentView a : assignments) {
            LessonSettings.Setting setting = chosen.get(a.classId() + "/" + a.subjectCode());
            int periods = setting != null && setting.periodsPerWeek() != null
                    ? setting.periodsPerWeek()
                    : a.periodsPerWeek()
                            .setScale(0, RoundingMode.HALF_UP)
                            .max(BigDecimal.ONE)
                            .intValue();
            if (includesFixedPeriods(a.subjectCode())) {
                periods -= fixedPeriods.getOrDefault(a.classId(), 0);
            }
            if (periods <= 0) {
                continue;
            }
            List<Integer> blocks = setting == null
                            || setting.blocks() == null
                            || setting.blocks().stream()
                                            .mapToInt(Integer::intValue)
                                            .sum()
                                    != periods
                    ? null
                    : setting.blocks();
            Integer maxPerDay = setting != null && setting.maxPerDay() != null
                    ? setting.maxPerDay()
                    : blocks == null && periods >= 4 ? Integer.valueOf(2) : null;
            lessons.add(new TimetableProblem.Lesson(
                    a.className() + "-" + a.subjectCode(),
                    a.className(),
                    a.subjectCode(),
                    teacher(a.staffId()),
                    periods,
                    maxPerDay,
                    blocks,
                    setting == null ? null : setting.room()));
        }
        // A fixed period of a lesson the problem no longer has (its assignment gone), or in a session the week no
        // longer has, is left out rather than refusing the solve: the lessons page still lists it.
        java.util.Set<String> lessonIds = new java.util.HashSet<>();
        lessons.forEach(l -> lessonIds.add(l.id()));
        for (FixedLessons.Fixed f : fixedLessons.ofSchool(schoolUnitId)) {
            String lesson = f.className() + "-" + f.subjectCode();
            if (lessonIds.contains(lesson)
                    && sessions.containsKey(f.session())
                    && f.period() <= sessions.get(f.session())
                    && week.days().contains(f.day())) {
                fixed.add(new TimetableProblem.Fixed(lesson, f.day(), f.session(), f.period()));
            }
        }
        List<TimetableProblem.Room> rooms = settings.rooms(schoolUnitId).stream()
                .map(r -> new TimetableProblem.Room(r.code(), r.name(), r.capacity()))
                .toList();
        return new TimetableProblem(
                TimetableProblem.FORMAT, name, week.days(), sessions, rooms, teachers, schoolClasses, lessons, fixed);
    }

    /** Whether a subject's weekly periods include chào cờ and sinh hoạt lớp: the experiential activities (HĐTN). */
    static boolean includesFixedPeriods(String subjectCode) {
        return subjectCode.equals("HDTN") || subjectCode.equals("HDTN_HN");
    }

    /** Subject names by code, as timetables print them (the fixed periods included). */
    Map<String, String> subjectNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("CHAO_CO", "Chào cờ");
        names.put("SINH_HOAT_LOP", "Sinh hoạt lớp");
        registry.subjectNames().forEach(names::putIfAbsent);
        return names;
    }

    private static String teacher(long staffId) {
        return "GV" + staffId;
    }
}
