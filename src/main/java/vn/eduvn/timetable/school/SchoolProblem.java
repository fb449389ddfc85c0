package vn.eduvn.timetable.school;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.TeachingAssignmentView;
import vn.eduvn.timetable.format.TimetableProblem;

/**
 * A school's timetabling problem built from its own data: this year's classes (one session a day = mornings,
 * two = mornings and afternoons), the teachers of its teaching assignments, one lesson per assignment with the
 * periods the principal gave it, and the two fixed periods every class has with its homeroom teacher — chào cờ
 * on Monday's first period and sinh hoạt lớp on the week's last — taken out of the experiential activities
 * (HĐTN), whose weekly periods include them in the 2018 programme.
 */
@Component
class SchoolProblem {

    private static final List<String> DAYS = List.of("T2", "T3", "T4", "T5", "T6", "T7");

    private final RegistryApi registry;

    private final TeacherRequests requests;

    private final LessonSettings settings;

    SchoolProblem(RegistryApi registry, TeacherRequests requests, LessonSettings settings) {
        this.registry = registry;
        this.requests = requests;
        this.settings = settings;
    }

    TimetableProblem of(long schoolUnitId, String name) {
        List<ClassView> classes = registry.classes(schoolUnitId);
        List<TeachingAssignmentView> assignments = registry.teachingAssignments(schoolUnitId);
        LinkedHashMap<String, Integer> sessions = new LinkedHashMap<>();
        sessions.put("SANG", 5);
        if (classes.stream().anyMatch(c -> c.sessionsPerDay() > 1)) {
            sessions.put("CHIEU", 5);
        }
        Map<Long, String> teacherNames = new LinkedHashMap<>();
        assignments.forEach(a -> teacherNames.put(a.staffId(), a.staffName()));
        classes.stream().filter(c -> c.homeroomStaffId() != null)
                .forEach(c -> teacherNames.putIfAbsent(c.homeroomStaffId(), c.homeroomName()));
        Map<Long, TeacherRequests.Request> asked = requests.ofSchool(schoolUnitId);
        List<TimetableProblem.Teacher> teachers = new ArrayList<>();
        teacherNames.forEach((id, n) -> {
            TeacherRequests.Request r = asked.get(id);
            List<TimetableProblem.Unavailable> off = new ArrayList<>();
            if (r != null) {
                r.unavailable().stream().map(s -> s.split("/")).filter(s -> sessions.containsKey(s[1]))
                    .forEach(s -> off.add(new TimetableProblem.Unavailable(s[0], s[1], null)));
            }
            teachers.add(new TimetableProblem.Teacher(teacher(id), n, r == null ? null : r.maxPeriodsPerDay(),
                    r == null ? null : r.maxDaysPerWeek(), off));
        });
        List<TimetableProblem.SchoolClass> schoolClasses = new ArrayList<>();
        List<TimetableProblem.Lesson> lessons = new ArrayList<>();
        List<TimetableProblem.Fixed> fixed = new ArrayList<>();
        Set<Long> withFixed = new LinkedHashSet<>();
        for (ClassView c : classes) {
            boolean twoSessions = c.sessionsPerDay() > 1;
            String homeroom = c.homeroomStaffId() == null ? null : teacher(c.homeroomStaffId());
            schoolClasses.add(new TimetableProblem.SchoolClass(c.name(), c.grade(),
                    twoSessions ? List.of("SANG", "CHIEU") : List.of("SANG"), homeroom, !twoSessions));
            if (homeroom != null) {
                withFixed.add(c.id());
                String last = twoSessions ? "CHIEU" : "SANG";
                lessons.add(new TimetableProblem.Lesson(c.name() + "-CHAO_CO", c.name(), "CHAO_CO", homeroom, 1, null, null, null));
                lessons.add(new TimetableProblem.Lesson(c.name() + "-SINH_HOAT_LOP", c.name(), "SINH_HOAT_LOP", homeroom, 1, null, null, null));
                fixed.add(new TimetableProblem.Fixed(c.name() + "-CHAO_CO", "T2", "SANG", 1));
                fixed.add(new TimetableProblem.Fixed(c.name() + "-SINH_HOAT_LOP", "T7", last, sessions.get(last)));
            }
        }
        Map<String, LessonSettings.Setting> chosen = settings.ofSchool(schoolUnitId);
        for (TeachingAssignmentView a : assignments) {
            LessonSettings.Setting setting = chosen.get(a.classId() + "/" + a.subjectCode());
            int periods = setting != null && setting.periodsPerWeek() != null ? setting.periodsPerWeek()
                    : a.periodsPerWeek().setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE).intValue();
            boolean activities = a.subjectCode().equals("HDTN") || a.subjectCode().equals("HDTN_HN");
            if (activities && withFixed.contains(a.classId())) {
                periods -= 2;
            }
            if (periods <= 0) {
                continue;
            }
            List<Integer> blocks = setting == null || setting.blocks() == null
                    || setting.blocks().stream().mapToInt(Integer::intValue).sum() != periods ? null : setting.blocks();
            Integer maxPerDay = setting != null && setting.maxPerDay() != null ? setting.maxPerDay()
                    : blocks == null && periods >= 4 ? Integer.valueOf(2) : null;
            lessons.add(new TimetableProblem.Lesson(a.className() + "-" + a.subjectCode(), a.className(), a.subjectCode(),
                    teacher(a.staffId()), periods, maxPerDay, blocks, setting == null ? null : setting.room()));
        }
        List<TimetableProblem.Room> rooms = settings.rooms(schoolUnitId).stream()
            .map(r -> new TimetableProblem.Room(r.code(), r.name(), r.capacity())).toList();
        return new TimetableProblem(TimetableProblem.FORMAT, name, DAYS, sessions, rooms, teachers, schoolClasses,
                lessons, fixed);
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
