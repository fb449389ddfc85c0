package vn.eduvn.assessment.attendance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.platform.audit.AuditUnit;
import vn.eduvn.registry.ClassList;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.StudentView;

/**
 * The homeroom teacher's attendance register: who was absent on a day, with or without leave. The year's
 * counts feed the promotion rule (more than 45 sessions absent, with or without leave, means repeating the grade).
 */
@Service
@Transactional
public class Attendance {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AbsenceRepository absences;

    private final RegistryApi registry;

    private final Access access;

    private final vn.eduvn.assessment.gradebook.Gradebooks gradebooks;

    Attendance(
            AbsenceRepository absences,
            RegistryApi registry,
            Access access,
            vn.eduvn.assessment.gradebook.Gradebooks gradebooks) {
        this.gradebooks = gradebooks;
        this.absences = absences;
        this.registry = registry;
        this.access = access;
    }

    /** How a student stands on the day, and their absences so far this year. */
    public record Line(long studentId, String fullName, String status, long excusedTotal, long unexcusedTotal) {}

    /** One student's mark for the day: PRESENT, EXCUSED or UNEXCUSED. */
    public record Mark(long studentId, String status) {}

    /** The register of a homeroom class for a day. */
    @Transactional(readOnly = true)
    public List<Line> day(long classId, LocalDate day) {
        registry.assignmentsOfMyHomeroom(classId);
        ClassList list = registry.myClass(classId);
        Map<Long, String> today = new HashMap<>();
        absences.findByClassIdAndAbsentOn(classId, day)
                .forEach(a -> today.put(a.studentId(), a.excused() ? "EXCUSED" : "UNEXCUSED"));
        Map<Long, long[]> totals = totals(classId);
        List<Line> lines = new ArrayList<>();
        for (StudentView s : list.students()) {
            long[] t = totals.getOrDefault(s.id(), new long[2]);
            lines.add(new Line(s.id(), s.fullName(), today.getOrDefault(s.id(), "PRESENT"), t[0], t[1]));
        }
        return lines;
    }

    /** Records the day: every listed student's status replaces what was recorded for them that day. */
    public void record(long classId, LocalDate day, List<Mark> marks) {
        registry.assignmentsOfMyHomeroom(classId);
        ClassList list = registry.myClass(classId);
        if (day == null) {
            throw DomainException.invalid("day", "attendance.error.day");
        }
        if (day.isAfter(LocalDate.now(VIETNAM))) {
            throw DomainException.invalid("day", "attendance.error.future");
        }
        gradebooks.refuseIfSealed(classId);
        AuditUnit.set(new vn.eduvn.platform.UnitRef(list.schoolUnitId(), null));
        Map<Long, Absence> recorded = new HashMap<>();
        absences.findByClassIdAndAbsentOn(classId, day).forEach(a -> recorded.put(a.studentId(), a));
        String by = access.currentUser().map(ScopedUser::username).orElse("system");
        for (Mark mark : marks) {
            if (list.students().stream().noneMatch(s -> s.id() == mark.studentId())) {
                throw DomainException.invalid("studentId", "gradebook.error.notInClass");
            }
            String status = mark.status() == null ? "PRESENT" : mark.status();
            Absence absence = recorded.get(mark.studentId());
            switch (status) {
                case "PRESENT" -> {
                    if (absence != null) {
                        absences.delete(absence);
                    }
                }
                case "EXCUSED", "UNEXCUSED" -> {
                    Absence a = absence != null ? absence : new Absence(classId, mark.studentId(), day);
                    a.record("EXCUSED".equals(status), by);
                    absences.save(a);
                }
                default -> throw DomainException.invalid("status", "attendance.error.status", status);
            }
        }
    }

    /** How many pupils of a class were away on a day, with leave and without; callers check who may read. */
    @Transactional(readOnly = true)
    public long[] awayOn(long classId, LocalDate day) {
        long[] counts = new long[2];
        absences.findByClassIdAndAbsentOn(classId, day).forEach(a -> counts[a.excused() ? 0 : 1]++);
        return counts;
    }

    /** A day a student was away, with leave or not. */
    public record AbsentDay(LocalDate day, boolean excused) {}

    /** The days one student of the class was away, latest first, for callers that checked who may read (a parent). */
    @Transactional(readOnly = true)
    public List<AbsentDay> daysAway(long classId, long studentId) {
        return absences.findByClassId(classId).stream()
                .filter(a -> a.studentId() == studentId)
                .map(a -> new AbsentDay(a.day(), a.excused()))
                .sorted(java.util.Comparator.comparing(AbsentDay::day).reversed())
                .toList();
    }

    /** Sessions absent this year (with and without leave) of each student of the class, for callers that checked who may read. */
    @Transactional(readOnly = true)
    public Map<Long, long[]> totals(long classId) {
        Map<Long, long[]> totals = new HashMap<>();
        absences.findByClassId(classId)
                .forEach(a -> totals.computeIfAbsent(a.studentId(), s -> new long[2])[a.excused() ? 0 : 1]++);
        return totals;
    }
}
