package vn.eduvn.timetable.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of consecutive periods of one lesson (a single period, or a double of a [2, 1, 1] lesson), placed by its
 * first slot. Its possible starts are only the slots of its class's sessions where the whole run fits, so the
 * solver never considers a placement the format forbids outright.
 */
@PlanningEntity(difficultyComparatorClass = Block.Difficulty.class)
public class Block {

    /** Longer runs and the lessons of busier teachers are placed first, while the week is still open. */
    public static class Difficulty implements java.util.Comparator<Block> {

        @Override
        public int compare(Block a, Block b) {
            return java.util.Comparator.comparingInt(Block::length)
                    .thenComparingInt((Block x) -> -x.starts.size())
                    .thenComparing(Block::id)
                    .compare(a, b);
        }
    }

    @PlanningId
    private String id;

    private LessonFact lesson;

    private int length;

    private List<Slot> starts;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "starts")
    private Slot start;

    /** Where the block is in the timetable in use, when re-solving for an absence (null otherwise). */
    private Slot original;

    public Block() {}

    public Block(String id, LessonFact lesson, int length, List<Slot> starts) {
        this.id = id;
        this.lesson = lesson;
        this.length = length;
        this.starts = starts;
    }

    /** A period fixed by the principal (chào cờ, sinh hoạt lớp): placed there and never moved. */
    public static Block pinnedAt(String id, LessonFact lesson, Slot slot) {
        Block block = new Block(id, lesson, 1, List.of(slot));
        block.start = slot;
        block.pinned = true;
        return block;
    }

    @ValueRangeProvider(id = "starts")
    public List<Slot> starts() {
        return starts;
    }

    public String id() {
        return id;
    }

    public LessonFact lesson() {
        return lesson;
    }

    public int length() {
        return length;
    }

    public boolean pinned() {
        return pinned;
    }

    public Slot start() {
        return start;
    }

    public void setStart(Slot start) {
        this.start = start;
    }

    public Slot original() {
        return original;
    }

    /** Places the block where it is in the timetable in use, and remembers that place: moving it costs. */
    public void keepFrom(Slot slot) {
        this.start = slot;
        this.original = slot;
    }

    /** How many of its periods are not where they were in the timetable in use. */
    public int movedPeriods() {
        return original == null || original.equals(start) ? 0 : length;
    }

    public String classId() {
        return lesson.schoolClass().id();
    }

    public String teacherId() {
        return lesson.teacher().id();
    }

    /** The key of the first period. */
    public int begin() {
        return start.key();
    }

    /** The key just after the last period. */
    public int end() {
        return start.key() + length;
    }

    public int day() {
        return start.day();
    }

    /** The day and session, as one number. */
    public int daySession() {
        return start.day() * 10 + start.session();
    }

    public int firstPeriod() {
        return start.period();
    }

    public int lastPeriod() {
        return start.period() + length - 1;
    }

    /** The keys of the periods it occupies. */
    public List<Integer> keys() {
        List<Integer> keys = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            keys.add(start.key() + i);
        }
        return keys;
    }

    /** The periods it holds its shared room in, as room uses. */
    public List<RoomUse> roomUses() {
        List<RoomUse> uses = new ArrayList<>(length);
        for (int key : keys()) {
            uses.add(new RoomUse(lesson.room(), lesson.roomCapacity(), key));
        }
        return uses;
    }

    /** How many of its periods fall where its teacher cannot teach. */
    public int unavailablePeriods() {
        int n = 0;
        for (int key : keys()) {
            if (lesson.teacher().unavailable().contains(key)) {
                n++;
            }
        }
        return n;
    }

    /** A shared room in use during one period. */
    public record RoomUse(String room, int capacity, int key) {}

    @Override
    public String toString() {
        return id + "@" + (start == null ? "-" : start.dayName() + " " + start.sessionName() + " " + start.period());
    }
}
