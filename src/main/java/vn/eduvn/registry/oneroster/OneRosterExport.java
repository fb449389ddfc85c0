package vn.eduvn.registry.oneroster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.SchoolYearView;
import vn.eduvn.org.SchoolYears;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.sheets.TableFile;
import vn.eduvn.platform.text.SpreadsheetSafety;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.StaffView;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.TeachingAssignmentView;
import vn.eduvn.registry.assignment.TeachingAssignments;
import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.staff.StaffDirectory;
import vn.eduvn.registry.student.StudentDirectory;

/**
 * A school's roster as OneRoster 1.2 CSV (bulk), zipped, so that a learning platform rosters from EduVN: the
 * school and the education offices above it (orgs), the school year and its two terms, one course per grade
 * and subject, each class (lớp) as a homeroom class and each teaching assignment as a subject class, the
 * enrolled pupils and the staff (users and roles), and who is in which class (enrollments). The personal
 * identifier is not exported: platforms get EduVN's own identifiers, which is all rostering needs.
 */
@Service
@Transactional(readOnly = true)
public class OneRosterExport {

    private final Schools schools;

    private final Units units;

    private final SchoolYears schoolYears;

    private final StudentDirectory students;

    private final StaffDirectory staff;

    private final TeachingAssignments assignments;

    OneRosterExport(
            Schools schools,
            Units units,
            SchoolYears schoolYears,
            StudentDirectory students,
            StaffDirectory staff,
            TeachingAssignments assignments) {
        this.schools = schools;
        this.units = units;
        this.schoolYears = schoolYears;
        this.students = students;
        this.staff = staff;
        this.assignments = assignments;
    }

    public byte[] zip(long schoolUnitId) {
        Map<String, List<List<String>>> files = files(schoolUnitId);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                StringBuilder csv = new StringBuilder();
                for (List<String> row : file.getValue()) {
                    csv.append(String.join(
                                    ",",
                                    row.stream()
                                            .map(v -> TableFile.quote(SpreadsheetSafety.neutralise(v)))
                                            .toList()))
                            .append("\r\n");
                }
                zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each file's rows, header first, in the order of the 1.2 CSV binding. */
    Map<String, List<List<String>>> files(long schoolUnitId) {
        UnitView school = schools.require(schoolUnitId, Schools.READERS);
        int year = schools.currentYear(schoolUnitId);
        String schoolId = "org-" + school.id();
        String yearId = "as-" + schoolUnitId + "-" + year;
        List<ClassView> classes = assignments.classes(schoolUnitId);
        List<TeachingAssignmentView> taught = assignments.assignments(schoolUnitId);
        List<StudentView> pupils = students.all(schoolUnitId).stream()
                .filter(s -> "ENROLLED".equals(s.status()))
                .filter(s -> s.classId() != null)
                .toList();
        List<StaffView> members = staff.search(schoolUnitId, "").stream()
                .filter(s -> "DANG_LAM_VIEC".equals(s.status()))
                .toList();
        Map<String, List<List<String>>> files = new LinkedHashMap<>();

        files.put("manifest.csv", manifest());

        List<List<String>> orgs =
                rows("sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId");
        String parent = "";
        for (String part : school.path().split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            UnitView unit = units.find(Long.parseLong(part)).orElseThrow();
            String type = switch (unit.typeCode()) {
                case "MINISTRY" -> "national";
                case "DEPARTMENT" -> "state";
                case "SCHOOL" -> "school";
                default -> null;
            };
            if (type != null || unit.id() == school.id()) {
                orgs.add(row(
                        "org-" + unit.id(), "", "", unit.name(), type == null ? "school" : type, unit.code(), parent));
                parent = "org-" + unit.id();
            }
        }
        files.put("orgs.csv", orgs);

        List<List<String>> sessions = rows(
                "sourcedId",
                "status",
                "dateLastModified",
                "title",
                "type",
                "startDate",
                "endDate",
                "parentSourcedId",
                "schoolYear");
        SchoolYearView calendar = schoolYears.effectiveAt(schoolUnitId).stream()
                .filter(y -> y.startYear() == year)
                .findFirst()
                .orElse(null);
        LocalDate starts = calendar == null ? LocalDate.of(year, 9, 5) : calendar.startsOn();
        LocalDate term1Ends = calendar == null ? LocalDate.of(year + 1, 1, 15) : calendar.term1EndsOn();
        LocalDate term2Starts = calendar == null ? LocalDate.of(year + 1, 1, 16) : calendar.term2StartsOn();
        LocalDate ends = calendar == null ? LocalDate.of(year + 1, 5, 31) : calendar.endsOn();
        String schoolYear = String.valueOf(year + 1);
        sessions.add(row(
                yearId,
                "",
                "",
                "Năm học " + year + "-" + (year + 1),
                "schoolYear",
                starts.toString(),
                ends.toString(),
                "",
                schoolYear));
        sessions.add(row(
                yearId + "-1",
                "",
                "",
                "Học kỳ I " + year + "-" + (year + 1),
                "semester",
                starts.toString(),
                term1Ends.toString(),
                yearId,
                schoolYear));
        sessions.add(row(
                yearId + "-2",
                "",
                "",
                "Học kỳ II " + year + "-" + (year + 1),
                "semester",
                term2Starts.toString(),
                ends.toString(),
                yearId,
                schoolYear));
        files.put("academicSessions.csv", sessions);

        List<List<String>> courses = rows(
                "sourcedId",
                "status",
                "dateLastModified",
                "schoolYearSourcedId",
                "title",
                "courseCode",
                "grades",
                "orgSourcedId",
                "subjects",
                "subjectCodes");
        Set<Integer> grades = new TreeSet<>();
        classes.forEach(c -> grades.add(c.grade()));
        for (int grade : grades) {
            courses.add(row(
                    course(schoolUnitId, year, grade, "CHU_NHIEM"),
                    "",
                    "",
                    yearId,
                    "Lớp " + grade + " (chủ nhiệm)",
                    "CHU_NHIEM-" + grade,
                    grade(grade),
                    schoolId,
                    "",
                    ""));
        }
        Set<String> subjectCourses = new TreeSet<>();
        for (TeachingAssignmentView a : taught) {
            if (subjectCourses.add(a.grade() + "/" + a.subjectCode())) {
                courses.add(row(
                        course(schoolUnitId, year, a.grade(), a.subjectCode()),
                        "",
                        "",
                        yearId,
                        a.subjectName() + " " + a.grade(),
                        a.subjectCode() + "-" + a.grade(),
                        grade(a.grade()),
                        schoolId,
                        a.subjectName(),
                        a.subjectCode()));
            }
        }
        files.put("courses.csv", courses);

        List<List<String>> classRows = rows(
                "sourcedId",
                "status",
                "dateLastModified",
                "title",
                "grades",
                "courseSourcedId",
                "classCode",
                "classType",
                "location",
                "schoolSourcedId",
                "termSourcedIds",
                "subjects",
                "subjectCodes",
                "periods");
        String terms = yearId + "-1," + yearId + "-2";
        for (ClassView c : classes) {
            classRows.add(row(
                    "class-" + c.id(),
                    "",
                    "",
                    c.name(),
                    grade(c.grade()),
                    course(schoolUnitId, year, c.grade(), "CHU_NHIEM"),
                    c.name(),
                    "homeroom",
                    "",
                    schoolId,
                    terms,
                    "",
                    "",
                    ""));
        }
        for (TeachingAssignmentView a : taught) {
            classRows.add(row(
                    "class-" + a.classId() + "-" + a.subjectCode(),
                    "",
                    "",
                    a.subjectName() + " - " + a.className(),
                    grade(a.grade()),
                    course(schoolUnitId, year, a.grade(), a.subjectCode()),
                    a.className() + "-" + a.subjectCode(),
                    "scheduled",
                    "",
                    schoolId,
                    terms,
                    a.subjectName(),
                    a.subjectCode(),
                    ""));
        }
        files.put("classes.csv", classRows);

        List<List<String>> users = rows(
                "sourcedId",
                "status",
                "dateLastModified",
                "enabledUser",
                "username",
                "userIds",
                "givenName",
                "familyName",
                "middleName",
                "identifier",
                "email",
                "sms",
                "phone",
                "agentSourcedIds",
                "grades",
                "password",
                "userMasterIdentifier",
                "resourceSourcedIds",
                "preferredGivenName",
                "preferredMiddleName",
                "preferredFamilyName",
                "primaryOrgSourcedId",
                "pronouns");
        List<List<String>> roles = rows(
                "sourcedId",
                "status",
                "dateLastModified",
                "userSourcedId",
                "roleType",
                "role",
                "orgSourcedId",
                "userProfileSourcedId",
                "beginDate",
                "endDate");
        Map<Long, Integer> gradeOfClass = new LinkedHashMap<>();
        classes.forEach(c -> gradeOfClass.put(c.id(), c.grade()));
        for (StudentView s : pupils) {
            String[] name = split(s.fullName());
            String id = "student-" + s.id();
            users.add(row(
                    id,
                    "",
                    "",
                    "true",
                    "",
                    "",
                    name[2],
                    name[0],
                    name[1],
                    "HS" + s.id(),
                    "",
                    "",
                    "",
                    "",
                    grade(gradeOfClass.getOrDefault(s.classId(), 0)),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    schoolId,
                    ""));
            roles.add(row("role-" + id, "", "", id, "primary", "student", schoolId, "", "", ""));
        }
        for (StaffView m : members) {
            String[] name = split(m.fullName());
            String id = "staff-" + m.id();
            users.add(row(
                    id,
                    "",
                    "",
                    "true",
                    "",
                    "",
                    name[2],
                    name[0],
                    name[1],
                    "CB" + m.id(),
                    m.email() == null ? "" : m.email(),
                    "",
                    m.phone() == null ? "" : m.phone(),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    schoolId,
                    ""));
            String role = switch (m.position()) {
                case "HIEU_TRUONG", "PHO_HIEU_TRUONG" -> "administrator";
                case "GIAO_VIEN", "TONG_PHU_TRACH" -> "teacher";
                default -> "aide";
            };
            roles.add(row("role-" + id, "", "", id, "primary", role, schoolId, "", "", ""));
        }
        files.put("users.csv", users);
        files.put("roles.csv", roles);

        List<List<String>> enrollments = rows(
                "sourcedId",
                "status",
                "dateLastModified",
                "classSourcedId",
                "schoolSourcedId",
                "userSourcedId",
                "role",
                "primary",
                "beginDate",
                "endDate");
        for (ClassView c : classes) {
            if (c.homeroomStaffId() != null) {
                enrollments.add(row(
                        "enr-class-" + c.id() + "-staff-" + c.homeroomStaffId(),
                        "",
                        "",
                        "class-" + c.id(),
                        schoolId,
                        "staff-" + c.homeroomStaffId(),
                        "teacher",
                        "true",
                        "",
                        ""));
            }
        }
        for (TeachingAssignmentView a : taught) {
            String classId = "class-" + a.classId() + "-" + a.subjectCode();
            enrollments.add(row(
                    "enr-" + classId + "-staff-" + a.staffId(),
                    "",
                    "",
                    classId,
                    schoolId,
                    "staff-" + a.staffId(),
                    "teacher",
                    "true",
                    "",
                    ""));
        }
        for (StudentView s : pupils) {
            enrollments.add(row(
                    "enr-class-" + s.classId() + "-student-" + s.id(),
                    "",
                    "",
                    "class-" + s.classId(),
                    schoolId,
                    "student-" + s.id(),
                    "student",
                    "false",
                    "",
                    ""));
            for (TeachingAssignmentView a : taught) {
                if (a.classId() == s.classId()) {
                    String classId = "class-" + a.classId() + "-" + a.subjectCode();
                    enrollments.add(row(
                            "enr-" + classId + "-student-" + s.id(),
                            "",
                            "",
                            classId,
                            schoolId,
                            "student-" + s.id(),
                            "student",
                            "false",
                            "",
                            ""));
                }
            }
        }
        files.put("enrollments.csv", enrollments);
        return files;
    }

    private static List<List<String>> manifest() {
        List<List<String>> manifest = rows("propertyName", "value");
        manifest.add(row("manifest.version", "1.0"));
        manifest.add(row("oneroster.version", "1.2"));
        for (String file : List.of(
                "academicSessions",
                "categories",
                "classes",
                "classResources",
                "courses",
                "courseResources",
                "demographics",
                "enrollments",
                "lineItemLearningObjectiveIds",
                "lineItems",
                "lineItemScoreScales",
                "orgs",
                "resources",
                "resultLearningObjectiveIds",
                "results",
                "resultScoreScales",
                "roles",
                "scoreScales",
                "userProfiles",
                "userResources",
                "users")) {
            boolean present = Set.of("academicSessions", "classes", "courses", "enrollments", "orgs", "roles", "users")
                    .contains(file);
            manifest.add(row("file." + file, present ? "bulk" : "absent"));
        }
        manifest.add(row("source.systemName", "EduVN"));
        manifest.add(row("source.systemCode", "eduvn"));
        return manifest;
    }

    /** Family name, middle name, given name of a Vietnamese full name ("Nguyễn Thị Minh Khai"). */
    static String[] split(String fullName) {
        String[] parts = fullName.trim().split(" ");
        if (parts.length == 1) {
            return new String[] {"", "", parts[0]};
        }
        return new String[] {
            parts[0], String.join(" ", Arrays.copyOfRange(parts, 1, parts.length - 1)), parts[parts.length - 1]
        };
    }

    private static String course(long school, int year, int grade, String subject) {
        return "course-" + school + "-" + year + "-" + grade + "-" + subject;
    }

    private static String grade(int grade) {
        return grade <= 0 ? "" : String.format("%02d", grade);
    }

    private static List<List<String>> rows(String... header) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(header));
        return rows;
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }
}
