package vn.eduvn.timetable.school;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.timetable.Timetabling;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution;

/**
 * A school's timetable solves, run in the background and kept in the database: the problem built from the
 * school's data, the score over time, the best timetable so far and, at the end, the timetable with its
 * breakdown by constraint. Several schools can solve at once (two at a time per node; the others wait their
 * turn); a solve can be stopped, keeping its best timetable; a solve cut off by a restart is marked so.
 */
@Service
public class TimetableRuns {

    /** How the school's problem is read, and who may start or stop a solve: its principal or clerk. */
    private static final vn.eduvn.platform.Role[] BUILDERS = { vn.eduvn.platform.Role.SYSTEM_ADMIN,
            vn.eduvn.platform.Role.PRINCIPAL, vn.eduvn.platform.Role.CLERK };

    private final JdbcClient jdbc;

    private final Timetabling timetabling;

    private final SchoolProblem problems;

    private final RegistryApi registry;

    private final Access access;

    private final JsonMapper json = JsonMapper.builder().build();

    private final ExecutorService workers = Executors.newFixedThreadPool(2);

    private final Map<Long, Runnable> stoppers = new ConcurrentHashMap<>();

    TimetableRuns(JdbcClient jdbc, Timetabling timetabling, SchoolProblem problems, RegistryApi registry, Access access) {
        this.jdbc = jdbc;
        this.timetabling = timetabling;
        this.problems = problems;
        this.registry = registry;
        this.access = access;
    }

    /** A solve as its page shows it. */
    public record RunView(long id, long schoolUnitId, String status, int seconds, String startedBy, Instant startedAt,
            Instant endedAt, Long hard, Long soft, List<Map<String, Object>> progress, TimetableSolution solution,
            Instant publishedAt) {
    }

    /** The school's problem as the solver would get it, for scripts and other solvers. */
    public TimetableProblem problem(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, false);
        return problems.of(schoolUnitId, "Thời khóa biểu " + schoolUnitId);
    }

    /** Subject names by code for the school's pages. */
    public Map<String, String> subjectNames(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, false);
        return problems.subjectNames(schoolUnitId);
    }

    /** Starts a solve of the school's problem for {@code seconds}; refuses a problem no timetable can satisfy. */
    public long start(long schoolUnitId, int seconds) {
        requireBuilder(schoolUnitId);
        if (seconds < 1 || seconds > Timetabling.MAX_SECONDS) {
            throw DomainException.invalid("seconds", "timetable.error.seconds", Timetabling.MAX_SECONDS);
        }
        TimetableProblem problem = problems.of(schoolUnitId, "Thời khóa biểu " + schoolUnitId);
        vn.eduvn.timetable.format.ProblemCheck.check(problem);
        String user = access.currentUser().map(ScopedUser::username).orElse("system");
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into timetable_run (school_unit_id, status, seconds, started_by, started_at, problem, progress, version)
                values (?, 'RUNNING', ?, ?, ?, ?, '[]', 0)""")
            .params(schoolUnitId, seconds, user, Timestamp.from(Instant.now()), json.writeValueAsString(problem))
            .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        workers.submit(() -> solve(id, problem, seconds));
        return id;
    }

    private void solve(long id, TimetableProblem problem, int seconds) {
        StringBuilder progress = new StringBuilder();
        long[] savedAt = { 0 };
        try {
            Timetabling.Run run = timetabling.run(problem, seconds, best -> {
                if (progress.length() < 18_000) {
                    progress.append(progress.isEmpty() ? "" : ",")
                        .append("{\"ms\":").append(best.millis()).append(",\"hard\":").append(best.hard())
                        .append(",\"soft\":").append(best.soft()).append('}');
                }
                // The best timetable so far reaches the page at most every second.
                if (best.millis() - savedAt[0] >= 1000 || savedAt[0] == 0) {
                    savedAt[0] = Math.max(1, best.millis());
                    jdbc.sql("update timetable_run set hard = ?, soft = ?, progress = ?, solution = ? where id = ?")
                        .params(best.hard(), best.soft(), "[" + progress + "]", json.writeValueAsString(best.timetable()), id)
                        .update();
                }
            }, stop -> stoppers.put(id, stop));
            String status = jdbc.sql("select status from timetable_run where id = ?").param(id).query(String.class).single();
            jdbc.sql("update timetable_run set status = ?, hard = ?, soft = ?, progress = ?, solution = ?, ended_at = ? where id = ?")
                .params("STOPPING".equals(status) ? "STOPPED" : "DONE", run.solution().hard(), run.solution().soft(),
                        "[" + progress + "]", json.writeValueAsString(run.solution()), Timestamp.from(Instant.now()), id)
                .update();
        }
        catch (RuntimeException e) {
            jdbc.sql("update timetable_run set status = 'FAILED', ended_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), id).update();
        }
        finally {
            stoppers.remove(id);
        }
    }

    /**
     * Publishes a finished solve: from now on it is the school's timetable that teachers, pupils and parents see.
     * Only a timetable that breaks no hard rule can be published.
     */
    public void publish(long schoolUnitId, long runId) {
        requireBuilder(schoolUnitId);
        RunView run = find(schoolUnitId, runId);
        if (!List.of("DONE", "STOPPED", "INTERRUPTED").contains(run.status()) || run.solution() == null) {
            throw DomainException.conflict(null, "timetable.error.notFinished");
        }
        if (run.hard() == null || run.hard() < 0) {
            throw DomainException.conflict(null, "timetable.error.notFeasible", run.hard() == null ? "?" : -run.hard());
        }
        String user = access.currentUser().map(ScopedUser::username).orElse("system");
        jdbc.sql("update timetable_run set published_at = ?, published_by = ? where id = ?")
            .params(Timestamp.from(Instant.now()), user, runId).update();
    }

    /** The school's published timetable and the problem it answers, if it has published one. */
    public Optional<Published> published(long schoolUnitId) {
        return jdbc.sql("""
                select problem, solution, published_at from timetable_run where school_unit_id = ? and published_at is not null
                order by published_at desc, id desc limit 1""").param(schoolUnitId)
            .query((rs, n) -> new Published(json.readValue(rs.getString("problem"), TimetableProblem.class),
                    json.readValue(rs.getString("solution"), TimetableSolution.class), rs.getTimestamp("published_at").toInstant()))
            .optional();
    }

    /** A published timetable. */
    public record Published(TimetableProblem problem, TimetableSolution solution, Instant publishedAt) {
    }

    /** Stops a running solve; its best timetable so far becomes its result. */
    public void stop(long schoolUnitId, long runId) {
        requireBuilder(schoolUnitId);
        RunView run = find(schoolUnitId, runId);
        if (!"RUNNING".equals(run.status())) {
            throw DomainException.conflict(null, "timetable.error.notRunning");
        }
        jdbc.sql("update timetable_run set status = 'STOPPING' where id = ? and status = 'RUNNING'").param(runId).update();
        Optional.ofNullable(stoppers.get(runId)).ifPresent(Runnable::run);
    }

    public RunView get(long schoolUnitId, long runId) {
        registry.requirePrincipal(schoolUnitId, false);
        return find(schoolUnitId, runId);
    }

    /** The school's latest solve, if any. */
    public Optional<RunView> latest(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, false);
        return jdbc.sql("select max(id) from timetable_run where school_unit_id = ?").param(schoolUnitId)
            .query(Long.class).optional().map(id -> find(schoolUnitId, id));
    }

    private RunView find(long schoolUnitId, long runId) {
        return jdbc.sql("select * from timetable_run where id = ? and school_unit_id = ?").params(runId, schoolUnitId)
            .query((rs, n) -> new RunView(rs.getLong("id"), rs.getLong("school_unit_id"), rs.getString("status"),
                    rs.getInt("seconds"), rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                    rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant(),
                    (Long) rs.getObject("hard", Long.class), (Long) rs.getObject("soft", Long.class),
                    progress(rs.getString("progress")),
                    rs.getString("solution") == null ? null : json.readValue(rs.getString("solution"), TimetableSolution.class),
                    rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant()))
            .optional().orElseThrow(() -> DomainException.notFound("timetable.error.runNotFound"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> progress(String text) {
        return json.readValue(text, List.class);
    }

    private void requireBuilder(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, false);
        if (!registry.reachesAs(schoolUnitId, BUILDERS)) {
            throw new org.springframework.security.access.AccessDeniedException("only the school's principal or clerk solves");
        }
    }

    /** A solve cut off by a restart is not running any more: it says so, and keeps its best timetable so far. */
    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        jdbc.sql("update timetable_run set status = 'INTERRUPTED', ended_at = ? where status in ('RUNNING', 'STOPPING')")
            .param(Timestamp.from(Instant.now())).update();
    }

    @PreDestroy
    void shutdown() {
        stoppers.values().forEach(Runnable::run);
        workers.shutdownNow();
    }
}
