package vn.eduvn.assessment.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.assessment.attendance.Attendance;
import vn.eduvn.assessment.gradebook.Gradebooks;
import vn.eduvn.assessment.results.ClassResults;
import vn.eduvn.assessment.window.TermWindows;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.TeachingAssignmentView;

/**
 * A school's academic work as its principal and clerk oversee it, and the officials above them read it: how far
 * each gradebook is filled and which teachers are late, the learning and conduct of every class and grade, and who
 * was away on a day. Everything is read from the gradebooks, results and registers as they stand; nothing is typed.
 */
@Service
@Transactional(readOnly = true)
public class SchoolAcademics {

    private final RegistryApi registry;

    private final Gradebooks gradebooks;

    private final ClassResults results;

    private final Attendance attendance;

    private final TermWindows windows;

    SchoolAcademics(
            RegistryApi registry,
            Gradebooks gradebooks,
            ClassResults results,
            Attendance attendance,
            TermWindows windows) {
        this.registry = registry;
        this.gradebooks = gradebooks;
        this.results = results;
        this.attendance = attendance;
        this.windows = windows;
    }

    /** One class's gradebook of a subject: who teaches it and how many of its marks are in. */
    public record Entry(
            long classId,
            String className,
            int grade,
            String subjectCode,
            String subjectName,
            String teacher,
            boolean opened,
            long entered,
            long expected,
            boolean late) {

        public int percent() {
            return expected == 0 ? 0 : (int) Math.min(100, entered * 100 / expected);
        }

        public boolean complete() {
            return expected > 0 && entered >= expected;
        }
    }

    /** One teacher's gradebooks of the term: how many, how many are complete, how many are late. */
    public record TeacherEntry(String teacher, int gradebooks, int complete, int late) {}

    /** Mark entry of a school's term: by class and subject, and by teacher (late ones first). */
    public record Progress(int term, boolean windowClosed, List<Entry> entries, List<TeacherEntry> teachers) {}

    public Progress progress(long schoolUnitId, int term) {
        registry.requireReader(schoolUnitId);
        List<ClassView> classes = registry.classes(schoolUnitId);
        Map<Long, Integer> grades = new HashMap<>();
        Map<Long, Long> pupils = new HashMap<>();
        classes.forEach(c -> {
            grades.put(c.id(), c.grade());
            pupils.put(c.id(), c.students());
        });
        Map<String, Gradebooks.Filling> filled = new HashMap<>();
        gradebooks
                .fillings(schoolUnitId, term, grades, pupils)
                .forEach(f -> filled.put(f.classId() + "/" + f.subjectCode(), f));
        // Once the term's entry period is over (or the term locked), every gradebook not yet full is late.
        boolean closed = windows.refusal(schoolUnitId, registry.currentYear(schoolUnitId), term) != null;
        List<Entry> entries = new ArrayList<>();
        for (TeachingAssignmentView a : registry.teachingAssignments(schoolUnitId)) {
            Gradebooks.Filling f = filled.get(a.classId() + "/" + a.subjectCode());
            long entered = f == null ? 0 : f.entered();
            long expected = f == null ? 0 : f.expected();
            boolean complete = expected > 0 && entered >= expected;
            entries.add(new Entry(
                    a.classId(),
                    a.className(),
                    a.grade(),
                    a.subjectCode(),
                    a.subjectName(),
                    a.staffName(),
                    f != null,
                    entered,
                    expected,
                    closed && !complete));
        }
        entries.sort(Comparator.comparingInt(Entry::grade)
                .thenComparing(Entry::className)
                .thenComparing(Entry::subjectName));
        Map<String, int[]> byTeacher = new TreeMap<>();
        for (Entry e : entries) {
            int[] t = byTeacher.computeIfAbsent(e.teacher() == null ? "" : e.teacher(), k -> new int[3]);
            t[0]++;
            t[1] += e.complete() ? 1 : 0;
            t[2] += e.late() ? 1 : 0;
        }
        List<TeacherEntry> teachers = new ArrayList<>();
        byTeacher.forEach((name, t) -> teachers.add(new TeacherEntry(name, t[0], t[1], t[2])));
        teachers.sort(Comparator.comparingInt((TeacherEntry t) -> -t.late())
                .thenComparingInt(t -> t.complete() - t.gradebooks()));
        return new Progress(term, closed, entries, teachers);
    }

    /** How many pupils of a class (or a grade) have each learning result and each conduct level. */
    public record Tally(
            long classId,
            String name,
            int grade,
            String regime,
            long pupils,
            Map<String, Long> learning,
            Map<String, Long> conduct) {}

    /** Learning and conduct of a school's term (1, 2) or year (0): every class, then every grade. */
    public record Summaries(int term, List<Tally> classes, List<Tally> grades) {}

    /** Levels from best to worst across the regimes, the order a report lists them in. */
    private static final List<String> LEVELS = List.of(
            "HTXS",
            "HTT",
            "HT",
            "CHT",
            "HOAN_THANH",
            "CHUA_HOAN_THANH",
            "GIOI",
            "TOT",
            "KHA",
            "TB",
            "DAT",
            "YEU",
            "CHUA_DAT",
            "KEM");

    private static Map<String, Long> ordered(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> LEVELS.indexOf(e.getKey())))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    public Summaries summaries(long schoolUnitId, int term) {
        registry.requireReader(schoolUnitId);
        List<Tally> classes = new ArrayList<>();
        for (ClassView c : registry.classes(schoolUnitId)) {
            ClassResults.Summary summary = results.summaryOf(registry.classRecord(c.id(), false), term);
            Map<String, Long> learning = new LinkedHashMap<>();
            Map<String, Long> conduct = new LinkedHashMap<>();
            for (ClassResults.StudentResult s : summary.students()) {
                if (s.learning() != null) {
                    learning.merge(s.learning(), 1L, Long::sum);
                }
                if (s.conduct() != null) {
                    conduct.merge(s.conduct(), 1L, Long::sum);
                }
            }
            classes.add(new Tally(
                    c.id(),
                    c.name(),
                    c.grade(),
                    summary.regime(),
                    summary.students().size(),
                    ordered(learning),
                    ordered(conduct)));
        }
        Map<Integer, Tally> grades = new TreeMap<>();
        for (Tally c : classes) {
            grades.merge(
                    c.grade(),
                    new Tally(
                            0, String.valueOf(c.grade()), c.grade(), c.regime(), c.pupils(), c.learning(), c.conduct()),
                    SchoolAcademics::add);
        }
        return new Summaries(term, classes, new ArrayList<>(grades.values()));
    }

    private static Tally add(Tally a, Tally b) {
        Map<String, Long> learning = new LinkedHashMap<>(a.learning());
        b.learning().forEach((k, v) -> learning.merge(k, v, Long::sum));
        Map<String, Long> conduct = new LinkedHashMap<>(a.conduct());
        b.conduct().forEach((k, v) -> conduct.merge(k, v, Long::sum));
        return new Tally(
                0, a.name(), a.grade(), a.regime(), a.pupils() + b.pupils(), ordered(learning), ordered(conduct));
    }

    /** Who was away from each class on a day. */
    public record AwayRow(long classId, String className, long pupils, long excused, long unexcused) {}

    public List<AwayRow> away(long schoolUnitId, LocalDate day) {
        registry.requireReader(schoolUnitId);
        List<AwayRow> rows = new ArrayList<>();
        for (ClassView c : registry.classes(schoolUnitId)) {
            long[] counts = attendance.awayOn(c.id(), day);
            rows.add(new AwayRow(c.id(), c.name(), c.students(), counts[0], counts[1]));
        }
        return rows;
    }

    /** One school as the Department reads it: pupils, gradebooks filled, and the learning results of the term. */
    public record SchoolRow(
            long schoolUnitId,
            String name,
            long pupils,
            int gradebooks,
            int complete,
            int late,
            Map<String, Long> learning) {}

    /** Every school the user reads under a unit (a Department, a commune), read-only. */
    public List<SchoolRow> schools(long unitId, int term) {
        List<SchoolRow> rows = new ArrayList<>();
        for (vn.eduvn.registry.SchoolSummary school : registry.schoolsUnder(unitId)) {
            Progress progress = progress(school.unitId(), term);
            Summaries summaries = summaries(school.unitId(), term);
            long pupils = summaries.classes().stream().mapToLong(Tally::pupils).sum();
            Map<String, Long> learning = new LinkedHashMap<>();
            summaries.grades().forEach(g -> g.learning().forEach((k, v) -> learning.merge(k, v, Long::sum)));
            rows.add(new SchoolRow(
                    school.unitId(),
                    school.name(),
                    pupils,
                    progress.entries().size(),
                    (int) progress.entries().stream().filter(Entry::complete).count(),
                    (int) progress.entries().stream().filter(Entry::late).count(),
                    ordered(learning)));
        }
        return rows;
    }
}
