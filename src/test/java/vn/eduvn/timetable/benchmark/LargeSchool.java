package vn.eduvn.timetable.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableProblem.Lesson;

/**
 * A large lower-secondary school made from the shared 24-class example: {@code perGrade} classes in each of grades
 * 6 to 9, each with the weekly lessons of that grade's first class in the example (29–30 periods, doubles,
 * computer room and sports ground), subject teachers each given as many classes as fit about 18 periods a week,
 * and a different homeroom teacher for every class (chào cờ, sinh hoạt lớp, HĐTN) among its own teachers.
 */
final class LargeSchool {

    private LargeSchool() {}

    static TimetableProblem of(TimetableProblem example, int perGrade) {
        Map<Integer, List<Lesson>> template = new HashMap<>();
        for (var c : example.classes()) {
            template.computeIfAbsent(
                    c.grade(),
                    g -> example.lessons().stream()
                            .filter(l -> l.classId().equals(c.id()))
                            .toList());
        }
        List<TimetableProblem.SchoolClass> classes = new ArrayList<>();
        for (int grade = 6; grade <= 9; grade++) {
            for (int n = 1; n <= perGrade; n++) {
                classes.add(new TimetableProblem.SchoolClass(grade + "A" + n, grade, List.of("SANG"), null, true));
            }
        }
        // Subject teachers: a new one whenever the current one's week would pass about 18 periods.
        Map<String, String> teacherOf = new LinkedHashMap<>();
        Map<String, Integer> load = new HashMap<>();
        Map<String, String> current = new HashMap<>();
        int teachers = 0;
        for (var c : classes) {
            for (Lesson l : template.get(c.grade())) {
                if (List.of("CHAO_CO", "SINH_HOAT_LOP", "HDTN").contains(l.subject())) {
                    continue;
                }
                String t = current.get(l.subject());
                if (t == null || load.get(t) + l.periodsPerWeek() > 18) {
                    t = String.format("GV%03d", ++teachers);
                    current.put(l.subject(), t);
                    load.put(t, 0);
                }
                load.merge(t, l.periodsPerWeek(), Integer::sum);
                teacherOf.put(c.id() + "-" + l.subject(), t);
            }
        }
        List<Lesson> lessons = new ArrayList<>();
        List<TimetableProblem.Fixed> fixed = new ArrayList<>();
        Set<String> homerooms = new HashSet<>();
        List<TimetableProblem.SchoolClass> withHomeroom = new ArrayList<>();
        for (var c : classes) {
            String homeroom = null;
            for (int least : new int[] {3, 1}) {
                for (Lesson l : template.get(c.grade())) {
                    String t = teacherOf.get(c.id() + "-" + l.subject());
                    if (t != null && homeroom == null && !homerooms.contains(t) && l.periodsPerWeek() >= least) {
                        homeroom = t;
                    }
                }
            }
            if (homeroom == null) {
                homeroom = String.format("GV%03d", ++teachers);
            }
            homerooms.add(homeroom);
            withHomeroom.add(new TimetableProblem.SchoolClass(c.id(), c.grade(), c.sessions(), homeroom, true));
            for (Lesson l : template.get(c.grade())) {
                String t = teacherOf.getOrDefault(c.id() + "-" + l.subject(), homeroom);
                lessons.add(new Lesson(
                        c.id() + "-" + l.subject(),
                        c.id(),
                        l.subject(),
                        t,
                        l.periodsPerWeek(),
                        l.maxPerDay(),
                        l.blocks(),
                        l.room()));
            }
            fixed.add(new TimetableProblem.Fixed(c.id() + "-CHAO_CO", "T2", "SANG", 1));
            fixed.add(new TimetableProblem.Fixed(c.id() + "-SINH_HOAT_LOP", "T7", "SANG", 5));
        }
        List<TimetableProblem.Teacher> staff = new ArrayList<>();
        for (int i = 1; i <= teachers; i++) {
            staff.add(new TimetableProblem.Teacher(String.format("GV%03d", i), "Giáo viên " + i, 5, null, List.of()));
        }
        int scale = (int) Math.ceil(classes.size() / 24.0);
        List<TimetableProblem.Room> rooms = example.rooms().stream()
                .map(r ->
                        new TimetableProblem.Room(r.id(), r.name(), (r.capacity() == null ? 1 : r.capacity()) * scale))
                .toList();
        return new TimetableProblem(
                TimetableProblem.FORMAT,
                "THCS " + classes.size() + " lớp (sinh từ mẫu 24 lớp)",
                example.days(),
                example.periodsPerSession(),
                rooms,
                staff,
                withHomeroom,
                lessons,
                fixed);
    }
}
