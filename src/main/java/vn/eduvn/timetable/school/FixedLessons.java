package vn.eduvn.timetable.school;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.RegistryApi;

/**
 * Periods of a class's subject the principal fixes before solving: the sports ground is the other school's on
 * Tuesday morning, a teacher teaches elsewhere on Thursday. Each is one period of the lesson on a day, session and
 * period of the class's week; every solve places it there. Chào cờ and sinh hoạt lớp are the week's own
 * ({@link WeekRules}).
 */
@Service
@Transactional
public class FixedLessons {

    private final JdbcClient jdbc;

    private final RegistryApi registry;

    private final WeekRules weekRules;

    FixedLessons(JdbcClient jdbc, RegistryApi registry, WeekRules weekRules) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.weekRules = weekRules;
    }

    /** A fixed period: a class's subject on a day (T2 to T7), a session (SANG, CHIEU) and a period of it. */
    public record Fixed(
            Long id, long classId, String className, String subjectCode, String day, String session, int period) {}

    /** The school's fixed periods, for the principal and the clerk, by class, day, session and period. */
    @Transactional(readOnly = true)
    public List<Fixed> list(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, false);
        return ofSchool(schoolUnitId);
    }

    /** The same for callers that have checked who may read them. */
    @Transactional(readOnly = true)
    List<Fixed> ofSchool(long schoolUnitId) {
        return jdbc.sql("""
                select f.id, f.class_id, c.name, f.subject_code, f.day_code, f.session_code, f.period from timetable_fixed_period f
                join registry_class c on c.id = f.class_id where f.school_unit_id = ?
                order by c.name, f.day_code, f.session_code desc, f.period""")
                .param(schoolUnitId)
                .query((rs, n) -> new Fixed(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7)))
                .list();
    }

    /**
     * Fixes a period, checked at once, every wrong field named: the class is the school's and studies the subject
     * here, the day is in the week, the session is one the class studies in, the period is in the session, and the
     * class has nothing fixed there yet (chào cờ and sinh hoạt lớp included).
     */
    public long add(long schoolUnitId, Fixed fixed) {
        registry.requireKeeper(schoolUnitId);
        List<FieldProblem> problems = new School(schoolUnitId).check(fixed, ofSchool(schoolUnitId));
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        return insert(schoolUnitId, fixed);
    }

    public void remove(long schoolUnitId, long fixedId) {
        registry.requireKeeper(schoolUnitId);
        if (jdbc.sql("delete from timetable_fixed_period where id = ? and school_unit_id = ?")
                        .params(fixedId, schoolUnitId)
                        .update()
                == 0) {
            throw DomainException.notFound("timetable.error.noSuchFixed");
        }
    }

    /**
     * Replaces the fixed periods of some lessons ({@code classId/subjectCode}, a FET import's) with {@code periods},
     * each checked as {@link #add} checks it, every refusal named.
     */
    public void replace(long schoolUnitId, java.util.Set<String> lessons, List<Fixed> periods) {
        registry.requireKeeper(schoolUnitId);
        List<Fixed> kept = new ArrayList<>();
        for (Fixed f : ofSchool(schoolUnitId)) {
            if (lessons.contains(f.classId() + "/" + f.subjectCode())) {
                jdbc.sql("delete from timetable_fixed_period where id = ?")
                        .param(f.id())
                        .update();
            } else {
                kept.add(f);
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        School school = new School(schoolUnitId);
        for (Fixed f : periods) {
            List<FieldProblem> wrong = school.check(f, kept);
            problems.addAll(wrong);
            if (wrong.isEmpty()) {
                insert(schoolUnitId, f);
                kept.add(f);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
    }

    private long insert(long schoolUnitId, Fixed f) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into timetable_fixed_period (school_unit_id, class_id, subject_code, day_code, session_code, period, version)
                values (?, ?, ?, ?, ?, ?, 0)""")
                .params(schoolUnitId, f.classId(), f.subjectCode(), f.day(), f.session(), f.period())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** What a fixed period is checked against, read once for a whole import. */
    private final class School {

        private final Map<Long, ClassView> classes = new HashMap<>();

        private final Set<String> taught = new HashSet<>();

        private final WeekRules.Week week;

        private final Map<Long, WeekRules.ClassRule> rules;

        private final Map<String, String> subjectNames;

        School(long schoolUnitId) {
            registry.classes(schoolUnitId).forEach(c -> classes.put(c.id(), c));
            registry.teachingAssignments(schoolUnitId).forEach(a -> taught.add(a.classId() + "/" + a.subjectCode()));
            this.week = weekRules.week(schoolUnitId);
            this.rules = weekRules.classRules(schoolUnitId);
            this.subjectNames = registry.subjectNames();
        }

        List<FieldProblem> check(Fixed f, List<Fixed> existing) {
            List<FieldProblem> problems = new ArrayList<>();
            ClassView schoolClass = classes.get(f.classId());
            if (schoolClass == null) {
                problems.add(new FieldProblem("classId", "timetable.error.classNotFound"));
                return problems;
            }
            if (!taught.contains(f.classId() + "/" + f.subjectCode())) {
                problems.add(new FieldProblem(
                        "subjectCode",
                        "timetable.error.fixedNotTaught",
                        schoolClass.name(),
                        subjectNames.getOrDefault(f.subjectCode(), String.valueOf(f.subjectCode()))));
            }
            if (f.day() == null || !week.days().contains(f.day())) {
                problems.add(new FieldProblem("day", "timetable.error.fixedDay", f.day()));
            }
            List<String> sessions = WeekRules.ruleFor(schoolClass, rules).sessions();
            if (f.session() == null || !sessions.contains(f.session())) {
                problems.add(new FieldProblem("session", "timetable.error.fixedSession", schoolClass.name()));
            } else if (f.period() < 1 || f.period() > week.periods(f.session())) {
                problems.add(new FieldProblem("period", "timetable.error.fixedPeriod", week.periods(f.session())));
            } else if (taken(f, existing) || week.holdsFixedPeriod(sessions, f.day(), f.session(), f.period())) {
                problems.add(new FieldProblem(
                        "period",
                        "timetable.error.fixedTaken",
                        schoolClass.name(),
                        f.day(),
                        f.session().equals("SANG") ? 0 : 1,
                        f.period()));
            }
            return problems;
        }
    }

    private static boolean taken(Fixed f, List<Fixed> existing) {
        return existing.stream()
                .anyMatch(e -> e.classId() == f.classId()
                        && e.day().equals(f.day())
                        && e.session().equals(f.session())
                        && e.period() == f.period());
    }
}
