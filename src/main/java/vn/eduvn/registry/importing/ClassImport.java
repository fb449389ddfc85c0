package vn.eduvn.registry.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.UnitView;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.sheets.ImportMode;
import vn.eduvn.platform.sheets.ImportSheet;
import vn.eduvn.platform.sheets.ImportSheet.SheetRow;
import vn.eduvn.platform.sheets.RowProblems;
import vn.eduvn.registry.SchoolLevel;
import vn.eduvn.registry.StaffView;
import vn.eduvn.registry.assignment.TeachingAssignments;
import vn.eduvn.registry.school.School;
import vn.eduvn.registry.school.SchoolClass;
import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.staff.StaffDirectory;

/**
 * Imports the classes of the school's current year: name (its grade is the leading number), sessions a day, and
 * the homeroom teacher by personal identifier (homeroom teachers are the principal's to assign, so that column
 * needs the principal). Re-importing updates the classes of the same name.
 */
@Service
public class ClassImport {

    static final String CLASS = "Lớp";

    static final String SESSIONS = "Số buổi/ngày";

    static final String HOMEROOM = "Mã định danh GVCN";

    static final List<String> REQUIRED = List.of(CLASS);

    static final List<String> OPTIONAL = List.of(SESSIONS, HOMEROOM);

    private final Schools schools;

    private final StaffDirectory staff;

    private final Access access;

    private final MessageSource messages;

    ClassImport(Schools schools, StaffDirectory staff, Access access, MessageSource messages) {
        this.schools = schools;
        this.staff = staff;
        this.access = access;
        this.messages = messages;
    }

    @Transactional
    public ImportReport importClasses(long schoolUnitId, InputStream file, ImportMode mode) {
        UnitView school = schools.require(schoolUnitId, Schools.KEEPERS);
        SchoolLevel level = schools.profile(schoolUnitId).map(School::level).orElse(null);
        boolean mayAssign = access.reaches(school.path(), TeachingAssignments.ASSIGNERS);
        RowProblems problems = new RowProblems(messages);
        ImportSheet sheet = ImportSheet.read(file, REQUIRED, OPTIONAL, problems);
        if (sheet == null) {
            return new ImportReport(0, 0, 0, problems.list(), List.of(), false);
        }
        Map<String, Long> staffIds = new HashMap<>();
        for (StaffView s : staff.search(schoolUnitId, "")) {
            staffIds.put(s.personalId(), s.id());
        }
        int year = schools.currentYear(schoolUnitId);
        Map<String, SchoolClass> existing = new HashMap<>();
        schools.classes(schoolUnitId, year).forEach(c -> existing.put(c.name(), c));
        List<Parsed> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            String name = row.text(CLASS);
            if (name == null) {
                continue;
            }
            int grade = SchoolClass.gradeOf(name);
            if (grade < 1 || grade > 12 || name.length() > 20) {
                problems.add(row.number(), CLASS, "import.error.classGrade", name);
            } else if (level != null && !level.teaches(grade)) {
                problems.add(row.number(), CLASS, "import.error.classLevel", name);
            }
            Integer first = seen.putIfAbsent(name, row.number());
            if (first != null) {
                problems.add(row.number(), CLASS, "import.error.classDuplicateInFile", first);
            }
            Integer sessions = null;
            if (row.has(SESSIONS)) {
                String value = row.text(SESSIONS);
                sessions = "1".equals(value) ? Integer.valueOf(1) : "2".equals(value) ? Integer.valueOf(2) : null;
                if (sessions == null) {
                    problems.add(row.number(), SESSIONS, "import.error.sessions", value);
                }
            }
            Long homeroom = null;
            if (row.has(HOMEROOM)) {
                homeroom = staffIds.get(row.identifier(HOMEROOM));
                if (!mayAssign) {
                    problems.add(row.number(), HOMEROOM, "import.error.homeroomPrincipal");
                } else if (homeroom == null) {
                    problems.add(row.number(), HOMEROOM, "import.error.homeroomUnknown", row.identifier(HOMEROOM));
                }
            }
            rows.add(new Parsed(row.number(), name, sessions, homeroom));
        }
        Set<Integer> badRows = problems.rows();
        if (!problems.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            return new ImportReport(0, 0, badRows.size(), problems.list(), List.of(), false);
        }
        int imported = 0;
        int updated = 0;
        List<String> created = new ArrayList<>();
        for (Parsed row : rows) {
            if (badRows.contains(row.number())) {
                continue;
            }
            SchoolClass schoolClass = existing.get(row.name());
            if (schoolClass == null) {
                schoolClass = schools.openClass(
                        schoolUnitId, year, row.name(), row.sessions() == null ? 1 : row.sessions(), null);
                created.add(row.name());
                imported++;
            } else {
                updated++;
            }
            schoolClass.changeSessions(row.sessions() == null ? schoolClass.sessionsPerDay() : row.sessions());
            if (row.homeroom() != null) {
                schoolClass.assignHomeroom(row.homeroom());
            }
        }
        return new ImportReport(imported, updated, badRows.size(), problems.list(), created, true);
    }

    private record Parsed(int number, String name, Integer sessions, Long homeroom) {}
}
