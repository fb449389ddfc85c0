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
 * by grade and gender and by ethnic group, staff by position and by qualification, and the usual ratios.
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
        List<Long> schoolIds = jdbc.sql("""
                select u.id from org_unit u where u.path like ? and u.status = 'OPEN'
                and (u.type_code = 'SCHOOL' or exists (select 1 from registry_school s where s.unit_id = u.id))""")
                .param(prefix).query(Long.class).list();
        if (schoolIds.isEmpty()) {
            return new UnitCounts(unit.id(), unit.name(), 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of(), null, null);
        }
        // Each figure is one aggregate over one table, filtered by school id: no join over the big tables.
        Map<String, Object> schools = Map.of("schools", schoolIds);
        Map<Long, Integer> gradeOfClass = new HashMap<>();
        jdbc.sql("""
                select c.id, c.grade from registry_class c where c.school_unit_id in (:schools)
                and c.start_year = (select max(c2.start_year) from registry_class c2 where c2.school_unit_id = c.school_unit_id)""")
                .params(schools).query((rs, n) -> gradeOfClass.put(rs.getLong(1), rs.getInt(2))).list();
        Map<Integer, long[]> grades = new TreeMap<>();
        jdbc.sql("""
                select s.class_id, s.gender, count(*) from registry_student s
                where s.school_unit_id in (:schools) and s.status = 'ENROLLED' and s.class_id is not null
                group by s.class_id, s.gender""").params(schools).query((rs, n) -> {
                    Integer grade = gradeOfClass.get(rs.getLong(1));
                    if (grade != null) {
                        grades.computeIfAbsent(grade, g -> new long[2])["F".equals(rs.getString(2)) ? 1 : 0] += rs.getLong(3);
                    }
                    return null;
                }).list();
        List<GradeRow> byGrade = grades.entrySet().stream()
                .map(e -> new GradeRow(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        Map<String, String> ethnicNames = new HashMap<>();
        jdbc.sql("select code, name from registry_ethnicity").query((rs, n) -> ethnicNames.put(rs.getString(1), rs.getString(2))).list();
        List<NamedCount> byEthnicity = jdbc.sql("""
                select s.ethnicity_code, count(*) from registry_student s
                where s.school_unit_id in (:schools) and s.status = 'ENROLLED'
                group by s.ethnicity_code order by count(*) desc""").params(schools)
                .query((rs, n) -> new NamedCount(ethnicNames.getOrDefault(rs.getString(1), rs.getString(1)), rs.getLong(2)))
                .list();
        List<NamedCount> byPosition = staffBy("position", schools);
        List<NamedCount> byQualification = staffBy("qualification", schools);
        long students = byGrade.stream().mapToLong(GradeRow::total).sum();
        long teachers = jdbc.sql("""
                select count(*) from registry_staff t where t.school_unit_id in (:schools)
                and t.position = 'GIAO_VIEN' and t.status = 'DANG_LAM_VIEC'""").params(schools).query(Long.class).single();
        return new UnitCounts(unit.id(), unit.name(), schoolIds.size(), gradeOfClass.size(), students, teachers, byGrade,
                byEthnicity, byPosition, byQualification, ratio(students, gradeOfClass.size()), ratio(students, teachers));
    }

    /** Staff grouped by a code-list column ("position" or "qualification", which are also the list names). */
    private List<NamedCount> staffBy(String column, Map<String, Object> schools) {
        return jdbc.sql("""
                select coalesce(c.name_vi, t.%1$s) as name, count(*) as total
                from registry_staff t left join registry_code c on c.list = '%1$s' and c.code = t.%1$s
                where t.school_unit_id in (:schools) and t.status = 'DANG_LAM_VIEC'
                group by t.%1$s, c.name_vi, c.sort_order order by c.sort_order""".formatted(column))
                .params(schools).query(NamedCount.class).list();
    }

    private static BigDecimal ratio(long a, long b) {
        return b == 0 ? null : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 1, RoundingMode.HALF_UP);
    }

    /** Counts for one unit's subtree. */
    public record UnitCounts(long unitId, String unitName, long schools, long classes, long students, long teachers,
            List<GradeRow> studentsByGrade, List<NamedCount> studentsByEthnicity, List<NamedCount> staffByPosition,
            List<NamedCount> staffByQualification, BigDecimal studentsPerClass, BigDecimal studentsPerTeacher) {
    }

    /** Students of one grade by gender. */
    public record GradeRow(int grade, long male, long female) {

        public long total() {
            return male + female;
        }
    }

    /** A label and a count. */
    public record NamedCount(String name, long total) {
    }
}
