package vn.eduvn.timetable.fet;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.List;

/** Moves one or more activities to new starts at once (two trading places). */
final class FetReschedule extends AbstractMove<FetSchedule> {

    private final List<FetActivity> activities;

    private final List<Integer> starts;

    FetReschedule(List<FetActivity> activities, List<Integer> starts) {
        this.activities = activities;
        this.starts = starts;
    }

    List<FetActivity> activities() {
        return activities;
    }

    List<Integer> starts() {
        return starts;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<FetSchedule> director) {
        boolean changes = false;
        for (int i = 0; i < activities.size(); i++) {
            FetActivity a = activities.get(i);
            if (a.pinned() || a.start() == null || !a.starts().contains(starts.get(i))) {
                return false;
            }
            changes |= !a.start().equals(starts.get(i));
        }
        return changes;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<FetSchedule> director) {
        for (int i = 0; i < activities.size(); i++) {
            FetActivity a = activities.get(i);
            director.beforeVariableChanged(a, "start");
            a.setStart(starts.get(i));
            director.afterVariableChanged(a, "start");
        }
    }

    @Override
    public java.util.Collection<? extends Object> getPlanningEntities() {
        return activities;
    }

    @Override
    public java.util.Collection<? extends Object> getPlanningValues() {
        return starts;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "Reschedule(FetActivity.start)";
    }

    @Override
    public String toString() {
        return activities + " -> " + starts;
    }
}
