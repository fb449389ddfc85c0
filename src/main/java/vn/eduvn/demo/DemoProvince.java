package vn.eduvn.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.eduvn.admissions.AdmissionsApi;
import vn.eduvn.identity.IdentityApi;
import vn.eduvn.org.AdminArea;
import vn.eduvn.org.AdministrativeUnits;
import vn.eduvn.org.SchoolYears;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Role;
import vn.eduvn.platform.SystemActor;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.SchoolLevel;

/**
 * Loads the demo province on the first start with an empty database: its Department, three communes, a
 * primary school with a satellite campus, a lower-secondary and an upper-secondary school, the school years,
 * school profiles, classes and students, and the demo accounts. The same seed always gives the same province.
 */
@Component
@Order(20)
class DemoProvince implements ApplicationRunner {

    static final String MARKER_ACCOUNT = "sogd";

    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

    private final DemoProperties properties;

    private final Units units;

    private final AdministrativeUnits areas;

    private final SchoolYears schoolYears;

    private final IdentityApi identity;

    private final TransactionTemplate tx;

    private final RegistryApi registry;

    private final String port;

    private final DemoStudents students;

    private final DemoStaff staff;

    private final DemoMarks marks;

    private final AdmissionsApi admissions;

    DemoProvince(
            DemoProperties properties,
            Units units,
            AdministrativeUnits areas,
            SchoolYears schoolYears,
            IdentityApi identity,
            TransactionTemplate tx,
            RegistryApi registry,
            DemoStudents students,
            DemoStaff staff,
            DemoMarks marks,
            AdmissionsApi admissions,
            @Value("${server.port:8080}") String port) {
        this.admissions = admissions;
        this.port = port;
        this.marks = marks;
        this.registry = registry;
        this.students = students;
        this.staff = staff;
        this.properties = properties;
        this.units = units;
        this.areas = areas;
        this.schoolYears = schoolYears;
        this.identity = identity;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        if (identity.exists(MARKER_ACCOUNT)) {
            log.info(
                    "Demo province already loaded; demo logins: {} (password printed at first start{})",
                    String.join(", ", usernames()),
                    properties.password() == null ? "" : ", or eduvn.demo.password");
            return;
        }
        String password = properties.password() != null
                ? properties.password()
                : "Demo" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4)) + "1";
        List<DemoLogin> logins = new ArrayList<>();
        SystemActor.run(() -> tx.executeWithoutResult(s -> logins.addAll(generate(password))));
        StringBuilder table = new StringBuilder();
        logins.forEach(l -> table.append(String.format("%n   %-12s %-20s %s", l.username(), l.role(), l.unit())));
        log.warn("""

                ================================================================
                 EduVN demo province loaded. Sign in at http://localhost:{}
                 Password of every demo account: {}
                 Logins:{}
                ================================================================""", port, password, table);
    }

    private List<DemoLogin> generate(String password) {
        Random random = new Random(properties.seed());
        UnitView ministry = units.root().orElseThrow();
        UnitView department = units.findByCode("DEPARTMENT", properties.provinceCode())
                .orElseThrow(
                        () -> new IllegalStateException("No Department for province " + properties.provinceCode()));
        List<AdminArea> communes = new ArrayList<>(areas.communesOf(properties.provinceCode()));
        java.util.Collections.shuffle(communes, random);

        List<UnitView> communeUnits = communes.subList(0, 3).stream()
                .map(c -> units.create(department.id(), "COMMUNE", c.code(), "UBND " + c.fullName()))
                .toList();
        UnitView primary = units.create(
                communeUnits.get(0).id(),
                "SCHOOL",
                properties.provinceCode() + "TH001",
                "Trường Tiểu học " + communes.get(0).name());
        units.create(
                primary.id(),
                "CAMPUS",
                properties.provinceCode() + "TH001-2",
                "Điểm trường thôn Đông, Trường Tiểu học " + communes.get(0).name());
        UnitView lowerSecondary = units.create(
                communeUnits.get(1).id(),
                "SCHOOL",
                properties.provinceCode() + "THCS001",
                "Trường THCS " + communes.get(1).name());
        UnitView upperSecondary = units.create(
                department.id(),
                "SCHOOL",
                properties.provinceCode() + "THPT001",
                "Trường THPT " + communes.get(2).name());

        for (int year = 2024; year <= 2026; year++) {
            schoolYears.define(
                    ministry.id(),
                    year,
                    firstWeekday(year, 9, 5),
                    LocalDate.of(year + 1, 1, 17),
                    LocalDate.of(year + 1, 1, 19),
                    LocalDate.of(year + 1, 5, 31));
        }

        registry.describeSchool(primary.id(), SchoolLevel.PRIMARY, "CONG_LAP", 1, 20, 1, 25, true);
        registry.describeSchool(lowerSecondary.id(), SchoolLevel.LOWER_SECONDARY, "CONG_LAP", 2, 24, 2, 45, true);
        registry.describeSchool(upperSecondary.id(), SchoolLevel.UPPER_SECONDARY, "CONG_LAP", 0, 30, 2, 60, true);
        students.fill(primary.id(), SchoolLevel.PRIMARY, List.of(1, 2, 3, 4, 5), 12, random);
        students.fill(lowerSecondary.id(), SchoolLevel.LOWER_SECONDARY, List.of(6, 7, 8, 9), 12, random);
        staff.primary(primary.id(), "Nguyễn Thị Lan");
        staff.lowerSecondary(lowerSecondary.id(), "Trần Văn Hùng");

        List<DemoLogin> logins = new ArrayList<>();
        logins.add(account("admin", "Quản trị hệ thống", ministry, Role.SYSTEM_ADMIN, password));
        logins.add(account(MARKER_ACCOUNT, "Chuyên viên Sở GDĐT", department, Role.DEPARTMENT_OFFICIAL, password));
        logins.add(account("hieutruong1", "Nguyễn Thị Lan", primary, Role.PRINCIPAL, password));
        logins.add(account("hieutruong2", "Trần Văn Hùng", lowerSecondary, Role.PRINCIPAL, password));
        logins.add(account("giaovu1", "Phạm Thu Hà", primary, Role.CLERK, password));
        logins.add(account("giaovien1", "Lê Minh Đức", primary, Role.TEACHER, password));
        logins.add(account("giaovien2", "Nguyễn Văn Tiến", lowerSecondary, Role.TEACHER, password));
        logins.add(account("phuhuynh1", "Phụ huynh lớp 1A1", primary, Role.PARENT, password));
        marks.firstTerm(primary.id(), random);
        marks.linkParent(primary.id(), "1A1", "phuhuynh1");
        marks.firstTerm(lowerSecondary.id(), random);
        admissions.loadDemo(new AdmissionsApi.DemoSchools(
                department.id(),
                lowerSecondary.id(),
                communes.get(1).code(),
                upperSecondary.id(),
                communes.get(2).code(),
                properties.seed()));
        return logins;
    }

    private DemoLogin account(String username, String name, UnitView unit, Role role, String password) {
        if (!identity.exists(username)) {
            identity.createAccount(username, name, username + "@demo.eduvn.vn", unit.id(), password, role);
        }
        return new DemoLogin(username, role.name(), unit.name());
    }

    private static LocalDate firstWeekday(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, month, day);
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    static List<String> usernames() {
        return List.of(
                "admin",
                MARKER_ACCOUNT,
                "hieutruong1",
                "hieutruong2",
                "giaovu1",
                "giaovien1",
                "giaovien2",
                "phuhuynh1");
    }

    record DemoLogin(String username, String role, String unit) {}
}
