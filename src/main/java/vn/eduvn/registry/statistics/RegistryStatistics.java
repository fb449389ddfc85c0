package vn.eduvn.registry.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

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
 * One grouped query per table, with the subtree as a join on the unit path, so the figures are always today's.
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
                and (u.type_code = 'SCHOOL' or exists (select 1 from registry_school s where s.unit_id = u.id))""")
                .param(prefix).query(Long.class).single();
        long classes = count("""
                select count(*) from registry_class c join org_unit u on u.id = c.school_unit_id
                where u.path like ? and c.start_year = (select max(c2.start_year) from registry_class c2
                                                        where c2.school_unit_id = c.school_unit_id)""", prefix);
        List<GradeRow> byGrade = jdbc.sql("""
                select c.grade as grade,
                       sum(case when s.gender = 'M' then 1 else 0 end) as male,
                       sum(case when s.gender = 'F' then 1 else 0 end) as female
                from registry_student s join registry_class c on c.id = s.class_id
                join org_unit u on u.id = s.school_unit_id
                where u.path like ? and s.status = 'ENROLLED'
                group by c.grade order by c.grade""").param(prefix).query(GradeRow.class).list();
        List<NamedCount> byEthnicity = jdbc.sql("""
                select e.name as name, count(*) as total
                from registry_student s join registry_ethnicity e on e.code = s.ethnicity_code
                join org_unit u on u.id = s.school_unit_id
                where u.path like ? and s.status = 'ENROLLED'
                group by e.code, e.name order by count(*) desc, e.name""").param(prefix).query(NamedCount.class).list();
        List<NamedCount> byPosition = staffBy("position", prefix);
        List<NamedCount> byQualification = staffBy("qualification", prefix);
        long students = byGrade.stream().mapToLong(GradeRow::total).sum();
        long teachers = count("""
                select count(*) from registry_staff t join org_unit u on u.id = t.school_unit_id
                where u.path like ? and t.position = 'GIAO_VIEN' and t.status = 'DANG_LAM_VIEC'""", prefix);
        return new UnitCounts(unit.id(), unit.name(), schools, classes, students, teachers, byGrade, byEthnicity,
                byPosition, byQualification, ratio(students, classes), ratio(students, teachers));
    }

    private List<NamedCount> staffBy(String column, String prefix) {
        String list = Map.of("position", "position", "qualification", "qualification").get(column);
        return jdbc.sql("""
                select coalesce(c.name_vi, t.%1$s) as name, count(*) as total
                from registry_staff t join org_unit u on u.id = t.school_unit_id
                left join registry_code c on c.list = '%2$s' and c.code = t.%1$s
                where u.path like ? and t.status = 'DANG_LAM_VIEC'
                group by t.%1$s, c.name_vi, c.sort_order order by c.sort_order""".formatted(column, list))
                .param(prefix).query(NamedCount.class).list();
    }

    private long count(String sql, String prefix) {
        return jdbc.sql(sql).param(prefix).query(Long.class).single();
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
