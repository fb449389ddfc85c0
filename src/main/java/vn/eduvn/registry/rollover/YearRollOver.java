package vn.eduvn.registry.rollover;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.DomainException;
import vn.eduvn.registry.SchoolLevel;
import vn.eduvn.registry.school.School;
import vn.eduvn.registry.school.SchoolClass;
import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.student.Student;
import vn.eduvn.registry.student.StudentHistory;
import vn.eduvn.registry.student.StudentRepository;
import vn.eduvn.registry.student.StudentStatus;
import vn.eduvn.registry.student.StudentTally;

/**
 * The year roll-over (chuyển năm học): each class of the year opens its successor next year (5A1 becomes 6A1,
 * with the same sessions and homeroom teacher), every enrolled pupil moves up, pupils marked to repeat join
 * next year's class of their own grade, and pupils of the school's last grade complete the programme. Teaching
 * assignments are not carried over: next year's subjects differ by grade.
 */
@Service
@Transactional
public class YearRollOver {

    private final Schools schools;

    private final StudentRepository students;

    private final StudentHistory history;

    private final StudentTally tally;

    YearRollOver(Schools schools, StudentRepository students, StudentHistory history, StudentTally tally) {
        this.tally = tally;
        this.schools = schools;
        this.students = students;
        this.history = history;
    }

    /** One class of the year and what the roll-over will do with it. */
    public record ClassPlan(String name, int grade, int enrolled, int heldBack, String successor, boolean graduates) {}

    /** The roll-over of a school from one year to the next, before or after it ran. */
    public record Plan(int fromYear, int toYear, List<ClassPlan> classes, boolean done) {

        public int promoted() {
            return classes.stream()
                    .filter(c -> !c.graduates())
                    .mapToInt(c -> c.enrolled() - c.heldBack())
                    .sum();
        }

        public int repeating() {
            return classes.stream().mapToInt(ClassPlan::heldBack).sum();
        }

        public int graduating() {
            return classes.stream()
                    .filter(ClassPlan::graduates)
                    .mapToInt(c -> c.enrolled() - c.heldBack())
                    .sum();
        }
    }

    @Transactional(readOnly = true)
    public Plan plan(long schoolUnitId) {
        schools.require(schoolUnitId, Schools.READERS);
        int from = schools.latestClassYear(schoolUnitId);
        return plan(schoolUnitId, from, false);
    }

    /** Rolls the school over from {@code fromYear}, the latest year it has classes in; returns what was done. */
    public Plan run(long schoolUnitId, int fromYear) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        int latest = schools.latestClassYear(schoolUnitId);
        if (fromYear != latest) {
            throw DomainException.conflict("fromYear", "rollover.error.notLatest", fromYear, latest);
        }
        Plan plan = plan(schoolUnitId, fromYear, true);
        int lastGrade = lastGrade(schoolUnitId);
        for (SchoolClass from : schools.classes(schoolUnitId, fromYear)) {
            for (Student student : students.findByClassIdAndStatus(from.id(), StudentStatus.ENROLLED)) {
                if (student.heldBack()) {
                    SchoolClass again =
                            schools.openClass(schoolUnitId, fromYear + 1, from.name(), from.sessionsPerDay(), null);
                    student.placeIn(again.id());
                    student.holdBack(false);
                    history.repeating(student, again);
                } else if (from.grade() >= lastGrade) {
                    history.graduated(student);
                    student.changeStatus(StudentStatus.GRADUATED);
                } else {
                    SchoolClass next = schools.openClass(
                            schoolUnitId,
                            fromYear + 1,
                            successor(from.name()),
                            from.sessionsPerDay(),
                            from.homeroomStaffId());
                    student.placeIn(next.id());
                    history.promoted(student, next);
                }
            }
        }
        tally.touch(schoolUnitId);
        return plan;
    }

    private Plan plan(long schoolUnitId, int fromYear, boolean done) {
        int lastGrade = lastGrade(schoolUnitId);
        List<ClassPlan> classes = new ArrayList<>();
        for (SchoolClass c : schools.classes(schoolUnitId, fromYear)) {
            List<Student> enrolled = students.findByClassIdAndStatus(c.id(), StudentStatus.ENROLLED);
            int heldBack = (int) enrolled.stream().filter(Student::heldBack).count();
            boolean graduates = c.grade() >= lastGrade;
            classes.add(new ClassPlan(
                    c.name(), c.grade(), enrolled.size(), heldBack, graduates ? null : successor(c.name()), graduates));
        }
        return new Plan(fromYear, fromYear + 1, classes, done);
    }

    private int lastGrade(long schoolUnitId) {
        return schools.profile(schoolUnitId)
                .map(School::level)
                .map(SchoolLevel::lastGrade)
                .orElse(12);
    }

    /** Next year's name of a class: its leading grade number goes up by one ("5A1" → "6A1", "9 Toán" → "10 Toán"). */
    static String successor(String name) {
        return name.replaceFirst("^\\d+", String.valueOf(SchoolClass.gradeOf(name) + 1));
    }
}
