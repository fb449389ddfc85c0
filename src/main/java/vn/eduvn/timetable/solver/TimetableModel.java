package vn.eduvn.timetable.solver;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableProblem.Fixed;
import vn.eduvn.timetable.format.TimetableProblem.Lesson;
import vn.eduvn.timetable.format.TimetableSolution;

/**
 * Turns a checked {@code eduvn-timetable/1} problem into the planning model, and a solved model back into the
 * solution format. The planning model knows nothing of the database or of JSON.
 */
public final class TimetableModel {

    private final TimetableProblem problem;

    private final List<String> sessions;

    private final Map<String, Integer> slotIndex = new HashMap<>();

    private final List<Slot> slots = new ArrayList<>();

    private TimetableModel(TimetableProblem problem) {
        this.problem = problem;
        this.sessions = new ArrayList<>(problem.periodsPerSession().keySet());
        for (int d = 0; d < problem.days().size(); d++) {
            for (int s = 0; s < sessions.size(); s++) {
                for (int p = 1; p <= problem.periodsPerSession().get(sessions.get(s)); p++) {
                    Slot slot = new Slot(d, s, p, problem.days().get(d), sessions.get(s));
                    slotIndex.put(problem.days().get(d) + "/" + sessions.get(s) + "/" + p, slots.size());
                    slots.add(slot);
                }
            }
        }
    }

    public static TimetableModel of(TimetableProblem problem) {
        return new TimetableModel(problem);
    }

    /** The planning problem: every lesson cut into blocks, the fixed periods pinned. */
    public Timetable planningProblem() {
        Map<String, TeacherFact> teachers = new HashMap<>();
        for (var t : problem.teachers()) {
            Set<Integer> off = new HashSet<>();
            for (var u : t.unavailable() == null ? List.<TimetableProblem.Unavailable>of() : t.unavailable()) {
                for (Slot slot : slots) {
                    if (slot.dayName().equals(u.day())
                            && slot.sessionName().equals(u.session())
                            && (u.period() == null || u.period() == slot.period())) {
                        off.add(slot.key());
                    }
                }
            }
            teachers.put(
                    t.id(),
                    new TeacherFact(
                            t.id(), t.name(), zeroIfNull(t.maxPeriodsPerDay()), zeroIfNull(t.maxDaysPerWeek()), off));
        }
        Map<String, ClassFact> classes = new HashMap<>();
        Map<String, Set<String>> classSessions = new HashMap<>();
        problem.classes().forEach(c -> {
            classes.put(c.id(), new ClassFact(c.id(), Boolean.TRUE.equals(c.noGaps())));
            classSessions.put(c.id(), new HashSet<>(c.sessions()));
        });
        Map<String, Integer> capacities = new HashMap<>();
        (problem.rooms() == null ? List.<TimetableProblem.Room>of() : problem.rooms())
                .forEach(r -> capacities.put(r.id(), r.capacity() == null ? 1 : r.capacity()));
        Map<String, List<Fixed>> fixedByLesson = new HashMap<>();
        (problem.fixed() == null ? List.<Fixed>of() : problem.fixed())
                .forEach(f -> fixedByLesson
                        .computeIfAbsent(f.lesson(), k -> new ArrayList<>())
                        .add(f));

        List<LessonFact> lessons = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (Lesson l : problem.lessons()) {
            boolean inBlocks = l.inBlocks();
            LessonFact lesson = new LessonFact(
                    l.id(),
                    classes.get(l.classId()),
                    teachers.get(l.teacher()),
                    l.room(),
                    l.room() == null ? 0 : capacities.get(l.room()),
                    l.periodsPerWeek(),
                    l.maxPerDayOrDefault(),
                    inBlocks);
            lessons.add(lesson);
            List<Fixed> fixed = fixedByLesson.getOrDefault(l.id(), List.of());
            int n = 0;
            for (Fixed f : fixed) {
                blocks.add(Block.pinnedAt(
                        l.id() + "#" + n++,
                        lesson,
                        slots.get(slotIndex.get(f.day() + "/" + f.session() + "/" + f.period()))));
            }
            List<Integer> runs = new ArrayList<>();
            int left = l.periodsPerWeek() - fixed.size();
            if (inBlocks && fixed.isEmpty()) {
                runs.addAll(l.blocks());
            } else {
                for (int i = 0; i < left; i++) {
                    runs.add(1);
                }
            }
            for (int length : runs) {
                blocks.add(
                        new Block(l.id() + "#" + n++, lesson, length, starts(classSessions.get(l.classId()), length)));
            }
        }
        return new Timetable(lessons, blocks);
    }

    /** The slots where a run of {@code length} periods can start within the given sessions. */
    private List<Slot> starts(Set<String> allowed, int length) {
        return slots.stream()
                .filter(s -> allowed.contains(s.sessionName())
                        && s.period() + length - 1
                                <= problem.periodsPerSession().get(s.sessionName()))
                .toList();
    }

    /** The model's placements with a score, without the breakdown by constraint (cheap: for progress). */
    public static TimetableSolution placements(Timetable solved, HardSoftScore score) {
        return new TimetableSolution(
                TimetableSolution.FORMAT, score.hardScore(), score.softScore(), placementsOf(solved), List.of());
    }

    private static List<TimetableSolution.Placement> placementsOf(Timetable solved) {
        List<TimetableSolution.Placement> placements = new ArrayList<>();
        for (Block b : solved.blocks()) {
            if (b.start() == null) {
                continue;
            }
            for (int i = 0; i < b.length(); i++) {
                placements.add(new TimetableSolution.Placement(
                        b.lesson().id(),
                        b.start().dayName(),
                        b.start().sessionName(),
                        b.start().period() + i,
                        b.lesson().room()));
            }
        }
        return placements;
    }

    /** The solved model in the solution format, with each constraint's count and cost. */
    public static TimetableSolution solution(Timetable solved, ScoreAnalysis<HardSoftScore> analysis) {
        List<TimetableSolution.Placement> placements = placementsOf(solved);
        // Keeping the timetable in use is the re-solve's own preference, not a rule of the format's table.
        long moved = analysis.constraintAnalyses().stream()
                .filter(c -> c.constraintName().equals(TimetableConstraints.UNCHANGED))
                .mapToLong(c -> c.score().softScore())
                .sum();
        List<TimetableSolution.ConstraintScore> constraints = analysis.constraintAnalyses().stream()
                .filter(c -> !c.constraintName().equals(TimetableConstraints.UNCHANGED))
                .map(c -> new TimetableSolution.ConstraintScore(
                        c.constraintName(),
                        c.weight().hardScore() != 0,
                        c.score().hardScore() != 0
                                ? c.score().hardScore()
                                : c.score().softScore(),
                        c.matchCount()))
                .sorted(Comparator.comparing(TimetableSolution.ConstraintScore::hard)
                        .reversed()
                        .thenComparing(TimetableSolution.ConstraintScore::name))
                .toList();
        HardSoftScore score = analysis.score();
        return new TimetableSolution(
                TimetableSolution.FORMAT, score.hardScore(), score.softScore() - moved, placements, constraints);
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
