package vn.eduvn.registry.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.AdminArea;
import vn.eduvn.org.AdministrativeUnits;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.sheets.ImportMode;
import vn.eduvn.platform.sheets.ImportSheet;
import vn.eduvn.platform.sheets.ImportSheet.SheetRow;
import vn.eduvn.platform.sheets.RowProblems;
import vn.eduvn.platform.text.VietnameseText;
import vn.eduvn.registry.Gender;
import vn.eduvn.registry.SchoolLevel;
import vn.eduvn.registry.school.CodeLists;
import vn.eduvn.registry.school.Ethnicities;
import vn.eduvn.registry.school.School;
import vn.eduvn.registry.school.SchoolClass;
import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.student.Student;
import vn.eduvn.registry.student.StudentBulkWriter;
import vn.eduvn.registry.student.StudentForm;
import vn.eduvn.registry.student.StudentHistory;
import vn.eduvn.registry.student.StudentRepository;
import vn.eduvn.registry.student.StudentRules;
import vn.eduvn.registry.student.StudentTally;

/**
 * Imports a school's students from the Excel template. Every row is checked first, by the same rules as the
 * student form, and every problem reported with its row and column; nothing is written when any row is bad
 * unless the clerk asked to import the valid rows. A student already in this school (same personal
 * identifier) is updated, never duplicated; an optional column the file leaves out keeps what the registry has.
 */
@Service
public class StudentImport {

    static final String ID = "Mã định danh";

    static final String NAME = "Họ và tên";

    static final String BIRTH = "Ngày sinh";

    static final String GENDER = "Giới tính";

    static final String ETHNICITY = "Dân tộc";

    static final String CLASS = "Lớp";

    static final String RELIGION = "Tôn giáo";

    static final String DISABILITY = "Khuyết tật";

    static final String POLICY = "Đối tượng chính sách";

    static final String COMMUNE = "Xã/phường thường trú";

    static final String ADDRESS = "Địa chỉ";

    static final String FATHER = "Họ tên cha";

    static final String FATHER_PHONE = "SĐT cha";

    static final String MOTHER = "Họ tên mẹ";

    static final String MOTHER_PHONE = "SĐT mẹ";

    static final String GUARDIAN = "Người giám hộ";

    static final String GUARDIAN_PHONE = "SĐT người giám hộ";

    static final String EMAIL = "Email phụ huynh";

    static final List<String> REQUIRED = List.of(ID, NAME, BIRTH, GENDER, ETHNICITY, CLASS);

    static final List<String> OPTIONAL = List.of(
            RELIGION,
            DISABILITY,
            POLICY,
            COMMUNE,
            ADDRESS,
            FATHER,
            FATHER_PHONE,
            MOTHER,
            MOTHER_PHONE,
            GUARDIAN,
            GUARDIAN_PHONE,
            EMAIL);

    /** The column each field of the student form comes from, to report the rules' problems where the clerk typed. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(
            Map.entry("personalId", ID),
            Map.entry("fullName", NAME),
            Map.entry("birthDate", BIRTH),
            Map.entry("gender", GENDER),
            Map.entry("ethnicityCode", ETHNICITY),
            Map.entry("religionCode", RELIGION),
            Map.entry("disabilityCode", DISABILITY),
            Map.entry("policyCode", POLICY),
            Map.entry("residenceCommune", COMMUNE),
            Map.entry("address", ADDRESS),
            Map.entry("fatherName", FATHER),
            Map.entry("fatherPhone", FATHER_PHONE),
            Map.entry("motherName", MOTHER),
            Map.entry("motherPhone", MOTHER_PHONE),
            Map.entry("guardianName", GUARDIAN),
            Map.entry("guardianPhone", GUARDIAN_PHONE),
            Map.entry("parentEmail", EMAIL));

    private final Schools schools;

    private final StudentRepository students;

    private final StudentRules rules;

    private final StudentHistory history;

    private final Ethnicities ethnicities;

    private final CodeLists codes;

    private final AdministrativeUnits areas;

    private final Units units;

    private final Access access;

    private final MessageSource messages;

    private final StudentTally tally;

    private final StudentBulkWriter bulk;

    StudentImport(
            Schools schools,
            StudentRepository students,
            StudentRules rules,
            StudentHistory history,
            Ethnicities ethnicities,
            CodeLists codes,
            AdministrativeUnits areas,
            Units units,
            Access access,
            MessageSource messages,
            StudentTally tally,
            StudentBulkWriter bulk) {
        this.tally = tally;
        this.bulk = bulk;
        this.schools = schools;
        this.students = students;
        this.rules = rules;
        this.history = history;
        this.ethnicities = ethnicities;
        this.codes = codes;
        this.areas = areas;
        this.units = units;
        this.access = access;
        this.messages = messages;
    }

    @Transactional
    public ImportReport importStudents(long schoolUnitId, InputStream file, ImportMode mode) {
        UnitView school = schools.require(schoolUnitId, Schools.KEEPERS);
        SchoolLevel level = schools.profile(schoolUnitId).map(School::level).orElse(null);
        RowProblems problems = new RowProblems(messages);
        ImportSheet sheet = ImportSheet.read(file, REQUIRED, OPTIONAL, problems);
        if (sheet == null) {
            return new ImportReport(0, 0, 0, problems.list(), List.of(), false);
        }
        Map<String, Student> existing = existingStudents(sheet.rows());
        Lookups lookups = new Lookups(
                codesOf(codes.index("religion")),
                codesOf(codes.index("disability")),
                codesOf(codes.index("policy_group")),
                communes(schoolUnitId));
        List<ParsedRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            ParsedRow parsed = parse(row, sheet, existing, level, lookups, problems);
            if (parsed == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(parsed.form().personalId(), row.number());
            if (first != null) {
                problems.add(row.number(), ID, "import.error.idDuplicateInFile", first);
            }
            rows.add(parsed);
        }
        checkAgainstRegistry(school, rows, existing, problems);
        Set<Integer> badRows = problems.rows();
        if (!problems.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            return new ImportReport(0, 0, badRows.size(), problems.list(), List.of(), false);
        }
        int year = schools.currentYear(schoolUnitId);
        Set<String> existingClasses = new LinkedHashSet<>();
        schools.classes(schoolUnitId, year).forEach(c -> existingClasses.add(c.name()));
        List<String> createdClasses = new ArrayList<>();
        Map<String, SchoolClass> classes = new HashMap<>();
        int imported = 0;
        int updated = 0;
        List<StudentBulkWriter.NewStudent> fresh = new ArrayList<>();
        for (ParsedRow row : rows) {
            if (badRows.contains(row.number())) {
                continue;
            }
            SchoolClass schoolClass = classes.computeIfAbsent(row.className(), name -> {
                if (!existingClasses.contains(name)) {
                    createdClasses.add(name);
                }
                return schools.classNamed(schoolUnitId, year, name);
            });
            Student student = existing.get(row.form().personalId());
            if (student == null) {
                fresh.add(new StudentBulkWriter.NewStudent(schoolUnitId, row.form(), schoolClass));
                imported++;
                continue;
            }
            updated++;
            Long previousClass = student.classId();
            student.describe(row.form());
            student.placeIn(schoolClass.id());
            if (!schoolClass.id().equals(previousClass)) {
                history.movedClass(student, schoolClass, null);
            }
        }
        bulk.insert(fresh);
        tally.touch(schoolUnitId);
        return new ImportReport(imported, updated, badRows.size(), problems.list(), createdClasses, true);
    }

    private ParsedRow parse(
            SheetRow row,
            ImportSheet sheet,
            Map<String, Student> existing,
            SchoolLevel level,
            Lookups lookups,
            RowProblems problems) {
        int number = row.number();
        int before = problems.size();
        String personalId = row.identifier(ID);
        if (personalId == null) {
            return null;
        }
        Student known = existing.get(personalId);
        StudentForm was = known == null ? StudentForm.blank() : StudentForm.of(known);
        Gender gender = null;
        if (row.has(GENDER)) {
            String g = VietnameseText.fold(row.text(GENDER));
            gender = "nam".equals(g) ? Gender.MALE : "nu".equals(g) ? Gender.FEMALE : null;
            if (gender == null) {
                problems.add(number, GENDER, "import.error.gender", row.text(GENDER));
            }
        }
        String ethnicityCode = null;
        if (row.has(ETHNICITY)) {
            ethnicityCode = ethnicities
                    .find(row.text(ETHNICITY))
                    .map(Ethnicities.Ethnicity::code)
                    .orElse(null);
            if (ethnicityCode == null) {
                problems.add(number, ETHNICITY, "import.error.ethnicity", row.text(ETHNICITY));
            }
        }
        String className = row.text(CLASS);
        if (className != null) {
            int grade = SchoolClass.gradeOf(className);
            if (grade < 1 || grade > 12 || className.length() > 20) {
                problems.add(number, CLASS, "import.error.classGrade", className);
            } else if (level != null && !level.teaches(grade)) {
                problems.add(number, CLASS, "import.error.classLevel", className);
            }
        }
        StudentForm form = new StudentForm(
                personalId,
                row.text(NAME),
                row.date(BIRTH, problems),
                gender,
                ethnicityCode,
                null,
                code(row, sheet, RELIGION, lookups.religions(), was.religionCode(), problems),
                code(row, sheet, DISABILITY, lookups.disabilities(), was.disabilityCode(), problems),
                code(row, sheet, POLICY, lookups.policyGroups(), was.policyCode(), problems),
                code(row, sheet, COMMUNE, lookups.communes(), was.residenceCommune(), problems),
                text(row, sheet, ADDRESS, was.address()),
                text(row, sheet, FATHER, was.fatherName()),
                text(row, sheet, FATHER_PHONE, was.fatherPhone()),
                text(row, sheet, MOTHER, was.motherName()),
                text(row, sheet, MOTHER_PHONE, was.motherPhone()),
                text(row, sheet, GUARDIAN, was.guardianName()),
                text(row, sheet, GUARDIAN_PHONE, was.guardianPhone()),
                text(row, sheet, EMAIL, was.parentEmail()));
        Set<String> reported = new java.util.HashSet<>();
        problems.list().subList(before, problems.size()).forEach(e -> reported.add(e.column()));
        for (FieldProblem p : rules.check(form)) {
            String column = COLUMN_OF.get(p.field());
            // Empty cells were reported by the sheet, unreadable values while reading: not twice.
            if (!p.key().equals("import.error.required") && reported.add(column)) {
                problems.add(number, column, p.key(), p.args());
            }
        }
        return new ParsedRow(number, form, className);
    }

    private static String text(SheetRow row, ImportSheet sheet, String column, String was) {
        return sheet.hasColumn(column) ? row.text(column) : was;
    }

    private static String code(
            SheetRow row,
            ImportSheet sheet,
            String column,
            Map<String, String> lookup,
            String was,
            RowProblems problems) {
        if (!sheet.hasColumn(column)) {
            return was;
        }
        String value = row.text(column);
        if (value == null) {
            return null;
        }
        String code = lookup.get(VietnameseText.fold(value));
        if (code == null && value.matches("\\d{5}")) {
            code = value; // a commune of another province, by its code; the rules check it exists
        }
        if (code == null) {
            problems.add(row.number(), column, "student.error.unknownValue", value);
        }
        return code;
    }

    /** Communes of the school's province by code, name and full name, folded. */
    private Map<String, String> communes(long schoolUnitId) {
        Map<String, String> index = new HashMap<>();
        String province = schools.provinceCode(schoolUnitId);
        if (province != null) {
            for (AdminArea a : areas.communesOf(province)) {
                index.put(a.code(), a.code());
                index.put(VietnameseText.fold(a.name()), a.code());
                index.put(VietnameseText.fold(a.fullName()), a.code());
            }
        }
        return index;
    }

    /** Duplicates against other schools, named only when the user may see that school. */
    private void checkAgainstRegistry(
            UnitView school, List<ParsedRow> rows, Map<String, Student> found, RowProblems problems) {
        for (ParsedRow row : rows) {
            Student other = found.get(row.form().personalId());
            if (other != null && other.schoolUnitId() != school.id()) {
                String otherName = units.find(other.schoolUnitId())
                        .filter(u -> access.reaches(u.path()))
                        .map(UnitView::name)
                        .orElse(null);
                if (otherName == null) {
                    problems.add(row.number(), ID, "import.error.idOtherSchoolHidden");
                } else {
                    problems.add(row.number(), ID, "import.error.idOtherSchool", otherName);
                }
            }
        }
    }

    private Map<String, Student> existingStudents(List<SheetRow> rows) {
        Map<String, Student> found = new HashMap<>();
        List<String> ids = rows.stream()
                .map(r -> r.identifier(ID))
                .filter(id -> id != null)
                .distinct()
                .toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            students.findByPersonalIdIn(ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .forEach(s -> found.put(s.personalId(), s));
        }
        return found;
    }

    private record Lookups(
            Map<String, String> religions,
            Map<String, String> disabilities,
            Map<String, String> policyGroups,
            Map<String, String> communes) {}

    private static Map<String, String> codesOf(Map<String, CodeLists.Code> index) {
        Map<String, String> codes = new HashMap<>();
        index.forEach((key, code) -> codes.put(key, code.code()));
        return codes;
    }

    private record ParsedRow(int number, StudentForm form, String className) {}
}
