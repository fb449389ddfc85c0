package vn.eduvn.timetable.solver;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One story per constraint of timetable-format.md, checked on a handful of blocks. */
class TimetableConstraintsTest {

    private final ConstraintVerifier<TimetableConstraints, Timetable> verifier =
            ConstraintVerifier.build(new TimetableConstraints(), Timetable.class, Block.class);

    private static final TeacherFact LAN = new TeacherFact("GV1", "Nguyễn Thị Lan", 0, 0, Set.of());

    private static final TeacherFact HUNG = new TeacherFact("GV2", "Trần Văn Hùng", 0, 0, Set.of());

    private static final ClassFact A1 = new ClassFact("6A1", false);

    private static final ClassFact A2 = new ClassFact("6A2", false);

    private static int ids;

    private static Slot at(int day, int period) {
        return new Slot(day, 0, period, "T" + (day + 2), "SANG");
    }

    private static LessonFact lesson(ClassFact c, TeacherFact t, int periods) {
        return new LessonFact(c.id() + "-" + t.id() + "-" + ids++, c, t, null, 0, periods, 0, false);
    }

    private static Block block(LessonFact lesson, int length, Slot start) {
        Block b = new Block("B" + ids++, lesson, length, List.of(start));
        b.setStart(start);
        return b;
    }

    @Test
    void aClassAttendsOneLessonAtATime() {
        verifier.verifyThat(TimetableConstraints::classConflict)
                .given(
                        block(lesson(A1, LAN, 4), 2, at(0, 1)),
                        block(lesson(A1, HUNG, 4), 1, at(0, 2)),
                        block(lesson(A2, HUNG, 4), 1, at(0, 1)))
                .penalizesBy(1);
    }

    @Test
    void aTeacherTeachesOneLessonAtATime() {
        verifier.verifyThat(TimetableConstraints::teacherConflict)
                .given(
                        block(lesson(A1, LAN, 4), 2, at(1, 3)),
                        block(lesson(A2, LAN, 4), 2, at(1, 3)),
                        block(lesson(A2, HUNG, 4), 1, at(1, 3)))
                .penalizesBy(2);
    }

    @Test
    void aSharedRoomHoldsNoMoreClassesThanItsCapacity() {
        LessonFact computers1 = new LessonFact("6A1-TIN", A1, LAN, "PM", 1, 1, 1, false);
        LessonFact computers2 = new LessonFact("6A2-TIN", A2, HUNG, "PM", 1, 1, 1, false);
        LessonFact ground1 = new LessonFact("6A1-TD", A1, HUNG, "SAN", 2, 2, 1, false);
        LessonFact ground2 = new LessonFact("6A2-TD", A2, LAN, "SAN", 2, 2, 1, false);
        verifier.verifyThat(TimetableConstraints::roomCapacity)
                .given(
                        block(computers1, 1, at(2, 1)),
                        block(computers2, 1, at(2, 1)),
                        block(ground1, 1, at(3, 1)),
                        block(ground2, 1, at(3, 1)))
                .penalizesBy(1);
    }

    @Test
    void noLessonFallsWhenItsTeacherCannotTeach() {
        TeacherFact busy = new TeacherFact("GV3", "Lê Thu", 0, 0, Set.of(at(2, 1).key(), at(2, 2).key()));
        verifier.verifyThat(TimetableConstraints::teacherUnavailable)
                .given(block(lesson(A1, busy, 4), 2, at(2, 1)), block(lesson(A2, busy, 4), 1, at(2, 3)))
                .penalizesBy(2);
    }

    @Test
    void aLessonHasNoMorePeriodsOnADayThanItsMaximum() {
        LessonFact toan = new LessonFact("6A1-TOAN", A1, LAN, null, 0, 4, 1, false);
        verifier.verifyThat(TimetableConstraints::lessonMaxPerDay)
                .given(
                        block(toan, 1, at(0, 1)),
                        block(toan, 1, at(0, 3)),
                        block(toan, 1, at(0, 4)),
                        block(toan, 1, at(1, 1)))
                .penalizesBy(2);
    }

    @Test
    void theBlocksOfALessonFallOnDifferentDays() {
        LessonFact van = new LessonFact("6A1-VAN", A1, LAN, null, 0, 4, 2, true);
        verifier.verifyThat(TimetableConstraints::blocksOnDifferentDays)
                .given(block(van, 2, at(0, 1)), block(van, 1, at(0, 4)), block(van, 1, at(1, 2)))
                .penalizesBy(1);
    }

    @Test
    void aTeacherTeachesNoMorePeriodsOnADayThanTheirMaximum() {
        TeacherFact three = new TeacherFact("GV4", "Phạm Nga", 3, 0, Set.of());
        verifier.verifyThat(TimetableConstraints::teacherMaxPerDay)
                .given(
                        block(lesson(A1, three, 4), 2, at(0, 1)),
                        block(lesson(A2, three, 4), 2, at(0, 3)),
                        block(lesson(A2, three, 4), 1, at(1, 3)))
                .penalizesBy(1);
    }

    @Test
    void aTeacherTeachesOnNoMoreDaysThanTheirMaximum() {
        TeacherFact twoDays = new TeacherFact("GV5", "Đỗ Minh", 0, 2, Set.of());
        verifier.verifyThat(TimetableConstraints::teacherMaxDays)
                .given(
                        block(lesson(A1, twoDays, 4), 1, at(0, 1)),
                        block(lesson(A1, twoDays, 4), 1, at(2, 1)),
                        block(lesson(A1, twoDays, 4), 1, at(4, 1)),
                        block(lesson(A2, twoDays, 4), 1, at(4, 2)))
                .penalizesBy(1);
    }

    @Test
    void aClassWithoutGapsStudiesFromPeriodOneWithoutHoles() {
        ClassFact compact = new ClassFact("7A1", true);
        verifier.verifyThat(TimetableConstraints::classNoGaps)
                .given(
                        block(lesson(compact, LAN, 4), 2, at(0, 1)),
                        block(lesson(compact, HUNG, 4), 1, at(0, 4)),
                        block(lesson(compact, HUNG, 4), 1, at(1, 2)))
                .penalizesBy(2);
    }

    @Test
    void aTeachersEmptyPeriodBetweenLessonsCostsThree() {
        verifier.verifyThat(TimetableConstraints::teacherIdle)
                .given(
                        block(lesson(A1, LAN, 4), 1, at(0, 1)),
                        block(lesson(A2, LAN, 4), 1, at(0, 4)),
                        block(lesson(A2, LAN, 4), 2, at(1, 1)))
                .penalizesBy(2);
    }

    @Test
    void eachSessionATeacherComesToSchoolForCostsTwo() {
        verifier.verifyThat(TimetableConstraints::teacherSessions)
                .given(
                        block(lesson(A1, LAN, 4), 1, at(0, 1)),
                        block(lesson(A2, LAN, 4), 1, at(0, 4)),
                        block(lesson(A2, LAN, 4), 1, at(3, 1)),
                        block(lesson(A1, HUNG, 4), 1, at(3, 2)))
                .penalizesBy(3);
    }

    @Test
    void singlesOfAShortLessonOnConsecutiveDaysCostOne() {
        LessonFact three = new LessonFact("6A1-ANH", A1, LAN, null, 0, 3, 1, false);
        LessonFact four = new LessonFact("6A1-KHTN", A1, HUNG, null, 0, 4, 1, false);
        verifier.verifyThat(TimetableConstraints::singlesOnConsecutiveDays)
                .given(
                        block(three, 1, at(0, 1)),
                        block(three, 1, at(1, 1)),
                        block(three, 1, at(2, 1)),
                        block(four, 1, at(0, 2)),
                        block(four, 1, at(1, 2)))
                .penalizesBy(2);
    }

    @Test
    void aClassesEmptyPeriodBetweenLessonsCostsOne() {
        verifier.verifyThat(TimetableConstraints::classIdle)
                .given(
                        block(lesson(A1, LAN, 4), 1, at(0, 1)),
                        block(lesson(A1, HUNG, 4), 1, at(0, 4)),
                        block(lesson(A2, HUNG, 4), 2, at(0, 1)))
                .penalizesBy(2);
    }

    @Test
    void aReSolveForAnAbsenceCostsTwentyForEachPeriodMovedFromTheTimetableInUse() {
        Block stays = block(lesson(A1, LAN, 4), 2, at(0, 1));
        stays.keepFrom(at(0, 1));
        Block moved = block(lesson(A1, HUNG, 4), 2, at(1, 1));
        moved.keepFrom(at(2, 3));
        moved.setStart(at(1, 1));
        verifier.verifyThat(TimetableConstraints::unchanged)
                .given(stays, moved, block(lesson(A2, HUNG, 4), 1, at(0, 2)))
                .penalizesBy(2);
    }

    @Test
    void theSoftScoreIsTheFormatsTable() {
        // Lan: periods 1 and 4 of Monday (2 idle periods × 3, 1 session × 2); Hùng: period 2 (1 session × 2);
        // 6A1 has periods 2 and 3 empty between its lessons (2 × 1); no short lesson on consecutive days.
        verifier.verifyThat()
                .given(
                        block(lesson(A1, LAN, 4), 1, at(0, 1)),
                        block(lesson(A1, LAN, 4), 1, at(0, 4)),
                        block(lesson(A2, HUNG, 4), 1, at(0, 2)))
                .scores(ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore.ofSoft(-(2 * 3 + 2 + 2 + 2)));
    }
}
