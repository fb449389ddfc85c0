package vn.eduvn.assessment.contactbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.assessment.gradebook.Gradebooks;
import vn.eduvn.assessment.results.ClassResults;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.TeachingAssignmentView;

/**
 * The contact book (sổ liên lạc điện tử): a parent reads their own children's marks and results, subject by
 * subject and term by term, as the teachers enter them, and the conduct the homeroom teacher gives. No other child.
 */
@Service
@Transactional(readOnly = true)
public class ContactBook {

    private final RegistryApi registry;

    private final Gradebooks gradebooks;

    private final ClassResults results;

    private final vn.eduvn.assessment.attendance.Attendance attendance;

    ContactBook(
            RegistryApi registry,
            Gradebooks gradebooks,
            ClassResults results,
            vn.eduvn.assessment.attendance.Attendance attendance) {
        this.attendance = attendance;
        this.registry = registry;
        this.gradebooks = gradebooks;
        this.results = results;
    }

    /** A subject's marks in each term and the result they give. */
    public record SubjectReport(
            String code,
            String name,
            boolean commentGraded,
            Gradebooks.StudentMarks term1,
            Gradebooks.StudentMarks term2) {}

    /** A child's contact book. */
    public record ChildReport(
            long studentId,
            String fullName,
            String className,
            List<SubjectReport> subjects,
            Map<Integer, String> conduct,
            long absentWithLeave,
            long absentWithoutLeave,
            List<vn.eduvn.assessment.attendance.Attendance.AbsentDay> daysAway) {}

    public List<StudentView> children() {
        return registry.myChildren();
    }

    public ChildReport report(long studentId) {
        RegistryApi.ChildClass child = registry.myChildsClass(studentId);
        if (child.schoolClass() == null) {
            return new ChildReport(studentId, child.child().fullName(), null, List.of(), Map.of(), 0, 0, List.of());
        }
        long classId = child.schoolClass().id();
        int grade = child.schoolClass().grade();
        List<SubjectReport> subjects = new ArrayList<>();
        for (TeachingAssignmentView a : child.subjects()) {
            subjects.add(new SubjectReport(
                    a.subjectCode(),
                    a.subjectName(),
                    Gradebooks.commentGraded(a.subjectCode()),
                    gradebooks.marksOf(classId, a.subjectCode(), 1, grade, studentId),
                    gradebooks.marksOf(classId, a.subjectCode(), 2, grade, studentId)));
        }
        long[] away = attendance.totals(classId).getOrDefault(studentId, new long[2]);
        return new ChildReport(
                studentId,
                child.child().fullName(),
                child.schoolClass().name(),
                subjects,
                results.conductOf(classId, studentId),
                away[0],
                away[1],
                attendance.daysAway(classId, studentId));
    }
}
