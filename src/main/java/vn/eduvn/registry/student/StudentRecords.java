package vn.eduvn.registry.student;

import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.registry.SchoolLevel;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.school.School;
import vn.eduvn.registry.school.SchoolClass;
import vn.eduvn.registry.school.Schools;

/**
 * One student's record at a school: enrol, correct, move to another class, mark to repeat the grade, record
 * leaving or graduating. Every step lands in the student's history and, through Envers, in the audit trail.
 * A school reads the record while the student is there, and their history once it has passed through it.
 */
@Service
@Transactional
public class StudentRecords {

    private final StudentRepository students;

    private final StudentRules rules;

    private final StudentHistory history;

    private final StudentDirectory directory;

    private final Schools schools;

    private final Units units;

    private final Access access;

    private final StudentTally tally;

    StudentRecords(
            StudentRepository students,
            StudentRules rules,
            StudentHistory history,
            StudentDirectory directory,
            Schools schools,
            Units units,
            Access access,
            StudentTally tally) {
        this.tally = tally;
        this.students = students;
        this.rules = rules;
        this.history = history;
        this.directory = directory;
        this.schools = schools;
        this.units = units;
        this.access = access;
    }

    /** The student as the school sees them: at the school now, or in its history. */
    @Transactional(readOnly = true)
    public StudentView get(long schoolUnitId, long studentId) {
        schools.require(schoolUnitId, Schools.READERS);
        return directory.view(readable(schoolUnitId, studentId), new HashMap<>());
    }

    /** The record as the student form shows it. */
    @Transactional(readOnly = true)
    public StudentForm form(long schoolUnitId, long studentId) {
        schools.require(schoolUnitId, Schools.READERS);
        return StudentForm.of(readable(schoolUnitId, studentId));
    }

    @Transactional(readOnly = true)
    public List<StudentHistory.Step> history(long schoolUnitId, long studentId) {
        schools.require(schoolUnitId, Schools.READERS);
        return history.of(readable(schoolUnitId, studentId).id());
    }

    /** Whether the student is at this school now (else the school only reads their history). */
    @Transactional(readOnly = true)
    public boolean isHere(long schoolUnitId, long studentId) {
        return students.findById(studentId)
                .map(s -> s.schoolUnitId() == schoolUnitId)
                .orElse(false);
    }

    /** Enrols a new student in a class of the school's current year. */
    public StudentView enrol(long schoolUnitId, StudentForm form) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        check(form);
        SchoolClass schoolClass = classOf(schoolUnitId, form.classId());
        students.findByPersonalId(form.personalId().trim()).ifPresent(other -> refuseDuplicate(schoolUnitId, other));
        Student student = new Student(schoolUnitId, form.personalId().trim());
        student.describe(form);
        student.placeIn(schoolClass == null ? null : schoolClass.id());
        students.save(student);
        history.enrolled(student, schoolClass);
        tally.touch(schoolUnitId);
        return directory.view(student, new HashMap<>());
    }

    /** Corrects a student's record; a changed class is recorded as a move. */
    public StudentView update(long schoolUnitId, long studentId, StudentForm form) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        Student student = here(schoolUnitId, studentId);
        check(form);
        String personalId = form.personalId().trim();
        if (!personalId.equals(student.personalId())) {
            students.findByPersonalId(personalId).ifPresent(other -> refuseDuplicate(schoolUnitId, other));
        }
        SchoolClass schoolClass = classOf(schoolUnitId, form.classId());
        Long before = student.classId();
        student.correctIdentifier(personalId);
        student.describe(form);
        student.placeIn(schoolClass == null ? null : schoolClass.id());
        if (schoolClass != null && !schoolClass.id().equals(before)) {
            history.movedClass(student, schoolClass, null);
        }
        tally.touch(schoolUnitId);
        return directory.view(student, new HashMap<>());
    }

    /** Moves an enrolled student to another class of the school. */
    public void moveClass(long schoolUnitId, long studentId, long classId, String reason) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        Student student = enrolledHere(schoolUnitId, studentId);
        SchoolClass schoolClass = schools.classOf(schoolUnitId, classId, "classId");
        if (!schoolClass.id().equals(student.classId())) {
            student.placeIn(schoolClass.id());
            history.movedClass(student, schoolClass, blankToNull(reason));
            tally.touch(schoolUnitId);
        }
    }

    /** Marks (or unmarks) an enrolled student to stay in the same grade at the year roll-over (lưu ban). */
    public void holdBack(long schoolUnitId, long studentId, boolean heldBack) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        Student student = enrolledHere(schoolUnitId, studentId);
        if (student.heldBack() != heldBack) {
            student.holdBack(heldBack);
            history.heldBack(student, heldBack);
        }
    }

    /** Records that the student left school (thôi học), with the reason. */
    public void leave(long schoolUnitId, long studentId, String reason) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "validation.required");
        }
        if (reason.trim().length() > 300) {
            throw DomainException.invalid("reason", "student.error.tooLong", 300);
        }
        Student student = enrolledHere(schoolUnitId, studentId);
        history.left(student, reason.trim());
        student.changeStatus(StudentStatus.LEFT);
        student.holdBack(false);
        tally.touch(schoolUnitId);
    }

    /** Records that a student of the school's last grade graduated (hoàn thành chương trình, tốt nghiệp). */
    public void graduate(long schoolUnitId, long studentId) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        Student student = enrolledHere(schoolUnitId, studentId);
        int lastGrade = schools.profile(schoolUnitId)
                .map(School::level)
                .map(SchoolLevel::lastGrade)
                .orElse(12);
        int grade = student.classId() == null
                ? 0
                : schools.findClass(student.classId()).map(SchoolClass::grade).orElse(0);
        if (grade != lastGrade) {
            throw DomainException.conflict(null, "student.error.notLastGrade", lastGrade);
        }
        history.graduated(student);
        student.changeStatus(StudentStatus.GRADUATED);
        tally.touch(schoolUnitId);
    }

    private void check(StudentForm form) {
        List<FieldProblem> problems = rules.check(form);
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
    }

    private SchoolClass classOf(long schoolUnitId, Long classId) {
        if (classId == null) {
            return null;
        }
        SchoolClass schoolClass = schools.classOf(schoolUnitId, classId, "classId");
        if (schoolClass.startYear() != schools.currentYear(schoolUnitId)) {
            throw DomainException.invalid("classId", "student.error.classNotCurrent", schoolClass.name());
        }
        return schoolClass;
    }

    private void refuseDuplicate(long schoolUnitId, Student other) {
        if (other.schoolUnitId() == schoolUnitId) {
            throw DomainException.conflict("personalId", "student.error.exists", other.fullName());
        }
        String otherName = units.find(other.schoolUnitId())
                .filter(u -> access.reaches(u.path()))
                .map(UnitView::name)
                .orElse(null);
        throw otherName == null
                ? DomainException.conflict("personalId", "import.error.idOtherSchoolHidden")
                : DomainException.conflict("personalId", "import.error.idOtherSchool", otherName);
    }

    private Student readable(long schoolUnitId, long studentId) {
        return students.findById(studentId)
                .filter(s -> s.schoolUnitId() == schoolUnitId || history.passedThrough(studentId, schoolUnitId))
                .orElseThrow(() -> DomainException.notFound("student.error.notFound"));
    }

    private Student here(long schoolUnitId, long studentId) {
        return students.findById(studentId)
                .filter(s -> s.schoolUnitId() == schoolUnitId)
                .orElseThrow(() -> DomainException.notFound("student.error.notFound"));
    }

    private Student enrolledHere(long schoolUnitId, long studentId) {
        Student student = here(schoolUnitId, studentId);
        if (student.status() != StudentStatus.ENROLLED) {
            throw DomainException.conflict(null, "student.error.notEnrolled");
        }
        return student;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
