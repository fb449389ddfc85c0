package vn.eduvn.registry;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.registry.assignment.TeachingAssignments;
import vn.eduvn.registry.school.SchoolClass;
import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.staff.StaffDirectory;
import vn.eduvn.registry.staff.StaffForm;
import vn.eduvn.registry.student.Student;
import vn.eduvn.registry.student.StudentForm;
import vn.eduvn.registry.student.StudentHistory;
import vn.eduvn.registry.student.StudentRepository;
import vn.eduvn.registry.student.StudentTally;

/** The registry as other modules use it: the demo province now; the gradebook and the timetable read classes and teaching assignments. */
@Service
@Transactional
public class RegistryApi {

    private final Schools schools;

    private final StudentRepository students;

    private final StaffDirectory staff;

    private final TeachingAssignments assignments;

    private final StudentHistory history;

    private final StudentTally tally;

    private final vn.eduvn.registry.student.StudentDirectory studentDirectory;

    private final vn.eduvn.registry.student.Guardians guardians;

    private final vn.eduvn.registry.school.CodeLists codes;

    RegistryApi(
            Schools schools,
            StudentRepository students,
            StaffDirectory staff,
            TeachingAssignments assignments,
            StudentHistory history,
            StudentTally tally,
            vn.eduvn.registry.student.StudentDirectory studentDirectory,
            vn.eduvn.registry.student.Guardians guardians,
            vn.eduvn.registry.school.CodeLists codes) {
        this.codes = codes;
        this.guardians = guardians;
        this.tally = tally;
        this.studentDirectory = studentDirectory;
        this.schools = schools;
        this.history = history;
        this.students = students;
        this.staff = staff;
        this.assignments = assignments;
    }

    /** Creates or updates a school's profile; needs the school's principal or clerk, or an administrator. */
    public void describeSchool(
            long unitId,
            SchoolLevel level,
            String ownership,
            int nationalStandard,
            Integer classrooms,
            Integer computerRooms,
            Integer computers,
            boolean fibreInternet) {
        schools.describe(
                unitId, level, ownership, nationalStandard, classrooms, computerRooms, computers, fibreInternet);
    }

    /** Enrols a student in a class of the school's current year (the class is created when missing). */
    public long enrol(
            long schoolUnitId,
            String personalId,
            String fullName,
            LocalDate birthDate,
            Gender gender,
            String ethnicityCode,
            String className,
            String motherName,
            String motherPhone) {
        int year = schools.currentYear(schoolUnitId);
        SchoolClass schoolClass = schools.classNamed(schoolUnitId, year, className);
        Student student = students.findByPersonalId(personalId).orElse(null);
        boolean isNew = student == null;
        if (isNew) {
            student = new Student(schoolUnitId, personalId);
        }
        student.describe(new StudentForm(
                personalId,
                fullName,
                birthDate,
                gender,
                ethnicityCode,
                null,
                "KHONG",
                null,
                null,
                null,
                null,
                null,
                null,
                motherName,
                motherPhone,
                null,
                null,
                null));
        student.placeIn(schoolClass.id());
        students.save(student);
        if (isNew) {
            history.enrolled(student, schoolClass);
        }
        tally.touch(schoolUnitId);
        return student.id();
    }

    /** Adds (or updates) a member of staff; returns the staff id. */
    public long addStaff(
            long schoolUnitId,
            String personalId,
            String fullName,
            LocalDate birthDate,
            Gender gender,
            String position,
            String qualification,
            String titleRank,
            String mainSubject) {
        return staff.save(
                        schoolUnitId,
                        new StaffForm(
                                personalId,
                                fullName,
                                birthDate,
                                gender,
                                position,
                                qualification,
                                titleRank,
                                mainSubject,
                                null,
                                "VIEN_CHUC",
                                null,
                                null,
                                null,
                                null))
                .id();
    }

    /** Links a parent's account to a student (the demo's phuhuynh1). */
    public void linkGuardian(long schoolUnitId, long studentId, String username) {
        guardians.link(schoolUnitId, studentId, username);
    }

    /** Links a member of staff to the account they sign in with. */
    public void linkAccount(long schoolUnitId, String personalId, String username) {
        staff.linkAccount(schoolUnitId, personalId, username);
    }

    public void setHomeroom(long schoolUnitId, long classId, long staffId) {
        assignments.setHomeroom(schoolUnitId, classId, staffId);
    }

    /** Gives a class's subject to a teacher with the programme's weekly periods. */
    public void assign(long schoolUnitId, long classId, String subjectCode, long staffId) {
        assignments.assign(schoolUnitId, classId, subjectCode, staffId, null);
    }

    /** The school's staff (readers of the school only). */
    public java.util.List<StaffView> staff(long schoolUnitId) {
        return staff.search(schoolUnitId, "");
    }

    public java.util.List<ClassView> classes(long schoolUnitId) {
        return assignments.classes(schoolUnitId);
    }

    public java.util.List<TeachingAssignmentView> teachingAssignments(long schoolUnitId) {
        return assignments.assignments(schoolUnitId);
    }

    /** What the signed-in teacher teaches this year (class, subject, weekly periods). */
    public java.util.List<TeachingAssignmentView> myTeachingAssignments() {
        return assignments.mine();
    }

    /**
     * Checks the signed-in user leads the school: its principal (or an administrator); with {@code toChange}
     * false, officials above it may read too. Out of scope reads as not found.
     */
    public void requirePrincipal(long schoolUnitId, boolean toChange) {
        schools.require(schoolUnitId, toChange ? TeachingAssignments.ASSIGNERS : Schools.READERS);
    }

    /**
     * Checks the signed-in user keeps the school's records: its principal or clerk (or an administrator). Out of
     * scope reads as not found; in scope without the role is forbidden.
     */
    public void requireKeeper(long schoolUnitId) {
        schools.require(schoolUnitId, Schools.KEEPERS);
    }

    /** Checks the signed-in user reads the school's records (its leaders and clerks, officials above it); else not found. */
    public void requireReader(long schoolUnitId) {
        schools.require(schoolUnitId, Schools.READERS);
    }

    /** The schools whose records the signed-in user reads, under the unit (the unit itself when it is a school). */
    public java.util.List<SchoolSummary> schoolsUnder(long unitId) {
        return schools.visibleUnder(unitId);
    }

    /** Whether the signed-in user keeps the school's records (its clerk, principal, or an administrator): shows their links. */
    public boolean keeps(long schoolUnitId) {
        return schools.reaches(schoolUnitId, Schools.KEEPERS);
    }

    /** Whether the signed-in user leads the school (its principal, or an administrator): shows their buttons. */
    public boolean leads(long schoolUnitId) {
        return schools.reaches(schoolUnitId, TeachingAssignments.ASSIGNERS);
    }

    /**
     * For a gradebook save, in one read: the class's grade when the signed-in user teaches the subject there and
     * the student is enrolled in the class; 0 when any of that fails (ask {@link #teaches} and
     * {@link #isEnrolledIn} which).
     */
    public int entryGrade(long classId, String subjectCode, long studentId) {
        return assignments.entryGrade(classId, subjectCode, studentId);
    }

    /** Whether the signed-in user teaches this subject in this class (cheap: for every saved mark). */
    public boolean teaches(long classId, String subjectCode) {
        return assignments.teaches(classId, subjectCode);
    }

    /** Whether the student is enrolled in this class now. */
    public boolean isEnrolledIn(long studentId, long classId) {
        return students.findById(studentId)
                .map(s -> s.classId() != null
                        && s.classId() == classId
                        && s.status() == vn.eduvn.registry.student.StudentStatus.ENROLLED)
                .orElse(false);
    }

    /** The grade of a class (0 for an unknown class). */
    public int gradeOf(long classId) {
        return schools.findClass(classId)
                .map(vn.eduvn.registry.school.SchoolClass::grade)
                .orElse(0);
    }

    /** The name of a school the signed-in user may read. */
    public String schoolName(long schoolUnitId) {
        return schools.require(schoolUnitId, Schools.READERS).name();
    }

    /** The names of the subjects of the 2018 programme, by code. */
    public java.util.Map<String, String> subjectNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        codes.subjects().forEach(c -> names.put(c.code(), c.nameVi()));
        return names;
    }

    /** The signed-in user's staff records (one per school they work at). */
    public java.util.List<StaffView> myStaffRecords() {
        return staff.mine();
    }

    /** The signed-in parent's children. */
    public java.util.List<StudentView> myChildren() {
        return guardians.myChildren();
    }

    /** One of the signed-in parent's children with their class and its subjects; any other student reads as not found. */
    public ChildClass myChildsClass(long studentId) {
        StudentView child = guardians.myChild(studentId);
        if (child.classId() == null) {
            return new ChildClass(child, null, java.util.List.of());
        }
        vn.eduvn.registry.school.SchoolClass schoolClass =
                schools.findClass(child.classId()).orElseThrow();
        ClassView view = new ClassView(
                schoolClass.id(),
                schoolClass.startYear(),
                schoolClass.grade(),
                schoolClass.name(),
                schoolClass.sessionsPerDay(),
                schoolClass.homeroomStaffId(),
                null,
                0);
        return new ChildClass(child, view, assignments.ofClassUnchecked(schoolClass.schoolUnitId(), schoolClass.id()));
    }

    /** A child, their class and what is taught in it. */
    public record ChildClass(
            StudentView child, ClassView schoolClass, java.util.List<TeachingAssignmentView> subjects) {}

    /** The classes this year whose homeroom teacher is the signed-in user. */
    public java.util.List<ClassView> myHomerooms() {
        return assignments.myHomerooms();
    }

    /** The subjects and teachers of the signed-in user's homeroom class; any other class reads as not found. */
    public java.util.List<TeachingAssignmentView> assignmentsOfMyHomeroom(long classId) {
        return assignments.ofMyHomeroom(classId);
    }

    /** A class the signed-in teacher teaches or leads, with its students; any other class reads as not found. */
    public ClassList myClass(long classId) {
        return assignments.myClass(classId);
    }

    /**
     * A class of any year with its students, subjects, school and leaders, for its homeroom teacher (to read) or
     * the school's readers; with {@code toChange}, only its principal (or an administrator).
     */
    public ClassRecord classRecord(long classId, boolean toChange) {
        return assignments.record(classId, toChange);
    }

    /**
     * The class's record to read, for its homeroom teacher or the school's readers; empty for a user of the school who
     * is neither (a subject teacher, a parent), whom the caller answers as finding no such class.
     */
    public java.util.Optional<ClassRecord> classRecordToRead(long classId) {
        try {
            return java.util.Optional.of(assignments.record(classId, false));
        } catch (org.springframework.security.access.AccessDeniedException notAReader) {
            return java.util.Optional.empty();
        }
    }

    /** The enrolled students of a class in class-list order; needs a reader of the school (or the system). */
    public java.util.List<StudentView> studentsOfClass(long schoolUnitId, long classId) {
        schools.require(schoolUnitId, Schools.READERS);
        return studentDirectory.classList(schoolUnitId, classId);
    }

    public int currentYear(long schoolUnitId) {
        return schools.currentYear(schoolUnitId);
    }
}
