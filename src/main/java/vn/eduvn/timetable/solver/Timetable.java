package vn.eduvn.timetable.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.util.List;

/** The planning problem and its solution: the lessons' facts and the blocks to place. */
@PlanningSolution
public class Timetable {

    @ProblemFactCollectionProperty
    private List<LessonFact> lessons;

    @PlanningEntityCollectionProperty
    private List<Block> blocks;

    @PlanningScore
    private HardSoftScore score;

    public Timetable() {}

    public Timetable(List<LessonFact> lessons, List<Block> blocks) {
        this.lessons = lessons;
        this.blocks = blocks;
    }

    public List<LessonFact> lessons() {
        return lessons;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public HardSoftScore score() {
        return score;
    }
}
