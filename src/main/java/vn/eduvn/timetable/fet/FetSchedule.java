package vn.eduvn.timetable.fet;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.util.List;

/** A FET problem as Timefold plans it: the activities, and the rules read from the file's constraints. */
@PlanningSolution
public class FetSchedule {

    @PlanningEntityCollectionProperty
    private List<FetActivity> activities;

    @ProblemFactCollectionProperty
    private List<Membership> memberships;

    @ProblemFactCollectionProperty
    private List<ResourceRule> resourceRules;

    @ProblemFactCollectionProperty
    private List<PairRule> pairRules;

    @ProblemFactCollectionProperty
    private List<SlotRule> slotRules;

    @PlanningScore
    private HardSoftScore score;

    public FetSchedule() {}

    public FetSchedule(
            List<FetActivity> activities,
            List<Membership> memberships,
            List<ResourceRule> resourceRules,
            List<PairRule> pairRules,
            List<SlotRule> slotRules) {
        this.activities = activities;
        this.memberships = memberships;
        this.resourceRules = resourceRules;
        this.pairRules = pairRules;
        this.slotRules = slotRules;
    }

    public List<FetActivity> activities() {
        return activities;
    }

    public List<ResourceRule> resourceRules() {
        return resourceRules;
    }

    public List<PairRule> pairRules() {
        return pairRules;
    }

    public List<SlotRule> slotRules() {
        return slotRules;
    }

    public List<Membership> memberships() {
        return memberships;
    }

    public HardSoftScore score() {
        return score;
    }
}
