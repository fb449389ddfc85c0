package vn.eduvn.timetable.fet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution.Placement;
import vn.eduvn.timetable.solver.Block;
import vn.eduvn.timetable.solver.TimetableModel;

/**
 * Reads the timetable FET writes ({@code *_activities.xml}) for a file made by {@link FetExport}: activity N is
 * block N of the planning model, so each activity's day and hour become that block's periods, as placements.
 */
public final class FetTimetable {

    private static final Pattern ACTIVITY =
            Pattern.compile("<Id>(\\d+)</Id>\\s*<Day>([^<]*)</Day>\\s*<Hour>([^<]*)</Hour>");

    private FetTimetable() {}

    public static List<Placement> placements(TimetableProblem problem, String activitiesXml) {
        List<Block> blocks = TimetableModel.of(problem).planningProblem().blocks();
        List<String> hours = FetExport.hours(problem);
        List<String> sessions = new ArrayList<>(problem.periodsPerSession().keySet());
        List<Placement> placements = new ArrayList<>();
        Matcher m = ACTIVITY.matcher(activitiesXml);
        while (m.find()) {
            Block block = blocks.get(Integer.parseInt(m.group(1)) - 1);
            int period = hours.indexOf(m.group(3)) + 1;
            int session = 0;
            while (period > problem.periodsPerSession().get(sessions.get(session))) {
                period -= problem.periodsPerSession().get(sessions.get(session++));
            }
            for (int i = 0; i < block.length(); i++) {
                placements.add(new Placement(
                        block.lesson().id(),
                        m.group(2),
                        sessions.get(session),
                        period + i,
                        block.lesson().room()));
            }
        }
        return placements;
    }
}
