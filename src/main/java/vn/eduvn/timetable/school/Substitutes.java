package vn.eduvn.timetable.school;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.eduvn.platform.DomainException;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution;

/**
 * Cover for an absent teacher: each of their periods on the days they are away, and the colleagues who could
 * take it — free in that period and teaching the same subject at the school — the least loaded that day first.
 */
@Service
public class Substitutes {

    private final TimetableRuns runs;

    Substitutes(TimetableRuns runs) {
        this.runs = runs;
    }

    /** A period to cover, and who could take it (names, least busy that day first). */
    public record Cover(
            String day,
            String session,
            int period,
            String schoolClass,
            String subject,
            String subjectName,
            List<String> candidates) {}

    public List<Cover> forAbsence(long schoolUnitId, long staffId, List<String> days) {
        runs.problem(schoolUnitId);
        TimetableRuns.Published published = runs.published(schoolUnitId)
                .orElseThrow(() -> DomainException.notFound("timetable.error.notPublished"));
        TimetableProblem problem = published.problem();
        String absent = "GV" + staffId;
        if (problem.teachers().stream().noneMatch(t -> t.id().equals(absent))) {
            throw DomainException.invalid("teacher", "timetable.error.unknownTeacher", staffId);
        }
        Map<String, String> subjectNames = runs.subjectNames(schoolUnitId);
        Map<String, TimetableProblem.Lesson> lessons = new HashMap<>();
        problem.lessons().forEach(l -> lessons.put(l.id(), l));
        Map<String, String> names = new HashMap<>();
        problem.teachers().forEach(t -> names.put(t.id(), t.name()));
        Map<String, Set<String>> subjectsOf = new HashMap<>();
        problem.lessons()
                .forEach(l -> subjectsOf
                        .computeIfAbsent(l.teacher(), k -> new HashSet<>())
                        .add(l.subject()));
        Set<String> busy = new HashSet<>();
        Map<String, Integer> dayLoad = new HashMap<>();
        for (TimetableSolution.Placement p : published.solution().placements()) {
            String teacher = lessons.get(p.lesson()).teacher();
            busy.add(teacher + "/" + p.day() + "/" + p.session() + "/" + p.period());
            dayLoad.merge(teacher + "/" + p.day(), 1, Integer::sum);
        }
        List<Cover> covers = new ArrayList<>();
        for (TimetableSolution.Placement p : published.solution().placements()) {
            TimetableProblem.Lesson l = lessons.get(p.lesson());
            if (!l.teacher().equals(absent) || !days.contains(p.day())) {
                continue;
            }
            List<String> candidates = problem.teachers().stream()
                    .map(TimetableProblem.Teacher::id)
                    .filter(t -> !t.equals(absent))
                    .filter(t -> subjectsOf.getOrDefault(t, Set.of()).contains(l.subject()))
                    .filter(t -> !busy.contains(t + "/" + p.day() + "/" + p.session() + "/" + p.period()))
                    .sorted(java.util.Comparator.comparingInt((String t) -> dayLoad.getOrDefault(t + "/" + p.day(), 0)))
                    .map(names::get)
                    .toList();
            covers.add(new Cover(
                    p.day(),
                    p.session(),
                    p.period(),
                    l.classId(),
                    l.subject(),
                    subjectNames.getOrDefault(l.subject(), l.subject()),
                    candidates));
        }
        covers.sort(java.util.Comparator.comparing((Cover c) -> problem.days().indexOf(c.day()))
                .thenComparing(Cover::session, java.util.Comparator.reverseOrder())
                .thenComparingInt(Cover::period));
        return covers;
    }
}
