package vn.eduvn.timetable.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.List;

/** Moves several blocks at once to new starts: a class's lessons trading places without leaving a hole. */
final class Reschedule extends AbstractMove<Timetable> {

    private final List<Block> blocks;

    private final List<Slot> starts;

    Reschedule(List<Block> blocks, List<Slot> starts) {
        this.blocks = blocks;
        this.starts = starts;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Timetable> director) {
        boolean changes = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.pinned() || b.start() == null || !b.starts().contains(starts.get(i))) {
                return false;
            }
            changes |= b.start() != starts.get(i);
        }
        return changes;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Timetable> director) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            director.beforeVariableChanged(b, "start");
            b.setStart(starts.get(i));
            director.afterVariableChanged(b, "start");
        }
    }

    @Override
    public java.util.Collection<? extends Object> getPlanningEntities() {
        return blocks;
    }

    @Override
    public java.util.Collection<? extends Object> getPlanningValues() {
        return starts;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "Reschedule(Block.start)";
    }

    @Override
    public String toString() {
        return blocks + " -> " + starts;
    }
}
