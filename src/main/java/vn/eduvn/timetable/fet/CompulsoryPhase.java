package vn.eduvn.timetable.fet;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Timefold's first phase for a FET file: {@link CompulsorySearch}, looking at teachers' limits on gaps a week wider
 * ({@link CompulsorySearch#WEEK_GAPS_LEEWAY}), places every activity and searches until every
 * compulsory rule holds (or the solve ends), saying so at once ({@code feasible}), then lowers the weighted rules'
 * cost until it stops improving; the timetable it reaches becomes the working solution, which Timefold's local
 * search then goes on improving.
 */
final class CompulsoryPhase implements PhaseCommand<FetSchedule> {

    private final long seed;

    private final Runnable feasible;

    CompulsoryPhase(long seed, Runnable feasible) {
        this.seed = seed;
        this.feasible = feasible;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<FetSchedule> director, BooleanSupplier terminated) {
        List<FetActivity> activities = director.getWorkingSolution().activities();
        CompulsorySearch search = new CompulsorySearch(director.getWorkingSolution(), seed, true);
        search.solve(terminated, feasible);
        for (int i = 0; i < activities.size(); i++) {
            FetActivity activity = activities.get(i);
            int start = search.startOf(i);
            if (start >= 0 && !Objects.equals(activity.start(), start)) {
                director.beforeVariableChanged(activity, "start");
                activity.setStart(start);
                director.afterVariableChanged(activity, "start");
            }
        }
        director.triggerVariableListeners();
    }
}
