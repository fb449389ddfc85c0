package vn.eduvn.registry.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.registry.school.Schools;

/**
 * Live counts for a unit's whole subtree, straight from the schools' own records: schools, classes, students
 * by grade and gender, by ethnic group and by disability, staff by position and by qualification, and the usual ratios.
 * The subtree's schools come from the unit paths; then one grouped query per table, so the figures are always
 * today's without a join over a province's students.
 */
@Service
@Transactional(readOnly = true)
public class RegistryStatistics {

    private final JdbcClient jdbc;

    private final Units units;

    private final Access access;

    RegistryStatistics(JdbcClient jdbc, Units units, Access access) {
        this.jdbc = jdbc;
        this.units = units;
        this.access = access;
    }

    public UnitCounts of(long unitId) {
        UnitView unit = units.getChecked(unitId);
        access.require(unit.ref(), Schools.READERS);
        String prefix = unit.path() + "%";
        long schools = jdbc.sql("""
                select count(*) from org_unit u where u.path like ? and u.status = 'OPEN'
                and (u.type_code = 'SCHOOL' or exists (select 1 from registry_school s where s.unit_id = u.id))""").param(prefix).query(Long.class).single();
        Map<Long, Integer> gradeOfClass = new HashMap<>();
        jdbc.sql("""
                select c.id, c.grade from registry_class c join org_unit u on u.id = c.school_unit_id
                where u.path like ? and c.start_year = (select max(c2.start_year) from registry_class c2 where c2.school_unit_id = c.school_unit_id)""")
                .param(prefix)
                .query((rs, n) -> gradeOfClass.put(rs.getLong(1), rs.getInt(2)))
                .list();
        // One pass over the students of the subtree, grouped by class, gender and ethnic group; both tables
        // are summed from it in memory (a few thousand groups even for a province).
        // The students come from the tally each school keeps of its own (StudentTally): a few hundred rows per
        // school instead of every student of the province.
        Map<Integer, long[]> grades = new TreeMap<>();
        Map<String, Long> ethnicities = new HashMap<>();
        Map<String, Long> disabilities = new HashMap<>();
        jdbc.sql("""
                select t.grade, t.gender, t.ethnicity_code, t.disability_code, sum(t.students) from registry_student_tally t
                join org_unit u on u.id = t.school_unit_id
                where u.path like ?
                group by t.grade, t.gender, t.ethnicity_code, t.disability_code""")
                .param(prefix)
                .query((rs, n) -> {
                    long count = rs.getLong(5);
                    grades.computeIfAbsent(rs.getInt(1), g -> new long[2])["F".equals(rs.getString(2)) ? 1 : 0] +=
                            count;
                    ethnicities.merge(rs.getString(3), count, Long::sum);
                    if (!rs.getString(4).isEmpty()) {
                        disabilities.merge(rs.getString(4), count, Long::sum);
                    }
                    return null;
                })
                .list();
        List<GradeRow> byGrade = grades.entrySet().stream()
                .map(e -> new GradeRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
        Map<String, String> ethnicNames = new HashMap<>();
        jdbc.sql("select code, name from registry_ethnicity")
                .query((rs, n) -> ethnicNames.put(rs.getString(1), rs.getString(2)))
                .list();
        List<NamedCount> byEthnicity = ethnicities.entrySet().stream()
                .map(e -> new NamedCount(ethnicNames.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(NamedCount::total)
                        .reversed()
                        .thenComparing(NamedCount::name))
                .toList();
        Map<String, String> disabilityNames = new HashMap<>();
        jdbc.sql("select code, name_vi from registry_code where list = 'disability'")
                .query((rs, n) -> disabilityNames.put(rs.getString(1), rs.getString(2)))
                .list();
        List<NamedCount> byDisability = disabilities.entrySet().stream()
                .map(e -> new NamedCount(disabilityNames.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(NamedCount::total)
                        .reversed()
                        .thenComparing(NamedCount::name))
                .toList();
        List<NamedCount> byPosition = staffBy("position", prefix);
        List<NamedCount> byQualification = staffBy("qualification", prefix);
        long students = byGrade.stream().mapToLong(GradeRow::total).sum();
        long teachers = jdbc.sql("""
                select count(*) from registry_staff t join org_unit u on u.id = t.school_unit_id
                where u.path like ? and t.position = 'GIAO_VIEN' and t.status = 'DANG_LAM_VIEC'""").param(prefix).query(Long.class).single();
        return new UnitCounts(
                unit.id(),
                unit.name(),
                schools,
                gradeOfClass.size(),
                students,
                teachers,
                byGrade,
                byEthnicity,
                byDisability,
                byPosition,
                byQualification,
                ratio(students, gradeOfClass.size()),
                ratio(students, teachers));
    }

    /** Staff grouped by a code-list column ("position" or "qualification", which are also the list names). */
    private List<NamedCount> staffBy(String column, String prefix) {
        return jdbc.sql("""
                select coalesce(c.name_vi, t.%1$s) as name, count(*) as total
                from registry_staff t join org_unit u on u.id = t.school_unit_id
                left join registry_code c on c.list = '%1$s' and c.code = t.%1$s
                where u.path like ? and t.status = 'DANG_LAM_VIEC'
                group by t.%1$s, c.name_vi, c.sort_order order by c.sort_order""".formatted(column))
                .param(prefix)
                .query(NamedCount.class)
                .list();
    }

    private static BigDecimal ratio(long a, long b) {
        return b == 0 ? null : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 1, RoundingMode.HALF_UP);
    }

    /** Counts for one unit's subtree. */
    public record UnitCounts(
            long unitId,
            String unitName,
            long schools,
            long classes,
            long students,
            long teachers,
            List<GradeRow> studentsByGrade,
            List<NamedCount> studentsByEthnicity,
            List<NamedCount> studentsByDisability,
            List<NamedCount> staffByPosition,
            List<NamedCount> staffByQualification,
            BigDecimal studentsPerClass,
            BigDecimal studentsPerTeacher) {}

    /** Students of one grade by gender. */
    public record GradeRow(int grade, long male, long female) {

        public long total() {
            return male + female;
        }
    }

    /** A label and a count. */
    public record NamedCount(String name, long total) {}
}
