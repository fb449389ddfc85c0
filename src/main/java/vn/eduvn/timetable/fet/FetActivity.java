package vn.eduvn.timetable.fet;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * A FET activity to place: its start is a slot of the week ({@code day * hoursPerDay + hour}). Its possible starts
 * are those where it fits in the day and breaks no compulsory time rule of its own (preferred times, unavailable
 * times of its teachers and students, breaks), as FET itself narrows them before searching.
 */
@PlanningEntity(difficultyComparatorClass = FetActivity.Difficulty.class)
public class FetActivity {

    /** Longer activities with fewer possible starts go first. */
    public static class Difficulty implements java.util.Comparator<FetActivity> {

        @Override
        public int compare(FetActivity a, FetActivity b) {
            return java.util.Comparator.comparingInt((FetActivity x) -> x.duration * x.resources.length)
                    .thenComparingInt(x -> -x.starts.size())
                    .thenComparingInt(FetActivity::id)
                    .compare(a, b);
        }
    }

    @PlanningId
    private int id;

    private int duration;

    private int hoursPerDay;

    /** The teachers and students subgroups this activity occupies, as indexes of the model's resources. */
    private int[] resources;

    private List<Integer> starts;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "fetStarts")
    private Integer start;

    public FetActivity() {}

    public FetActivity(int id, int duration, int hoursPerDay, int[] resources, List<Integer> starts, boolean pinned) {
        this.id = id;
        this.duration = duration;
        this.hoursPerDay = hoursPerDay;
        this.resources = resources;
        this.starts = starts;
        this.pinned = pinned;
        if (pinned) {
            this.start = starts.get(0);
        }
    }

    @ValueRangeProvider(id = "fetStarts")
    public List<Integer> starts() {
        return starts;
    }

    public int id() {
        return id;
    }

    public int duration() {
        return duration;
    }

    public int[] resources() {
        return resources;
    }

    public int hoursPerDay() {
        return hoursPerDay;
    }

    public boolean pinned() {
        return pinned;
    }

    public Integer start() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    public int day() {
        return start / hoursPerDay;
    }

    public int hour() {
        return start % hoursPerDay;
    }

    /** The slot after its last hour: it occupies {@code start} to {@code end() - 1}. */
    public int end() {
        return start + duration;
    }

    @Override
    public String toString() {
        return "activity " + id + (start == null ? "" : "@" + start);
    }
}
