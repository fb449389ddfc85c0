package vn.eduvn.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.Gender;
import vn.eduvn.registry.RegistryApi;

/**
 * Staff of the demo schools: the principal, homeroom teachers who teach their class most subjects (primary),
 * subject teachers (lower secondary), and the teaching assignments that the gradebook and timetable will read.
 */
@Component
class DemoStaff {

    private static final String[] PRIMARY_SUBJECTS = {"TIENG_VIET", "TOAN", "DAO_DUC", "TN_XH", "HDTN"};

    private static final String[][] SECONDARY_TEACHERS = {
        {"NGU_VAN", "Trần Thị Hồng"},
        {"TOAN", "Nguyễn Văn Tiến"},
        {"NGOAI_NGU_1", "Phạm Thu Thủy"},
        {"KHTN", "Lê Quang Vinh"},
        {"LS_DL", "Đỗ Thị Ngọc"},
        {"GDTC", "Vũ Đình Mạnh"}
    };

    private final RegistryApi registry;

    DemoStaff(RegistryApi registry) {
        this.registry = registry;
    }

    void primary(long schoolUnitId, String principalName) {
        registry.addStaff(
                schoolUnitId,
                "033180001001",
                principalName,
                LocalDate.of(1980, 3, 8),
                Gender.FEMALE,
                "HIEU_TRUONG",
                "THAC_SI",
                "HANG_II",
                "TIENG_VIET");
        List<ClassView> classes = registry.classes(schoolUnitId);
        int n = 0;
        for (ClassView c : classes) {
            n++;
            boolean female = n % 3 != 0;
            String name = n == 1 ? "Lê Minh Đức" : (female ? "Nguyễn Thị " : "Hoàng Văn ") + GIVEN[n % GIVEN.length];
            Gender gender = n == 1 ? Gender.MALE : female ? Gender.FEMALE : Gender.MALE;
            LocalDate born = LocalDate.of(1985 + n % 10, 1 + n % 12, 1 + n % 27);
            String id = String.format("033%d%02d%06d", gender == Gender.FEMALE ? 1 : 0, born.getYear() % 100, 2000 + n);
            long teacher = registry.addStaff(
                    schoolUnitId, id, name, born, gender, "GIAO_VIEN", "DAI_HOC_SU_PHAM", "HANG_III", "TIENG_VIET");
            registry.setHomeroom(schoolUnitId, c.id(), teacher);
            if (n == 1) {
                registry.linkAccount(schoolUnitId, id, "giaovien1");
            }
            for (String subject : PRIMARY_SUBJECTS) {
                if (!(subject.equals("TN_XH") && c.grade() > 3)) {
                    registry.assign(schoolUnitId, c.id(), subject, teacher);
                }
            }
        }
    }

    void lowerSecondary(long schoolUnitId, String principalName) {
        registry.addStaff(
                schoolUnitId,
                "033078002001",
                principalName,
                LocalDate.of(1978, 6, 2),
                Gender.MALE,
                "HIEU_TRUONG",
                "THAC_SI",
                "HANG_I",
                "TOAN");
        // One team of subject teachers for grades 6-7 and another for grades 8-9: a teacher's week then fits
        // in the school's mornings, as it must for the timetable to exist.
        List<Long> lower = secondaryTeachers(schoolUnitId, SECONDARY_TEACHERS, 3000);
        List<Long> upper = secondaryTeachers(schoolUnitId, SECONDARY_TEACHERS_UPPER, 3100);
        List<ClassView> classes = registry.classes(schoolUnitId);
        int lowerCount = 0;
        int upperCount = 0;
        for (ClassView c : classes) {
            boolean younger = c.grade() <= 7;
            List<Long> teachers = younger ? lower : upper;
            int k = younger ? lowerCount++ : upperCount++;
            registry.setHomeroom(schoolUnitId, c.id(), teachers.get(k % teachers.size()));
            for (int s = 0; s < SECONDARY_TEACHERS.length; s++) {
                registry.assign(schoolUnitId, c.id(), SECONDARY_TEACHERS[s][0], teachers.get(s));
            }
            // The rest of the 2018 programme, so that a year's learning result has its six scored subjects.
            for (String[] more : SECONDARY_MORE) {
                registry.assign(schoolUnitId, c.id(), more[0], teachers.get(Integer.parseInt(more[1])));
            }
            registry.assign(schoolUnitId, c.id(), "HDTN_HN", teachers.get(k % teachers.size()));
        }
        // Nguyễn Văn Tiến (Toán, homeroom teacher of 6A2) signs in as giaovien2.
        registry.linkAccount(schoolUnitId, "033084003002", "giaovien2");
    }

    private List<Long> secondaryTeachers(long schoolUnitId, String[][] team, int idBase) {
        List<Long> teachers = new ArrayList<>();
        int n = 0;
        for (String[] t : team) {
            n++;
            Gender gender = t[1].contains(" Thị ") || t[1].contains(" Thu ") ? Gender.FEMALE : Gender.MALE;
            LocalDate born = LocalDate.of(1982 + n + (idBase - 3000) / 100, n, 10 + n);
            String id =
                    String.format("033%d%02d%06d", gender == Gender.FEMALE ? 1 : 0, born.getYear() % 100, idBase + n);
            teachers.add(registry.addStaff(
                    schoolUnitId, id, t[1], born, gender, "GIAO_VIEN", "DAI_HOC_SU_PHAM", "HANG_II", t[0]));
        }
        return teachers;
    }

    private static final String[][] SECONDARY_TEACHERS_UPPER = {
        {"NGU_VAN", "Phạm Thị Mai"},
        {"TOAN", "Đặng Quốc Bảo"},
        {"NGOAI_NGU_1", "Nguyễn Thu Trang"},
        {"KHTN", "Trịnh Văn Long"},
        {"LS_DL", "Hoàng Thị Thoa"},
        {"GDTC", "Bùi Văn Hải"}
    };

    /** Subject and the index of its teacher among SECONDARY_TEACHERS. */
    private static final String[][] SECONDARY_MORE = {
        {"GDCD", "4"}, {"CONG_NGHE", "3"}, {"TIN_HOC", "1"}, {"NGHE_THUAT", "5"}
    };

    private static final String[] GIVEN = {
        "Lan", "Hạnh", "Hương", "Minh", "Thủy", "Tuấn", "Yến", "Hải", "Bình", "Nga", "Quyên"
    };
}
