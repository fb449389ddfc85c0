package vn.eduvn.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.eduvn.registry.Gender;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.SchoolLevel;

/**
 * Fills the demo schools with classes and students: Vietnamese names drawn by rough frequency, birth dates
 * that fit the grade, personal identifiers that fit the birth year and sex (province of birth 033, Hưng Yên).
 */
@Component
class DemoStudents {

    private static final String[] FAMILY = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Vũ",
        "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Đinh", "Lương"
    };

    private static final String[] MIDDLE_MALE = {"Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Gia", "Thanh", "Công"};

    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Ngọc", "Thu", "Minh", "Thanh", "Khánh", "Bảo"};

    private static final String[] GIVEN_MALE = {
        "An", "Anh", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hoàng", "Huy", "Hùng", "Khang", "Khoa",
        "Long", "Minh", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thành", "Trung", "Tuấn", "Việt"
    };

    private static final String[] GIVEN_FEMALE = {
        "An", "Anh", "Chi", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Huyền", "Lan", "Linh", "Mai", "My", "Ngân", "Ngọc",
        "Nhung", "Phương", "Quỳnh", "Thảo", "Trang", "Uyên", "Vân", "Vy", "Yến"
    };

    private final RegistryApi registry;

    DemoStudents(RegistryApi registry) {
        this.registry = registry;
    }

    /** Two classes per grade, {@code perClass} students each, for every grade of the school's level. */
    void fill(long schoolUnitId, SchoolLevel level, List<Integer> grades, int perClass, Random random) {
        int year = registry.currentYear(schoolUnitId);
        for (int grade : grades) {
            for (String suffix : List.of("A1", "A2")) {
                for (int i = 0; i < perClass; i++) {
                    Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
                    String name = pick(FAMILY, random) + " "
                            + pick(gender == Gender.MALE ? MIDDLE_MALE : MIDDLE_FEMALE, random) + " "
                            + pick(gender == Gender.MALE ? GIVEN_MALE : GIVEN_FEMALE, random);
                    int birthYear = year - 5 - grade;
                    LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
                    String ethnicity = random.nextInt(20) == 0 ? "06" : "01";
                    String id = identifier(birth, gender, random);
                    // The mother's details come from their own generator, so the pupils stay those of earlier demos.
                    Random family = new Random(Long.parseLong(id));
                    String mother = pick(FAMILY, family) + " Thị " + pick(GIVEN_FEMALE, family);
                    registry.enrol(
                            schoolUnitId,
                            id,
                            name,
                            birth,
                            gender,
                            ethnicity,
                            grade + suffix,
                            mother,
                            String.format("09%08d", family.nextInt(100_000_000)));
                }
            }
        }
    }

    private static String identifier(LocalDate birth, Gender gender, Random random) {
        int centuryAndSex = (birth.getYear() / 100 - 19) * 2 + (gender == Gender.FEMALE ? 1 : 0);
        return String.format("033%d%02d%06d", centuryAndSex, birth.getYear() % 100, random.nextInt(1_000_000));
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
