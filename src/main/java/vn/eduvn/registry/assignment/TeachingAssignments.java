package vn.eduvn.registry.assignment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.Role;
import vn.eduvn.registry.ClassList;
import vn.eduvn.registry.ClassRecord;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.TeachingAssignmentView;
import vn.eduvn.registry.school.CodeLists;
import vn.eduvn.registry.school.SchoolClass;
import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.staff.Staff;
import vn.eduvn.registry.staff.StaffDirectory;
import vn.eduvn.registry.staff.StaffRepository;
import vn.eduvn.registry.student.StudentDirectory;
import vn.eduvn.registry.student.StudentRepository;

/**
 * Who teaches whom: homeroom teachers of classes and teaching assignments (phân công chuyên môn), recorded
 * by the principal, with the weekly periods of the 2018 programme by default. The gradebook and the timetable
 * read them.
 */
@Service
@Transactional
public class TeachingAssignments {

    public static final Role[] ASSIGNERS = {Role.SYSTEM_ADMIN, Role.PRINCIPAL};

    private final TeachingAssignmentRepository assignments;

    private final Schools schools;

    private final StaffDirectory staffDirectory;

    private final StaffRepository staff;

    private final StudentRepository students;

    private final CodeLists codes;

    private final StudentDirectory studentDirectory;

    TeachingAssignments(
            TeachingAssignmentRepository assignments,
            Schools schools,
            StaffDirectory staffDirectory,
            StaffRepository staff,
            StudentRepository students,
            CodeLists codes,
            StudentDirectory studentDirectory) {
        this.assignments = assignments;
        this.schools = schools;
        this.staffDirectory = staffDirectory;
        this.staff = staff;
        this.students = students;
        this.codes = codes;
        this.studentDirectory = studentDirectory;
    }

    @Transactional(readOnly = true)
    public List<ClassView> classes(long schoolUnitId) {
        schools.require(schoolUnitId, Schools.READERS);
        return classesOf(schoolUnitId);
    }

    private List<ClassView> classesOf(long schoolUnitId) {
        Map<Long, String> names = staffNames(schoolUnitId);
        return schools.classes(schoolUnitId, schools.currentYear(schoolUnitId)).stream()
                .map(c -> new ClassView(
                        c.id(),
                        c.startYear(),
                        c.grade(),
                        c.name(),
                        c.sessionsPerDay(),
                        c.homeroomStaffId(),
                        c.homeroomStaffId() == null ? null : names.get(c.homeroomStaffId()),
                        students.countByClassId(c.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TeachingAssignmentView> assignments(long schoolUnitId) {
        schools.require(schoolUnitId, Schools.READERS);
        return assignmentsOf(schoolUnitId);
    }

    private List<TeachingAssignmentView> assignmentsOf(long schoolUnitId) {
        Map<Long, SchoolClass> classes = schools.classes(schoolUnitId, schools.currentYear(schoolUnitId)).stream()
                .collect(Collectors.toMap(SchoolClass::id, Function.identity()));
        Map<Long, String> names = staffNames(schoolUnitId);
        Map<String, String> subjects =
                codes.subjects().stream().collect(Collectors.toMap(CodeLists.Code::code, CodeLists.Code::nameVi));
        return assignments.findByClassIdIn(classes.keySet()).stream()
                .map(a -> {
                    SchoolClass c = classes.get(a.classId());
                    return new TeachingAssignmentView(
                            a.id(),
                            c.id(),
                            c.name(),
                            c.grade(),
                            a.subjectCode(),
                            subjects.get(a.subjectCode()),
                            a.staffId(),
                            names.get(a.staffId()),
                            a.periodsPerWeek());
                })
                .sorted(Comparator.comparingInt(TeachingAssignmentView::grade)
                        .thenComparing(TeachingAssignmentView::className)
                        .thenComparing(TeachingAssignmentView::subjectName))
                .toList();
    }

    /** What the signed-in teacher teaches this year, at every school where their staff record is linked. */
    @Transactional(readOnly = true)
    public List<TeachingAssignmentView> mine() {
        return staffDirectory.ofCurrentUser().stream()
                .filter(member -> {
                    schools.require(member.schoolUnitId());
                    return true;
                })
                .flatMap(
                        member -> assignmentsOf(member.schoolUnitId()).stream().filter(a -> a.staffId() == member.id()))
                .toList();
    }

    /** The classes of this year whose homeroom teacher is the signed-in user. */
    @Transactional(readOnly = true)
    public List<ClassView> myHomerooms() {
        return staffDirectory.ofCurrentUser().stream()
                .flatMap(member -> {
                    schools.require(member.schoolUnitId());
                    return classesOf(member.schoolUnitId()).stream()
                            .filter(c -> member.id().equals(c.homeroomStaffId()));
                })
                .toList();
    }

    /** Whether the signed-in user is the teacher the principal assigned to this class and subject (a few rows read). */
    @Transactional(readOnly = true)
    public boolean teaches(long classId, String subjectCode) {
        List<Staff> me = staffDirectory.ofCurrentUser();
        return assignments
                .findByClassIdAndSubjectCode(classId, subjectCode)
                .map(a -> me.stream().anyMatch(member -> member.id() == a.staffId()))
                .orElse(false);
    }

    /**
     * One read for the busiest request of the system, a gradebook save: the class's grade when the signed-in user
     * teaches the subject in the class and the student is enrolled in it, or 0 when any of that fails.
     */
    @Transactional(readOnly = true)
    public int entryGrade(long classId, String subjectCode, long studentId) {
        return staffDirectory
                .currentUsername()
                .map(username -> assignments.entryGrade(classId, subjectCode, studentId, username))
                .filter(grades -> !grades.isEmpty())
                .map(grades -> grades.get(0))
                .orElse(0);
    }

    /** The teaching assignments of one class, for callers that have checked who may read them (a pupil's parent). */
    @Transactional(readOnly = true)
    public List<TeachingAssignmentView> ofClassUnchecked(long schoolUnitId, long classId) {
        return assignmentsOf(schoolUnitId).stream()
                .filter(a -> a.classId() == classId)
                .toList();
    }

    /**
     * A class of any year with its students and subjects, for its homeroom teacher (to read) or the school's
     * leaders: readers of the school, or with {@code toChange} its principal. Any other class reads as not found.
     */
    @Transactional(readOnly = true)
    public ClassRecord record(long classId, boolean toChange) {
        SchoolClass schoolClass =
                schools.findClass(classId).orElseThrow(() -> DomainException.notFound("error.class.notMine"));
        long school = schoolClass.schoolUnitId();
        boolean homeroom = !toChange
                && schoolClass.homeroomStaffId() != null
                && staffDirectory.ofCurrentUser().stream().anyMatch(m -> m.id().equals(schoolClass.homeroomStaffId()));
        vn.eduvn.org.UnitView unit =
                homeroom ? schools.require(school) : schools.require(school, toChange ? ASSIGNERS : Schools.READERS);
        Map<Long, String> names = staffNames(school);
        Map<String, String> subjects =
                codes.subjects().stream().collect(Collectors.toMap(CodeLists.Code::code, CodeLists.Code::nameVi));
        List<TeachingAssignmentView> taught = assignments.findByClassIdIn(java.util.Set.of(classId)).stream()
                .map(a -> new TeachingAssignmentView(
                        a.id(),
                        classId,
                        schoolClass.name(),
                        schoolClass.grade(),
                        a.subjectCode(),
                        subjects.get(a.subjectCode()),
                        a.staffId(),
                        names.get(a.staffId()),
                        a.periodsPerWeek()))
                .sorted(Comparator.comparingInt((TeachingAssignmentView a) -> formOrder(a.subjectCode()))
                        .thenComparing(TeachingAssignmentView::subjectName))
                .toList();
        ClassList list = new ClassList(
                classId,
                school,
                schoolClass.name(),
                schoolClass.grade(),
                schoolClass.startYear(),
                studentDirectory.classList(school, classId));
        String principal = staff.search(school, "").stream()
                .filter(s -> "HIEU_TRUONG".equals(s.position()) && "DANG_LAM_VIEC".equals(s.status()))
                .map(Staff::fullName)
                .findFirst()
                .orElse(null);
        return new ClassRecord(
                list,
                taught,
                unit.name(),
                schools.authorityName(school),
                schoolClass.homeroomStaffId() == null ? null : names.get(schoolClass.homeroomStaffId()),
                principal);
    }

    /** The teaching assignments of a class whose homeroom teacher is the signed-in user; any other class reads as not found. */
    @Transactional(readOnly = true)
    public List<TeachingAssignmentView> ofMyHomeroom(long classId) {
        ClassView homeroom = myHomerooms().stream()
                .filter(c -> c.id() == classId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("error.class.notMine"));
        long school = schools.findClass(homeroom.id()).orElseThrow().schoolUnitId();
        return assignmentsOf(school).stream()
                .filter(a -> a.classId() == classId)
                .toList();
    }

    /**
     * The class list of a class the signed-in teacher teaches or is homeroom teacher of, in Vietnamese order;
     * any other class reads as not found.
     */
    @Transactional(readOnly = true)
    public ClassList myClass(long classId) {
        boolean mine = myHomerooms().stream().anyMatch(c -> c.id() == classId)
                || mine().stream().anyMatch(a -> a.classId() == classId);
        SchoolClass schoolClass = schools.findClass(classId)
                .filter(c -> mine)
                .orElseThrow(() -> DomainException.notFound("error.class.notMine"));
        return new ClassList(
                schoolClass.id(),
                schoolClass.schoolUnitId(),
                schoolClass.name(),
                schoolClass.grade(),
                schoolClass.startYear(),
                studentDirectory.classList(schoolClass.schoolUnitId(), classId));
    }

    /**
     * Gives a class's subject to a teacher (replacing whoever had it); without a number of periods, the weekly
     * load of the programme for that grade.
     */
    public TeachingAssignmentView assign(
            long schoolUnitId, long classId, String subjectCode, long staffId, BigDecimal periodsPerWeek) {
        schools.require(schoolUnitId, ASSIGNERS);
        SchoolClass schoolClass = schools.classOf(schoolUnitId, classId, "classId");
        CodeLists.SubjectLoad load = codes.load(subjectCode, schoolClass.grade())
                .orElseThrow(() -> DomainException.invalid(
                        "subjectCode", "error.assignment.subjectNotInGrade", subjectCode, schoolClass.grade()));
        Staff teacher = staffDirectory.memberOf(schoolUnitId, staffId, "staffId");
        BigDecimal periods = periodsPerWeek == null ? load.periodsPerWeek() : periodsPerWeek;
        if (periods.signum() <= 0 || periods.compareTo(BigDecimal.valueOf(20)) > 0 || periods.scale() > 1) {
            throw DomainException.invalid("periodsPerWeek", "error.assignment.periods");
        }
        TeachingAssignment assignment = assignments
                .findByClassIdAndSubjectCode(classId, subjectCode)
                .orElseGet(() -> new TeachingAssignment(schoolUnitId, classId, subjectCode));
        assignment.give(teacher.id(), periods);
        TeachingAssignment saved = assignments.save(assignment);
        return new TeachingAssignmentView(
                saved.id(),
                classId,
                schoolClass.name(),
                schoolClass.grade(),
                subjectCode,
                load.nameVi(),
                teacher.id(),
                teacher.fullName(),
                periods);
    }

    /** Makes a member of staff the class's homeroom teacher (giáo viên chủ nhiệm). */
    public void setHomeroom(long schoolUnitId, long classId, long staffId) {
        schools.require(schoolUnitId, ASSIGNERS);
        SchoolClass schoolClass = schools.classOf(schoolUnitId, classId, "classId");
        schoolClass.assignHomeroom(
                staffDirectory.memberOf(schoolUnitId, staffId, "staffId").id());
    }

    /** The order the official record forms (học bạ, bảng tổng hợp) list subjects in; others follow by name. */
    private static final List<String> FORM_ORDER = List.of(
            "TIENG_VIET",
            "NGU_VAN",
            "TOAN",
            "NGOAI_NGU_1",
            "DAO_DUC",
            "GDCD",
            "GD_KT_PL",
            "TN_XH",
            "LICH_SU",
            "LS_DL",
            "DIA_LI",
            "KHOA_HOC",
            "KHTN",
            "VAT_LI",
            "HOA_HOC",
            "SINH_HOC",
            "TIN_CONG_NGHE",
            "CONG_NGHE",
            "TIN_HOC",
            "GDTC",
            "GDQP_AN",
            "NGHE_THUAT",
            "AM_NHAC",
            "MI_THUAT",
            "HDTN",
            "HDTN_HN",
            "GD_DIA_PHUONG",
            "CHUYEN_DE");

    private static int formOrder(String subjectCode) {
        int at = FORM_ORDER.indexOf(subjectCode);
        return at < 0 ? FORM_ORDER.size() : at;
    }

    private Map<Long, String> staffNames(long schoolUnitId) {
        return staff.search(schoolUnitId, "").stream().collect(Collectors.toMap(Staff::id, Staff::fullName));
    }
}
