package vn.eduvn.timetable.school;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.timetable.Timetabling;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution;

/**
 * A school's timetable solves, run in the background and kept in the database: the problem built from the
 * school's data, the score over time, the best timetable so far and, at the end, the timetable with its
 * breakdown by constraint. Several schools can solve at once (two at a time per node; the others wait their
 * turn, shown as queued); a solve can be stopped, keeping its best timetable; a solve cut off by a restart is marked so.
 */
@Service
public class TimetableRuns {

    private final JdbcClient jdbc;

    private final Timetabling timetabling;

    private final SchoolProblem problems;

    private final RegistryApi registry;

    private final Access access;

    private final JsonMapper json = JsonMapper.builder().build();

    private final ExecutorService workers = Executors.newFixedThreadPool(2);

    private final Map<Long, Runnable> stoppers = new ConcurrentHashMap<>();

    TimetableRuns(
            JdbcClient jdbc, Timetabling timetabling, SchoolProblem problems, RegistryApi registry, Access access) {
        this.jdbc = jdbc;
        this.timetabling = timetabling;
        this.problems = problems;
        this.registry = registry;
        this.access = access;
    }

    /** A solve as its page shows it. */
    public record RunView(
            long id,
            long schoolUnitId,
            String status,
            int seconds,
            String startedBy,
            Instant startedAt,
            Instant endedAt,
            Long hard,
            Long soft,
            List<Map<String, Object>> progress,
            TimetableSolution solution,
            Instant publishedAt,
            Absence absence) {}

    /**
     * A re-solve for an absence: the timetable in use it started from, who is away (by name) on which days, and,
     * once it has ended, how many periods it moved (null before).
     */
    public record Absence(long basedOn, String teacherName, List<String> days, Integer movedPeriods) {}

    /** The school's problem as the solver would get it, for scripts and other solvers. */
    public TimetableProblem problem(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, false);
        return problems.of(schoolUnitId, "Thời khóa biểu " + schoolUnitId);
    }

    /** The school's name, for printed timetables. */
    public String schoolName(long schoolUnitId) {
        return registry.schoolName(schoolUnitId);
    }

    /** Subject names by code for the school's pages. */
    public Map<String, String> subjectNames(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, false);
        return problems.subjectNames();
    }

    /** Starts a solve of the school's problem for {@code seconds}; refuses a problem no timetable can satisfy. */
    public long start(long schoolUnitId, int seconds) {
        return start(schoolUnitId, seconds, null);
    }

    /**
     * Starts a solve; from an earlier timetable ({@code fromRun}), the periods the principal placed by hand are
     * kept where they are and the rest is solved around them.
     */
    public long start(long schoolUnitId, int seconds, Long fromRun) {
        registry.requireKeeper(schoolUnitId);
        if (seconds < 1 || seconds > Timetabling.MAX_SECONDS) {
            throw DomainException.invalid("seconds", "timetable.error.seconds", Timetabling.MAX_SECONDS);
        }
        TimetableProblem fresh = problems.of(schoolUnitId, "Thời khóa biểu " + schoolUnitId);
        List<TimetableSolution.Placement> pinned = fromRun == null ? List.of() : pinned(schoolUnitId, fromRun);
        TimetableProblem problem = withPinned(fresh, pinned);
        // The school's own fixed periods must hold; the principal's pins may break a rule and stay flagged.
        try {
            vn.eduvn.timetable.format.ProblemCheck.check(fresh);
            if (!pinned.isEmpty()) {
                vn.eduvn.timetable.format.ProblemCheck.checkAround(problem);
            }
        } catch (InvalidFields refused) {
            throw new SchoolWords(fresh, problems.subjectNames()).reword(refused);
        }
        String user = access.currentUser().map(ScopedUser::username).orElse("system");
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into timetable_run (school_unit_id, status, seconds, started_by, started_at, problem, progress, pinned, version)
                values (?, 'QUEUED', ?, ?, ?, ?, '[]', ?, 0)""")
                .params(
                        schoolUnitId,
                        seconds,
                        user,
                        Timestamp.from(Instant.now()),
                        json.writeValueAsString(problem),
                        json.writeValueAsString(pinned))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        workers.submit(() -> solve(id, problem, seconds, null));
        return id;
    }

    /**
     * Re-solves the published timetable for a teacher away on some days ({@code staffId}, day codes such as T4):
     * they cannot teach on those days, and the re-solve moves their periods and as few others as it can.
     */
    public long startAbsence(long schoolUnitId, int seconds, long staffId, List<String> days) {
        registry.requireKeeper(schoolUnitId);
        if (seconds < 1 || seconds > Timetabling.MAX_SECONDS) {
            throw DomainException.invalid("seconds", "timetable.error.seconds", Timetabling.MAX_SECONDS);
        }
        Published inUse =
                published(schoolUnitId).orElseThrow(() -> DomainException.notFound("timetable.error.notPublished"));
        TimetableProblem fresh = problems.of(schoolUnitId, "Thời khóa biểu " + schoolUnitId);
        String teacher = "GV" + staffId;
        if (fresh.teachers().stream().noneMatch(t -> t.id().equals(teacher))) {
            throw DomainException.invalid("teacher", "timetable.error.notTeaching");
        }
        if (days == null || days.isEmpty() || !fresh.days().containsAll(days)) {
            throw DomainException.invalid("days", "timetable.error.absenceDays", String.join(", ", fresh.days()));
        }
        TimetableProblem problem = withAbsence(fresh, teacher, days);
        try {
            vn.eduvn.timetable.format.ProblemCheck.checkAround(problem);
        } catch (InvalidFields refused) {
            throw new SchoolWords(fresh, problems.subjectNames()).reword(refused);
        }
        String user = access.currentUser().map(ScopedUser::username).orElse("system");
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into timetable_run (school_unit_id, status, seconds, started_by, started_at, problem, progress, pinned, version,
                    based_on, absent_teacher, absent_days)
                values (?, 'QUEUED', ?, ?, ?, ?, '[]', '[]', 0, ?, ?, ?)""")
                .params(
                        schoolUnitId,
                        seconds,
                        user,
                        Timestamp.from(Instant.now()),
                        json.writeValueAsString(problem),
                        inUse.runId(),
                        problem.teachers().stream()
                                .filter(t -> t.id().equals(teacher))
                                .map(TimetableProblem.Teacher::name)
                                .findFirst()
                                .orElse(teacher),
                        String.join(",", days))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        workers.submit(() -> solve(id, problem, seconds, inUse.solution().placements()));
        return id;
    }

    /** The problem with the teacher unable to teach in any session of the given days. */
    private static TimetableProblem withAbsence(TimetableProblem problem, String teacher, List<String> days) {
        List<TimetableProblem.Teacher> teachers = problem.teachers().stream()
                .map(t -> {
                    if (!t.id().equals(teacher)) {
                        return t;
                    }
                    List<TimetableProblem.Unavailable> away = new java.util.ArrayList<>(t.unavailable());
                    days.forEach(d -> problem.periodsPerSession()
                            .keySet()
                            .forEach(session -> away.add(new TimetableProblem.Unavailable(d, session, null))));
                    return new TimetableProblem.Teacher(
                            t.id(), t.name(), t.maxPeriodsPerDay(), t.maxDaysPerWeek(), away);
                })
                .toList();
        return new TimetableProblem(
                problem.format(),
                problem.name(),
                problem.days(),
                problem.periodsPerSession(),
                problem.rooms(),
                teachers,
                problem.classes(),
                problem.lessons(),
                problem.fixed());
    }

    private void solve(long id, TimetableProblem problem, int seconds, List<TimetableSolution.Placement> inUse) {
        // A solve stopped while it waited for a worker never starts.
        if (jdbc.sql("update timetable_run set status = 'RUNNING' where id = ? and status = 'QUEUED'")
                        .param(id)
                        .update()
                == 0) {
            return;
        }
        StringBuilder progress = new StringBuilder();
        long[] savedAt = {0};
        try {
            java.util.function.Consumer<Timetabling.Progress> onBest = best -> {
                if (progress.length() < 18_000) {
                    progress.append(progress.isEmpty() ? "" : ",")
                            .append("{\"ms\":")
                            .append(best.millis())
                            .append(",\"hard\":")
                            .append(best.hard())
                            .append(",\"soft\":")
                            .append(best.soft())
                            .append('}');
                }
                // The best timetable so far reaches the page at most every second.
                if (best.millis() - savedAt[0] >= 1000 || savedAt[0] == 0) {
                    savedAt[0] = Math.max(1, best.millis());
                    jdbc.sql("update timetable_run set hard = ?, soft = ?, progress = ?, solution = ? where id = ?")
                            .params(
                                    best.hard(),
                                    best.soft(),
                                    "[" + progress + "]",
                                    json.writeValueAsString(best.timetable()),
                                    id)
                            .update();
                }
            };
            Timetabling.Run run = inUse == null
                    ? timetabling.run(problem, seconds, onBest, stop -> stoppers.put(id, stop))
                    : timetabling.rerun(problem, inUse, seconds, onBest, stop -> stoppers.put(id, stop));
            String status = jdbc.sql("select status from timetable_run where id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
            jdbc.sql("""
                    update timetable_run set status = ?, hard = ?, soft = ?, progress = ?, solution = ?, ended_at = ?,
                    moved_periods = ? where id = ?""")
                    .params(
                            "STOPPING".equals(status) ? "STOPPED" : "DONE",
                            run.solution().hard(),
                            run.solution().soft(),
                            "[" + progress + "]",
                            json.writeValueAsString(run.solution()),
                            Timestamp.from(Instant.now()),
                            inUse == null ? null : moved(inUse, run.solution().placements()),
                            id)
                    .update();
        } catch (RuntimeException e) {
            jdbc.sql("update timetable_run set status = 'FAILED', ended_at = ? where id = ?")
                    .params(Timestamp.from(Instant.now()), id)
                    .update();
        } finally {
            stoppers.remove(id);
        }
    }

    /**
     * Publishes a finished solve: from now on it is the school's timetable that teachers, pupils and parents see.
     * Only a timetable that breaks no hard rule can be published.
     */
    public void publish(long schoolUnitId, long runId) {
        registry.requireKeeper(schoolUnitId);
        RunView run = find(schoolUnitId, runId);
        if (!List.of("DONE", "STOPPED", "INTERRUPTED").contains(run.status()) || run.solution() == null) {
            throw DomainException.conflict(null, "timetable.error.notFinished");
        }
        if (run.hard() == null || run.hard() < 0) {
            throw DomainException.conflict(null, "timetable.error.notFeasible", run.hard() == null ? "?" : -run.hard());
        }
        String user = access.currentUser().map(ScopedUser::username).orElse("system");
        jdbc.sql("update timetable_run set published_at = ?, published_by = ? where id = ?")
                .params(Timestamp.from(Instant.now()), user, runId)
                .update();
    }

    /** The school's published timetable and the problem it answers, if it has published one. */
    public Optional<Published> published(long schoolUnitId) {
        return jdbc.sql("""
                select id, problem, solution, published_at from timetable_run where school_unit_id = ? and published_at is not null
                order by published_at desc, id desc limit 1""")
                .param(schoolUnitId)
                .query((rs, n) -> new Published(
                        rs.getLong("id"),
                        json.readValue(rs.getString("problem"), TimetableProblem.class),
                        json.readValue(rs.getString("solution"), TimetableSolution.class),
                        rs.getTimestamp("published_at").toInstant()))
                .optional();
    }

    /** A run's timetable before it is published, for the school to print and check it first. */
    public Optional<Published> draft(long schoolUnitId, long runId) {
        registry.requirePrincipal(schoolUnitId, false);
        RunView run = find(schoolUnitId, runId);
        return run.solution() == null
                ? Optional.empty()
                : Optional.of(new Published(run.id(), storedProblem(runId), run.solution(), run.publishedAt()));
    }

    /** A published timetable. */
    public record Published(long runId, TimetableProblem problem, TimetableSolution solution, Instant publishedAt) {}

    /** A lesson's period moved by hand, and whether to keep it even if it breaks a hard rule. */
    public record Move(
            String lesson,
            String fromDay,
            String fromSession,
            int fromPeriod,
            String toDay,
            String toSession,
            int toPeriod,
            boolean override) {}

    /** What a move did: saved or not, the score after it, and the hard rules it breaks that were kept before. */
    public record MoveResult(boolean saved, long hard, long soft, List<String> broken) {}

    /**
     * Moves one period of a lesson in a finished timetable, checked at once: a move that breaks a hard rule is
     * refused with the rules it breaks, unless {@code override} — then it is kept and the timetable stays flagged
     * (it cannot be published while it breaks a hard rule). A moved period is pinned for later re-solves.
     */
    public MoveResult move(long schoolUnitId, long runId, Move move) {
        registry.requireKeeper(schoolUnitId);
        RunView run = find(schoolUnitId, runId);
        if (run.solution() == null || List.of("QUEUED", "RUNNING", "STOPPING").contains(run.status())) {
            throw DomainException.conflict(null, "timetable.error.notFinished");
        }
        TimetableProblem problem = storedProblem(runId);
        boolean fixed = problem.fixed().stream()
                .anyMatch(f -> f.lesson().equals(move.lesson())
                        && f.day().equals(move.fromDay())
                        && f.session().equals(move.fromSession())
                        && f.period() == move.fromPeriod());
        if (fixed) {
            throw DomainException.conflict(null, "timetable.error.fixedLesson");
        }
        List<TimetableSolution.Placement> placements =
                new java.util.ArrayList<>(run.solution().placements());
        int at = -1;
        for (int i = 0; i < placements.size(); i++) {
            TimetableSolution.Placement p = placements.get(i);
            if (p.lesson().equals(move.lesson())
                    && p.day().equals(move.fromDay())
                    && p.session().equals(move.fromSession())
                    && p.period() == move.fromPeriod()) {
                at = i;
            }
        }
        if (at < 0) {
            throw DomainException.notFound("timetable.error.noSuchPlacement");
        }
        TimetableSolution.Placement moved = new TimetableSolution.Placement(
                move.lesson(),
                move.toDay(),
                move.toSession(),
                move.toPeriod(),
                placements.get(at).room());
        placements.set(at, moved);
        TimetableSolution after = timetabling.scorePlacements(problem, placements);
        List<String> broken = new java.util.ArrayList<>();
        Map<String, Integer> before = new java.util.HashMap<>();
        run.solution().constraints().forEach(c -> before.put(c.name(), c.count()));
        after.constraints().stream()
                .filter(c -> c.hard() && c.count() > before.getOrDefault(c.name(), 0))
                .forEach(c -> broken.add(c.name()));
        long hardBefore = run.hard() == null ? 0 : run.hard();
        if (after.hard() < hardBefore && !move.override()) {
            return new MoveResult(false, after.hard(), after.soft(), broken);
        }
        List<TimetableSolution.Placement> pinned = new java.util.ArrayList<>(pinned(schoolUnitId, runId));
        pinned.removeIf(p -> p.lesson().equals(move.lesson())
                && p.day().equals(move.fromDay())
                && p.session().equals(move.fromSession())
                && p.period() == move.fromPeriod());
        pinned.add(moved);
        jdbc.sql("update timetable_run set hard = ?, soft = ?, solution = ?, pinned = ? where id = ?")
                .params(
                        after.hard(),
                        after.soft(),
                        json.writeValueAsString(after),
                        json.writeValueAsString(pinned),
                        runId)
                .update();
        return new MoveResult(true, after.hard(), after.soft(), broken);
    }

    /** The problem a solve answered, as it was when it started (the school's data may have changed since). */
    public TimetableProblem problemOf(long schoolUnitId, long runId) {
        find(schoolUnitId, runId);
        return storedProblem(runId);
    }

    private TimetableProblem storedProblem(long runId) {
        return json.readValue(
                jdbc.sql("select problem from timetable_run where id = ?")
                        .param(runId)
                        .query(String.class)
                        .single(),
                TimetableProblem.class);
    }

    /** The periods placed by hand in a run. */
    public List<TimetableSolution.Placement> pinned(long schoolUnitId, long runId) {
        find(schoolUnitId, runId);
        String text = jdbc.sql("select pinned from timetable_run where id = ?")
                .param(runId)
                .query(String.class)
                .single();
        return List.of(json.readValue(text, TimetableSolution.Placement[].class));
    }

    /** The problem with the hand-placed periods fixed, those that still fit the school's data. */
    private static TimetableProblem withPinned(TimetableProblem problem, List<TimetableSolution.Placement> pinned) {
        if (pinned.isEmpty()) {
            return problem;
        }
        java.util.Set<String> lessons = new java.util.HashSet<>();
        problem.lessons().forEach(l -> lessons.add(l.id()));
        List<TimetableProblem.Fixed> fixed = new java.util.ArrayList<>(problem.fixed());
        pinned.stream()
                .filter(p -> lessons.contains(p.lesson()))
                .forEach(p -> fixed.add(new TimetableProblem.Fixed(p.lesson(), p.day(), p.session(), p.period())));
        return new TimetableProblem(
                problem.format(),
                problem.name(),
                problem.days(),
                problem.periodsPerSession(),
                problem.rooms(),
                problem.teachers(),
                problem.classes(),
                problem.lessons(),
                fixed);
    }

    /** Stops a running solve; its best timetable so far becomes its result. */
    public void stop(long schoolUnitId, long runId) {
        registry.requireKeeper(schoolUnitId);
        RunView run = find(schoolUnitId, runId);
        if ("QUEUED".equals(run.status())) {
            jdbc.sql("update timetable_run set status = 'STOPPED', ended_at = ? where id = ? and status = 'QUEUED'")
                    .params(Timestamp.from(Instant.now()), runId)
                    .update();
            return;
        }
        if (!"RUNNING".equals(run.status())) {
            throw DomainException.conflict(null, "timetable.error.notRunning");
        }
        jdbc.sql("update timetable_run set status = 'STOPPING' where id = ? and status = 'RUNNING'")
                .param(runId)
                .update();
        Optional.ofNullable(stoppers.get(runId)).ifPresent(Runnable::run);
    }

    public RunView get(long schoolUnitId, long runId) {
        registry.requirePrincipal(schoolUnitId, false);
        return find(schoolUnitId, runId);
    }

    /** The school's latest solve, if any. */
    public Optional<RunView> latest(long schoolUnitId) {
        registry.requirePrincipal(schoolUnitId, false);
        return jdbc.sql("select max(id) from timetable_run where school_unit_id = ?")
                .param(schoolUnitId)
                .query(Long.class)
                .optional()
                .map(id -> find(schoolUnitId, id));
    }

    private RunView find(long schoolUnitId, long runId) {
        return jdbc.sql("select * from timetable_run where id = ? and school_unit_id = ?")
                .params(runId, schoolUnitId)
                .query((rs, n) -> new RunView(
                        rs.getLong("id"),
                        rs.getLong("school_unit_id"),
                        rs.getString("status"),
                        rs.getInt("seconds"),
                        rs.getString("started_by"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("ended_at") == null
                                ? null
                                : rs.getTimestamp("ended_at").toInstant(),
                        (Long) rs.getObject("hard", Long.class),
                        (Long) rs.getObject("soft", Long.class),
                        progress(rs.getString("progress")),
                        rs.getString("solution") == null
                                ? null
                                : json.readValue(rs.getString("solution"), TimetableSolution.class),
                        rs.getTimestamp("published_at") == null
                                ? null
                                : rs.getTimestamp("published_at").toInstant(),
                        rs.getObject("based_on") == null
                                ? null
                                : new Absence(
                                        rs.getLong("based_on"),
                                        rs.getString("absent_teacher"),
                                        List.of(rs.getString("absent_days").split(",")),
                                        (Integer) rs.getObject("moved_periods", Integer.class))))
                .optional()
                .orElseThrow(() -> DomainException.notFound("timetable.error.runNotFound"));
    }

    /** The periods of {@code after} that are not where they were in {@code before}. */
    static int moved(List<TimetableSolution.Placement> before, List<TimetableSolution.Placement> after) {
        Map<String, Integer> places = new java.util.HashMap<>();
        before.forEach(
                p -> places.merge(p.lesson() + "/" + p.day() + "/" + p.session() + "/" + p.period(), 1, Integer::sum));
        int moved = 0;
        for (TimetableSolution.Placement p : after) {
            String key = p.lesson() + "/" + p.day() + "/" + p.session() + "/" + p.period();
            if (places.getOrDefault(key, 0) > 0) {
                places.merge(key, -1, Integer::sum);
            } else {
                moved++;
            }
        }
        return moved;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> progress(String text) {
        return json.readValue(text, List.class);
    }

    /** A solve cut off by a restart is not running any more: it says so, and keeps its best timetable so far. */
    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        jdbc.sql(
                        "update timetable_run set status = 'INTERRUPTED', ended_at = ? where status in ('QUEUED', 'RUNNING', 'STOPPING')")
                .param(Timestamp.from(Instant.now()))
                .update();
    }

    @PreDestroy
    void shutdown() {
        stoppers.values().forEach(Runnable::run);
        workers.shutdownNow();
    }
}
