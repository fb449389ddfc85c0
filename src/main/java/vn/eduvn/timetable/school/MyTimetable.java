package vn.eduvn.timetable.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.StaffView;
import vn.eduvn.registry.StudentView;

/**
 * The published timetables the signed-in user has a part in: a teacher's own week at each school they teach at,
 * and each child's class week for a parent.
 */
@Service
public class MyTimetable {

    private final TimetableRuns runs;

    private final RegistryApi registry;

    private final SchoolProblem problems;

    MyTimetable(TimetableRuns runs, RegistryApi registry, SchoolProblem problems) {
        this.runs = runs;
        this.registry = registry;
        this.problems = problems;
    }

    /** One week to show: whose it is, the days, and rows of periods (first cell the period's name). */
    public record Week(String title, List<String> days, List<List<String>> rows) {}

    public List<Week> weeks() {
        List<Week> weeks = new ArrayList<>();
        for (StaffView me : registry.myStaffRecords()) {
            runs.published(me.schoolUnitId()).ifPresent(p -> {
                Map<String, List<List<String>>> grids =
                        SchoolTimetableController.grids(p.problem(), p.solution(), problems.subjectNames(), true);
                String name = p.problem().teachers().stream()
                        .filter(t -> t.id().equals("GV" + me.id()))
                        .map(t -> t.name())
                        .findFirst()
                        .orElse(null);
                if (name != null && grids.containsKey(name)) {
                    weeks.add(new Week(name, p.problem().days(), grids.get(name)));
                }
            });
        }
        for (StudentView child : registry.myChildren()) {
            if (child.className() == null) {
                continue;
            }
            runs.published(child.schoolUnitId()).ifPresent(p -> {
                Map<String, List<List<String>>> grids =
                        SchoolTimetableController.grids(p.problem(), p.solution(), problems.subjectNames(), false);
                if (grids.containsKey(child.className())) {
                    weeks.add(new Week(
                            child.fullName() + " – " + child.className(),
                            p.problem().days(),
                            grids.get(child.className())));
                }
            });
        }
        return weeks;
    }
}
