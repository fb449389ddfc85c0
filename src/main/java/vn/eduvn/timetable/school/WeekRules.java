package vn.eduvn.timetable.school;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.RegistryApi;

/**
 * The school week and the class rules the principal sets before solving: whether the school studies on Saturday,
 * the periods of a morning and an afternoon, where chào cờ and sinh hoạt lớp go (Monday's first period and the
 * week's last by default, or none), and each class's sessions and whether they may have gaps.
 */
@Service
@Transactional
public class WeekRules {

    static final List<String> SESSIONS = List.of("SANG", "CHIEU");

    private final JdbcClient jdbc;

    private final RegistryApi registry;

    WeekRules(JdbcClient jdbc, RegistryApi registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /**
     * The week: chào cờ on {@code flagDay} (null: none) at {@code flagPeriod} of a class's first session, sinh hoạt
     * lớp on {@code meetingDay} (null: none) at {@code meetingPeriod} of its last session (null: the last period).
     */
    public record Week(
            boolean saturday,
            int morningPeriods,
            int afternoonPeriods,
            String flagDay,
            int flagPeriod,
            String meetingDay,
            Integer meetingPeriod) {

        public static final Week DEFAULT = new Week(true, 5, 5, "T2", 1, "T7", null);

        public List<String> days() {
            return saturday ? List.of("T2", "T3", "T4", "T5", "T6", "T7") : List.of("T2", "T3", "T4", "T5", "T6");
        }

        public int periods(String session) {
            return session.equals("SANG") ? morningPeriods : afternoonPeriods;
        }

        /** Chào cờ's period in a class's first session (the week's, or the session's last if it is shorter). */
        public int flagPeriodIn(String firstSession) {
            return Math.min(flagPeriod, periods(firstSession));
        }

        /** Sinh hoạt lớp's period in a class's last session (the session's last unless the week says one). */
        public int meetingPeriodIn(String lastSession) {
            return meetingPeriod == null ? periods(lastSession) : Math.min(meetingPeriod, periods(lastSession));
        }

        /** Whether chào cờ or sinh hoạt lớp takes this slot of a class studying in {@code sessions}. */
        public boolean holdsFixedPeriod(List<String> sessions, String day, String session, int period) {
            String first = sessions.get(0);
            String last = sessions.get(sessions.size() - 1);
            return day.equals(flagDay) && session.equals(first) && period == flagPeriodIn(first)
                    || day.equals(meetingDay) && session.equals(last) && period == meetingPeriodIn(last);
        }
    }

    /** A class's sessions (SANG, CHIEU or both) and whether they must be without gaps. */
    public record ClassRule(long classId, List<String> sessions, boolean noGaps) {}

    @Transactional(readOnly = true)
    public Week week(long schoolUnitId) {
        return jdbc.sql("select * from timetable_week where school_unit_id = ?")
                .param(schoolUnitId)
                .query((rs, n) -> new Week(
                        rs.getBoolean("saturday"),
                        rs.getInt("morning_periods"),
                        rs.getInt("afternoon_periods"),
                        rs.getString("flag_day"),
                        rs.getInt("flag_period"),
                        rs.getString("meeting_day"),
                        (Integer) rs.getObject("meeting_period", Integer.class)))
                .optional()
                .orElse(Week.DEFAULT);
    }

    /** Saves the week, every wrong field named at once. */
    public void saveWeek(long schoolUnitId, Week week) {
        registry.requireKeeper(schoolUnitId);
        List<FieldProblem> problems = new ArrayList<>();
        if (week.morningPeriods() < 1 || week.morningPeriods() > 6) {
            problems.add(new FieldProblem("morningPeriods", "timetable.error.sessionPeriods", 6));
        }
        if (week.afternoonPeriods() < 1 || week.afternoonPeriods() > 6) {
            problems.add(new FieldProblem("afternoonPeriods", "timetable.error.sessionPeriods", 6));
        }
        if (week.flagDay() != null && !week.days().contains(week.flagDay())) {
            problems.add(new FieldProblem("flagDay", "timetable.error.fixedDay", week.flagDay()));
        }
        if (week.flagPeriod() < 1 || week.flagPeriod() > 6) {
            problems.add(new FieldProblem("flagPeriod", "timetable.error.fixedPeriod", 6));
        }
        if (week.meetingDay() != null && !week.days().contains(week.meetingDay())) {
            problems.add(new FieldProblem("meetingDay", "timetable.error.fixedDay", week.meetingDay()));
        }
        if (week.meetingPeriod() != null && (week.meetingPeriod() < 1 || week.meetingPeriod() > 6)) {
            problems.add(new FieldProblem("meetingPeriod", "timetable.error.fixedPeriod", 6));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        jdbc.sql("delete from timetable_week where school_unit_id = ?")
                .param(schoolUnitId)
                .update();
        jdbc.sql("""
                insert into timetable_week (school_unit_id, saturday, morning_periods, afternoon_periods, flag_day, flag_period,
                meeting_day, meeting_period, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        schoolUnitId,
                        week.saturday(),
                        week.morningPeriods(),
                        week.afternoonPeriods(),
                        week.flagDay(),
                        week.flagPeriod(),
                        week.meetingDay(),
                        week.meetingPeriod())
                .update();
    }

    /** The rules the principal set, by class id (classes without one keep the registry's default). */
    @Transactional(readOnly = true)
    public Map<Long, ClassRule> classRules(long schoolUnitId) {
        Map<Long, ClassRule> rules = new HashMap<>();
        jdbc.sql("select class_id, sessions, no_gaps from timetable_class_rule where school_unit_id = ?")
                .param(schoolUnitId)
                .query((rs, n) -> new ClassRule(
                        rs.getLong("class_id"), List.of(rs.getString("sessions").split(",")), rs.getBoolean("no_gaps")))
                .list()
                .forEach(r -> rules.put(r.classId(), r));
        return rules;
    }

    /** The rule for a class: the one set, or the registry's — one session a day is the morning, without gaps. */
    static ClassRule ruleFor(ClassView c, Map<Long, ClassRule> rules) {
        ClassRule set = rules.get(c.id());
        if (set != null) {
            return set;
        }
        boolean twoSessions = c.sessionsPerDay() > 1;
        return new ClassRule(c.id(), twoSessions ? SESSIONS : List.of("SANG"), !twoSessions);
    }

    /** A class as the page lists it, with the rule in force. */
    public record ClassRow(long classId, String name, List<String> sessions, boolean noGaps, boolean set) {}

    @Transactional(readOnly = true)
    public List<ClassRow> classRows(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, false);
        Map<Long, ClassRule> rules = classRules(schoolUnitId);
        return registry.classes(schoolUnitId).stream()
                .map(c -> {
                    ClassRule rule = ruleFor(c, rules);
                    return new ClassRow(c.id(), c.name(), rule.sessions(), rule.noGaps(), rules.containsKey(c.id()));
                })
                .toList();
    }

    public void saveClassRule(long schoolUnitId, ClassRule rule) {
        registry.requireKeeper(schoolUnitId);
        if (registry.classes(schoolUnitId).stream().noneMatch(c -> c.id() == rule.classId())) {
            throw DomainException.notFound("timetable.error.classNotFound");
        }
        if (rule.sessions() == null || rule.sessions().isEmpty() || !SESSIONS.containsAll(rule.sessions())) {
            throw DomainException.invalid("sessions", "timetable.error.classSessionsChoice");
        }
        List<String> ordered =
                SESSIONS.stream().filter(rule.sessions()::contains).toList();
        jdbc.sql("delete from timetable_class_rule where class_id = ?")
                .param(rule.classId())
                .update();
        jdbc.sql(
                        "insert into timetable_class_rule (school_unit_id, class_id, sessions, no_gaps, version) values (?, ?, ?, ?, 0)")
                .params(schoolUnitId, rule.classId(), String.join(",", ordered), rule.noGaps())
                .update();
    }

    /** Back to the defaults: the registry's sessions and the default week. */
    public void reset(long schoolUnitId) {
        registry.requireKeeper(schoolUnitId);
        jdbc.sql("delete from timetable_week where school_unit_id = ?")
                .param(schoolUnitId)
                .update();
        jdbc.sql("delete from timetable_class_rule where school_unit_id = ?")
                .param(schoolUnitId)
                .update();
    }
}
