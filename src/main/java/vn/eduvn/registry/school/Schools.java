package vn.eduvn.registry.school;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.SchoolYearView;
import vn.eduvn.org.SchoolYears;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.Role;
import vn.eduvn.registry.SchoolLevel;
import vn.eduvn.registry.SchoolSummary;

/**
 * Schools as the registry sees them: the org units of type SCHOOL (or with a profile) in the user's scope,
 * their profiles, classes and current school year. Reading needs an official, principal or clerk; changing
 * needs the school's principal or clerk (or an administrator).
 */
@Service
@Transactional
public class Schools {

    public static final Role[] READERS = {Role.SYSTEM_ADMIN, Role.DEPARTMENT_OFFICIAL, Role.PRINCIPAL, Role.CLERK};

    public static final Role[] KEEPERS = {Role.SYSTEM_ADMIN, Role.PRINCIPAL, Role.CLERK};

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Units units;

    private final SchoolYears schoolYears;

    private final SchoolRepository profiles;

    private final SchoolClassRepository classes;

    private final Access access;

    Schools(
            Units units,
            SchoolYears schoolYears,
            SchoolRepository profiles,
            SchoolClassRepository classes,
            Access access) {
        this.units = units;
        this.schoolYears = schoolYears;
        this.profiles = profiles;
        this.classes = classes;
        this.access = access;
    }

    /** The school unit, if the user may read (or with KEEPERS, change) its registry. */
    @Transactional(readOnly = true)
    public UnitView require(long unitId, Role... roles) {
        UnitView unit = units.getChecked(unitId);
        access.require(unit.ref(), roles);
        return unit;
    }

    @Transactional(readOnly = true)
    public List<SchoolSummary> visible() {
        return visible("/");
    }

    /** The schools the user reads in a unit's subtree (a Department's, a commune's); out of scope reads as not found. */
    @Transactional(readOnly = true)
    public List<SchoolSummary> visibleUnder(long unitId) {
        return visible(units.getChecked(unitId).path());
    }

    private List<SchoolSummary> visible(String unitPath) {
        List<UnitView> visible = units.visible().stream()
                .filter(u -> u.path().startsWith(unitPath))
                .toList();
        Map<Long, School> byUnit = profiles
                .findByUnitIdIn(visible.stream().map(UnitView::id).toList())
                .stream()
                .collect(Collectors.toMap(School::unitId, Function.identity()));
        return visible.stream()
                .filter(u -> "SCHOOL".equals(u.typeCode()) || byUnit.containsKey(u.id()))
                .filter(u -> access.reaches(u.path(), READERS))
                .map(u -> new SchoolSummary(
                        u.id(),
                        u.code(),
                        u.name(),
                        Optional.ofNullable(byUnit.get(u.id()))
                                .map(School::level)
                                .orElse(null),
                        u.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<School> profile(long unitId) {
        return profiles.findByUnitId(unitId);
    }

    /** Creates or updates the school's profile. */
    public School describe(
            long unitId,
            SchoolLevel level,
            String ownership,
            int nationalStandard,
            Integer classrooms,
            Integer computerRooms,
            Integer computers,
            boolean fibreInternet) {
        require(unitId, KEEPERS);
        School school = profiles.findByUnitId(unitId).orElseGet(() -> new School(unitId, level, ownership));
        school.describe(level, ownership, nationalStandard, classrooms, computerRooms, computers, fibreInternet);
        return profiles.save(school);
    }

    /** The province (its Department's code) a school belongs to, or null for a school outside any Department. */
    @Transactional(readOnly = true)
    public String provinceCode(long unitId) {
        return units.find(unitId).stream()
                .flatMap(u -> java.util.Arrays.stream(u.path().split("/")))
                .filter(part -> !part.isEmpty())
                .map(part -> units.find(Long.parseLong(part)).orElse(null))
                .filter(u -> u != null && "DEPARTMENT".equals(u.typeCode()))
                .map(UnitView::code)
                .findFirst()
                .orElse(null);
    }

    /** Whether the signed-in user holds one of the roles at the school (a question, not a check). */
    @Transactional(readOnly = true)
    public boolean reaches(long unitId, Role... roles) {
        return units.find(unitId).map(u -> access.reaches(u.path(), roles)).orElse(false);
    }

    /** The name of the unit the school answers to directly (its Department or commune), or null at the root. */
    @Transactional(readOnly = true)
    public String authorityName(long unitId) {
        return units.find(unitId)
                .map(UnitView::parentId)
                .flatMap(units::find)
                .map(UnitView::name)
                .orElse(null);
    }

    /**
     * The school year the school works in: the one in progress by the calendar (or the last one started), or a
     * later one the school has already rolled over to, so that the summer's roll-over takes effect at once.
     */
    @Transactional(readOnly = true)
    public int currentYear(long unitId) {
        LocalDate today = LocalDate.now(VIETNAM);
        int calendar = schoolYears
                .current(unitId, today)
                .map(SchoolYearView::startYear)
                .orElse(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1);
        Integer rolled = classes.latestYear(unitId);
        return rolled == null ? calendar : Math.max(calendar, rolled);
    }

    /** The latest year the school has classes in, or the current year when it has none. */
    @Transactional(readOnly = true)
    public int latestClassYear(long unitId) {
        Integer latest = classes.latestYear(unitId);
        return latest == null ? currentYear(unitId) : latest;
    }

    /** The class of that name in the year, opened with these sessions and homeroom teacher when missing. */
    public SchoolClass openClass(long unitId, int startYear, String name, int sessionsPerDay, Long homeroomStaffId) {
        require(unitId, KEEPERS);
        return classes.findBySchoolUnitIdAndStartYearAndName(unitId, startYear, name)
                .orElseGet(() -> {
                    SchoolClass opened =
                            new SchoolClass(unitId, startYear, SchoolClass.gradeOf(name), name, sessionsPerDay);
                    opened.assignHomeroom(homeroomStaffId);
                    return classes.save(opened);
                });
    }

    @Transactional(readOnly = true)
    public List<SchoolClass> classes(long unitId, int startYear) {
        return classes.findBySchoolUnitIdAndStartYearOrderByGradeAscNameAsc(unitId, startYear);
    }

    /** Opens a class in the school's current year; its grade is the number its name starts with. */
    public SchoolClass createClass(long unitId, String name, int sessionsPerDay) {
        require(unitId, KEEPERS);
        String tidy = vn.eduvn.platform.text.VietnameseText.tidy(name);
        int grade = SchoolClass.gradeOf(tidy);
        if (grade < 1 || grade > 12) {
            throw vn.eduvn.platform.DomainException.invalid("name", "import.error.classGrade", tidy);
        }
        if (profile(unitId).map(p -> !p.level().teaches(grade)).orElse(false)) {
            throw vn.eduvn.platform.DomainException.invalid("name", "import.error.classLevel", tidy);
        }
        int year = currentYear(unitId);
        if (classes.findBySchoolUnitIdAndStartYearAndName(unitId, year, tidy).isPresent()) {
            throw vn.eduvn.platform.DomainException.conflict("name", "error.class.exists", tidy);
        }
        return classes.save(new SchoolClass(unitId, year, grade, tidy, sessionsPerDay));
    }

    /** A class of this school, or a refusal naming the form field. */
    @Transactional(readOnly = true)
    public SchoolClass classOf(long unitId, long classId, String field) {
        return classes.findById(classId)
                .filter(c -> c.schoolUnitId() == unitId)
                .orElseThrow(() -> vn.eduvn.platform.DomainException.invalid(field, "error.class.notAtSchool"));
    }

    @Transactional(readOnly = true)
    public Optional<SchoolClass> findClass(long classId) {
        return classes.findById(classId);
    }

    /** The class of that name in the year, created when missing. */
    public SchoolClass classNamed(long unitId, int startYear, String name) {
        require(unitId, KEEPERS);
        return classes.findBySchoolUnitIdAndStartYearAndName(unitId, startYear, name)
                .orElseGet(() -> classes.save(new SchoolClass(unitId, startYear, SchoolClass.gradeOf(name), name, 1)));
    }
}
