package vn.eduvn.timetable.school;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.registry.RegistryApi;

/**
 * Teachers' requests for the timetable, kept by the principal or clerk: the sessions a teacher cannot teach
 * (a day's morning or afternoon), and their most periods a day and days a week. Every solve respects them.
 */
@Service
@Transactional
public class TeacherRequests {

    private static final List<String> DAYS = List.of("T2", "T3", "T4", "T5", "T6", "T7");

    private static final List<String> SESSIONS = List.of("SANG", "CHIEU");

    private final JdbcClient jdbc;

    private final RegistryApi registry;

    private final Access access;

    TeacherRequests(JdbcClient jdbc, RegistryApi registry, Access access) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.access = access;
    }

    /** A teacher's request: sessions as "T4/SANG", limits (null = none). */
    public record Request(long staffId, List<String> unavailable, Integer maxPeriodsPerDay, Integer maxDaysPerWeek) {}

    /** The school's requests by staff id, for callers that have checked who may read them. */
    @Transactional(readOnly = true)
    public Map<Long, Request> ofSchool(long schoolUnitId) {
        Map<Long, Request> requests = new HashMap<>();
        jdbc.sql("select * from timetable_teacher_request where school_unit_id = ?")
                .param(schoolUnitId)
                .query((rs, n) -> new Request(
                        rs.getLong("staff_id"),
                        rs.getString("unavailable").isEmpty()
                                ? List.of()
                                : List.of(rs.getString("unavailable").split(",")),
                        (Integer) rs.getObject("max_periods_per_day", Integer.class),
                        (Integer) rs.getObject("max_days_per_week", Integer.class)))
                .list()
                .forEach(r -> requests.put(r.staffId(), r));
        return requests;
    }

    /** Records (replaces) a teacher's request; refuses sessions outside the week and limits out of range. */
    public void save(long schoolUnitId, Request request) {
        saveAll(schoolUnitId, List.of(request));
    }

    /** Records several teachers' requests (a FET import), reading the school's assignments once. */
    public void saveAll(long schoolUnitId, List<Request> requests) {
        registry.requireKeeper(schoolUnitId);
        java.util.Set<Long> teaching = new java.util.HashSet<>();
        registry.teachingAssignments(schoolUnitId).forEach(a -> teaching.add(a.staffId()));
        String user = access.currentUser().map(ScopedUser::username).orElse("system");
        for (Request request : requests) {
            if (!teaching.contains(request.staffId())) {
                throw DomainException.invalid("staffId", "timetable.error.notTeaching");
            }
            save(schoolUnitId, request, user);
        }
    }

    private void save(long schoolUnitId, Request request, String user) {
        List<String> sessions = new ArrayList<>();
        for (String s : request.unavailable() == null ? List.<String>of() : request.unavailable()) {
            String[] parts = s.split("/");
            if (parts.length != 2 || !DAYS.contains(parts[0]) || !SESSIONS.contains(parts[1])) {
                throw DomainException.invalid("unavailable", "timetable.error.slot", s);
            }
            if (!sessions.contains(s)) {
                sessions.add(s);
            }
        }
        if (request.maxPeriodsPerDay() != null && (request.maxPeriodsPerDay() < 1 || request.maxPeriodsPerDay() > 10)) {
            throw DomainException.invalid("maxPeriodsPerDay", "timetable.error.maxPerDay");
        }
        if (request.maxDaysPerWeek() != null && (request.maxDaysPerWeek() < 1 || request.maxDaysPerWeek() > 6)) {
            throw DomainException.invalid("maxDaysPerWeek", "timetable.error.maxDays");
        }
        jdbc.sql("delete from timetable_teacher_request where school_unit_id = ? and staff_id = ?")
                .params(schoolUnitId, request.staffId())
                .update();
        jdbc.sql("""
                insert into timetable_teacher_request (school_unit_id, staff_id, unavailable, max_periods_per_day,
                max_days_per_week, updated_by, version) values (?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        schoolUnitId,
                        request.staffId(),
                        String.join(",", sessions),
                        request.maxPeriodsPerDay(),
                        request.maxDaysPerWeek(),
                        user)
                .update();
    }
}
