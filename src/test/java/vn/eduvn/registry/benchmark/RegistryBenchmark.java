package vn.eduvn.registry.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.org.Units;
import vn.eduvn.platform.SystemActor;
import vn.eduvn.platform.sheets.ImportMode;
import vn.eduvn.platform.text.VietnameseText;
import vn.eduvn.registry.importing.ImportReport;
import vn.eduvn.registry.importing.StudentImport;
import vn.eduvn.registry.statistics.RegistryStatistics;
import vn.eduvn.registry.student.StudentDirectory;

/**
 * The registry's speed at province scale: importing one large workbook through the real import, searching
 * students by name in a database of a million, and the Department's live counts over it. Not part of
 * {@code ./mvnw verify}; run with {@code ./mvnw test -Pbenchmark} (add {@code -Ppostgresql} for PostgreSQL).
 * Sizes: {@code -Dbenchmark.import=100000 -Dbenchmark.total=1000000}. Results go to stdout and to
 * {@code target/benchmark-registry.txt}.
 */
@EduVnTest
@Tag("benchmark")
class RegistryBenchmark {

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý"
    };

    private static final int[] FAMILY_WEIGHT = {38, 11, 10, 7, 5, 5, 4, 4, 4, 2, 2, 2, 2, 1, 1, 1};

    private static final String[] MIDDLE = {
        "Văn", "Thị", "Minh", "Ngọc", "Thanh", "Đức", "Hữu", "Quang", "Thu", "Gia", "Bảo", "Khánh"
    };

    private static final String[] GIVEN = {
        "An", "Anh", "Bình", "Châu", "Chi", "Cường", "Dũng", "Duy", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng",
        "Hương", "Huy", "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "My", "Nam", "Ngân", "Ngọc", "Nhung", "Phúc",
        "Phương", "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thành", "Trang", "Trung", "Tuấn", "Uyên", "Vân", "Việt", "Vy",
        "Yến"
    };

    @Autowired
    Demo demo;

    @Autowired
    Units units;

    @Autowired
    StudentImport importer;

    @Autowired
    StudentDirectory directory;

    @Autowired
    RegistryStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    vn.eduvn.registry.student.StudentTally tally;

    @Value("${benchmark.import:100000}")
    int importSize;

    @Value("${benchmark.total:1000000}")
    int total;

    @Value("${spring.datasource.url}")
    String database;

    @Test
    void provinceScale() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "EduVN registry benchmark — %s, %d cores, Java %s%n",
                database.replaceAll("[;?].*", ""),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        Random random = new Random(20251128L);
        SystemActor.run(() -> {
            try {
                long big = school("BENCH-BIG", "Trường Phổ thông Nhiều Cấp Đo Tốc Độ");
                byte[] workbook = workbook(importSize, random);
                long t0 = System.nanoTime();
                ImportReport report =
                        importer.importStudents(big, new ByteArrayInputStream(workbook), ImportMode.ALL_OR_NOTHING);
                double importSeconds = (System.nanoTime() - t0) / 1e9;
                out.append(String.format(
                        "import %,d-row workbook (%,d bytes): %.1f s, imported %,d, rejected %d%n",
                        importSize, workbook.length, importSeconds, report.imported(), report.rejected()));

                int seeded = seed(total - importSize, random);
                long count = jdbc.queryForObject("select count(*) from registry_student", Long.class);
                out.append(String.format("database: %,d students (%,d seeded in schools of 1,000)%n", count, seeded));

                List<Long> schools =
                        jdbc.queryForList("select distinct school_unit_id from registry_student", Long.class);
                out.append(search("search in a 1,000-student school", schools, random));
                out.append(search(
                        "search in the " + String.format("%,d", importSize) + "-student school", List.of(big), random));

                long[] times = new long[5];
                long counted = 0;
                for (int i = 0; i < times.length; i++) {
                    long s = System.nanoTime();
                    counted = statistics.of(demo.department().id()).students();
                    times[i] = System.nanoTime() - s;
                }
                Arrays.sort(times);
                // The counts must be right, not only fast: every enrolled student of the province is counted.
                long enrolled = jdbc.queryForObject(
                        "select count(*) from registry_student where status = 'ENROLLED' and class_id is not null",
                        Long.class);
                if (counted != enrolled) {
                    throw new IllegalStateException("counted " + counted + " students, the registry has " + enrolled);
                }
                out.append(String.format(
                        "Department live counts over %,d students (counted %,d): median %.0f ms, max %.0f ms (5 runs)%n",
                        count, counted, times[2] / 1e6, times[4] / 1e6));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println(out);
        Files.writeString(Path.of("target/benchmark-registry.txt"), out.toString());
    }

    private long school(String code, String name) {
        return units.findByCode("SCHOOL", code)
                .orElseGet(() -> units.create(demo.commune1().id(), "SCHOOL", code, name))
                .id();
    }

    private String search(String label, List<Long> schools, Random random) {
        long[] times = new long[300];
        for (int i = 0; i < times.length; i++) {
            long school = schools.get(random.nextInt(schools.size()));
            String q = i % 3 == 0
                    ? VietnameseText.fold(GIVEN[random.nextInt(GIVEN.length)])
                    : VietnameseText.fold(
                            FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)]);
            long s = System.nanoTime();
            directory
                    .search(school, q, null, PageRequest.of(0, 50))
                    .getContent()
                    .size();
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        return String.format(
                "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (300 queries, first page of 50)%n",
                label, times[150] / 1e6, times[284] / 1e6, times[299] / 1e6);
    }

    /** Bulk rows straight into the table, a thousand per school, so the search and counts run at size. */
    private int seed(int students, Random random) {
        int perSchool = 1000;
        int schools = Math.max(0, students / perSchool);
        long department = demo.department().id();
        for (int s = 0; s < schools; s++) {
            long unit = school("BENCH-" + s, "Trường Đo Tốc Độ " + s);
            jdbc.update(
                    "insert into registry_class (school_unit_id, start_year, grade, name, sessions_per_day, version) values (?, 2026, 6, '6A1', 1, 0)",
                    unit);
            long classId = jdbc.queryForObject(
                    "select id from registry_class where school_unit_id = ? and name = '6A1'", Long.class, unit);
            List<Object[]> rows = new ArrayList<>(perSchool);
            for (int i = 0; i < perSchool; i++) {
                String name = name(random);
                boolean female = random.nextBoolean();
                rows.add(new Object[] {
                    unit,
                    String.format("9%02d%d%02d%06d", s % 100, female ? 3 : 2, 13, (s * perSchool + i) % 1_000_000),
                    name,
                    VietnameseText.fold(name),
                    VietnameseText.nameSortKey(name),
                    Date.valueOf(LocalDate.of(2013, 1 + i % 12, 1 + i % 28)),
                    female ? "F" : "M",
                    random.nextInt(10) == 0 ? "02" : "01",
                    classId
                });
            }
            jdbc.batchUpdate("""
                    insert into registry_student (school_unit_id, personal_id, full_name, search_name, sort_key, birth_date,
                    gender, ethnicity_code, class_id, status, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ENROLLED', 0)""", rows);
            tally.recount(unit);
        }
        return schools * perSchool;
    }

    static byte[] workbook(int rows, Random random) throws Exception {
        return workbook(rows, 1, 12, random);
    }

    /** A workbook of {@code rows} pupils in classes of grades {@code lowest} to {@code highest}. */
    static byte[] workbook(int rows, int lowest, int highest, Random random) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000)) {
            Sheet sheet = workbook.createSheet("Học sinh");
            Row header = sheet.createRow(0);
            String[] headers = {
                "Mã định danh",
                "Họ và tên",
                "Ngày sinh",
                "Giới tính",
                "Dân tộc",
                "Lớp",
                "Tôn giáo",
                "Họ tên mẹ",
                "SĐT mẹ"
            };
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 1; r <= rows; r++) {
                int grade = lowest + random.nextInt(highest - lowest + 1);
                int year = 2026 - 5 - grade;
                boolean female = random.nextBoolean();
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(String.format("092%d%02d%06d", female ? 3 : 2, year % 100, r));
                row.createCell(1).setCellValue(name(random));
                row.createCell(2)
                        .setCellValue(
                                String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12), year));
                row.createCell(3).setCellValue(female ? "Nữ" : "Nam");
                row.createCell(4).setCellValue(random.nextInt(15) == 0 ? "Khơ-me" : "Kinh");
                row.createCell(5).setCellValue(grade + "A" + (1 + random.nextInt(8)));
                row.createCell(6).setCellValue(random.nextInt(10) == 0 ? "Công giáo" : "Không");
                row.createCell(7).setCellValue(name(random));
                row.createCell(8).setCellValue(String.format("09%08d", random.nextInt(100_000_000)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static String name(Random random) {
        int w = random.nextInt(98);
        int f = 0;
        while (w >= FAMILY_WEIGHT[f]) {
            w -= FAMILY_WEIGHT[f];
            f++;
        }
        return FAMILY[f] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    }
}
