package vn.eduvn.registry.student;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.registry.school.SchoolClass;
import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.student.StudentEvent.Kind;

/**
 * Writes and reads the steps of students' school lives. Every change of class, school or status goes through
 * here, so the history a school reads is the one that happened.
 */
@Service
@Transactional
public class StudentHistory {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final StudentEventRepository events;

    private final Schools schools;

    private final Units units;

    private final Access access;

    StudentHistory(StudentEventRepository events, Schools schools, Units units, Access access) {
        this.events = events;
        this.schools = schools;
        this.units = units;
        this.access = access;
    }

    /** One step as a page or the API shows it, with the school names resolved. */
    public record Step(
            String kind,
            LocalDate happenedOn,
            int startYear,
            String schoolName,
            String className,
            String otherSchoolName,
            String reason,
            String actor) {}

    public void enrolled(Student student, SchoolClass schoolClass) {
        record(student, schoolClass, Kind.ENROLLED, null, null);
    }

    public void movedClass(Student student, SchoolClass schoolClass, String reason) {
        record(student, schoolClass, Kind.CLASS_CHANGED, null, reason);
    }

    public void heldBack(Student student, boolean heldBack) {
        record(student, null, heldBack ? Kind.HELD_BACK : Kind.HOLD_CLEARED, null, null);
    }

    public void left(Student student, String reason) {
        record(student, null, Kind.LEFT, null, reason);
    }

    public void graduated(Student student) {
        record(student, null, Kind.GRADUATED, null, null);
    }

    public void promoted(Student student, SchoolClass to) {
        record(student, to, Kind.PROMOTED, null, null);
    }

    public void repeating(Student student, SchoolClass to) {
        record(student, to, Kind.REPEATING, null, null);
    }

    /** Both sides of a transfer: the student has already moved to {@code toSchool}. */
    public void transferred(
            Student student, long fromSchool, String fromClassName, SchoolClass toClass, String reason) {
        long toSchool = student.schoolUnitId();
        String actor = actor();
        LocalDate today = LocalDate.now(VIETNAM);
        events.save(new StudentEvent(
                student.id(),
                fromSchool,
                schools.currentYear(fromSchool),
                Kind.TRANSFERRED_OUT,
                today,
                fromClassName,
                toSchool,
                reason,
                actor));
        events.save(new StudentEvent(
                student.id(),
                toSchool,
                schools.currentYear(toSchool),
                Kind.TRANSFERRED_IN,
                today,
                toClass == null ? null : toClass.name(),
                fromSchool,
                reason,
                actor));
    }

    @Transactional(readOnly = true)
    public List<Step> of(long studentId) {
        Map<Long, String> names = new HashMap<>();
        return events.findByStudentIdOrderByIdAsc(studentId).stream()
                .map(e -> step(e, names))
                .toList();
    }

    /** Whether the student's history passes through this school (so the school may still read it). */
    @Transactional(readOnly = true)
    public boolean passedThrough(long studentId, long schoolUnitId) {
        return events.existsByStudentIdAndSchoolUnitId(studentId, schoolUnitId);
    }

    private void record(Student student, SchoolClass schoolClass, Kind kind, Long otherSchool, String reason) {
        int year = schoolClass != null ? schoolClass.startYear() : schools.currentYear(student.schoolUnitId());
        String className = schoolClass != null
                ? schoolClass.name()
                : student.classId() == null
                        ? null
                        : schools.findClass(student.classId())
                                .map(SchoolClass::name)
                                .orElse(null);
        events.save(new StudentEvent(
                student.id(),
                student.schoolUnitId(),
                year,
                kind,
                LocalDate.now(VIETNAM),
                className,
                otherSchool,
                reason,
                actor()));
    }

    private String actor() {
        return access.currentUser().map(ScopedUser::username).orElse("system");
    }

    private Step step(StudentEvent e, Map<Long, String> names) {
        return new Step(
                e.kind().name(),
                e.happenedOn(),
                e.startYear(),
                name(e.schoolUnitId(), names),
                e.className(),
                e.otherSchoolUnitId() == null ? null : name(e.otherSchoolUnitId(), names),
                e.reason(),
                e.actor());
    }

    private String name(long unitId, Map<Long, String> names) {
        return names.computeIfAbsent(
                unitId, id -> units.find(id).map(UnitView::name).orElse("#" + id));
    }
}
