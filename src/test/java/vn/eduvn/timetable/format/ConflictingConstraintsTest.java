package vn.eduvn.timetable.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.timetable.format.TimetableProblem.Fixed;
import vn.eduvn.timetable.format.TimetableProblem.Lesson;
import vn.eduvn.timetable.format.TimetableProblem.Room;
import vn.eduvn.timetable.format.TimetableProblem.SchoolClass;
import vn.eduvn.timetable.format.TimetableProblem.Teacher;
import vn.eduvn.timetable.format.TimetableProblem.Unavailable;

/**
 * A principal whose problem has no timetable is told at once which few constraints cannot all hold, not left to
 * wait for the search's time limit: each case names the lessons, teachers and slots involved, and no more.
 */
class ConflictingConstraintsTest {

    private static final List<String> DAYS = List.of("T2", "T3", "T4", "T5", "T6", "T7");

    private final List<Teacher> teachers = new ArrayList<>();

    private final List<SchoolClass> classes = new ArrayList<>(List.of(
            new SchoolClass("6A1", 6, List.of("SANG"), null, false),
            new SchoolClass("6A2", 6, List.of("CHIEU"), null, false)));

    private final List<Lesson> lessons = new ArrayList<>();

    private final List<Fixed> fixed = new ArrayList<>();

    private final List<Room> rooms = new ArrayList<>();

    private List<String> days = DAYS;

    private int periodsPerSession = 5;

    @Test
    void aBoardingSchoolsLongWeekIsCheckedAsClosely() {
        // Seven days of two 10-period sessions: 140 slots, the afternoons of Friday to Sunday past the 64th.
        days = List.of("T2", "T3", "T4", "T5", "T6", "T7", "CN");
        periodsPerSession = 10;
        List<Unavailable> afternoons = List.of("T2", "T3", "T4", "T5").stream()
                .map(d -> new Unavailable(d, "CHIEU", null))
                .toList();
        teacher("GV1", afternoons);
        teacher("GV2", afternoons);
        lesson("6A2-TOAN", "6A2", "GV1", 16, 6);
        lesson("6A2-VAN", "6A2", "GV2", 15, 6);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("timetable.error.classLessonsOverfull");
            assertThat(p.args()).containsExactly("6A2", "6A2-TOAN (GV1), 6A2-VAN (GV2)", 31, 30);
        });

        lessons.remove(1);
        lesson("6A2-VAN", "6A2", "GV2", 14, 6);
        assertThat(problems()).isEmpty();
    }

    @Test
    void twoTeachersAwayOnTheSameMorningsCannotFitTheirClassesPeriodsIntoTheRest() {
        teacher("GV1", mornings("T2", "T3", "T4"));
        teacher("GV2", mornings("T2", "T3", "T4"));
        teacher("GV3", List.of());
        lesson("6A1-TOAN", "6A1", "GV1", 10, 4);
        lesson("6A1-VAN", "6A1", "GV2", 8, 4);
        lesson("6A1-ANH", "6A1", "GV3", 3, 1);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("timetable.error.classLessonsOverfull");
            assertThat(p.args()).containsExactly("6A1", "6A1-TOAN (GV1), 6A1-VAN (GV2)", 18, 15);
        });
    }

    @Test
    void aFullClassWeekIsNamedAsAWhole() {
        teacher("GV1", List.of());
        teacher("GV2", List.of());
        lesson("6A1-TOAN", "6A1", "GV1", 16, 3);
        lesson("6A1-VAN", "6A1", "GV2", 15, 3);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("timetable.error.classOverfull");
            assertThat(p.args()).containsExactly("6A1", 31, 30);
        });
    }

    @Test
    void aTeachersMorningClassNeedsMoreThanTheirFreeMorningsThoughTheirWeekHoldsEverything() {
        teacher("GV1", mornings("T4", "T5", "T6", "T7"));
        teacher("GV2", List.of());
        lesson("6A1-TOAN", "6A1", "GV1", 12, 3);
        lesson("6A2-TOAN", "6A2", "GV1", 4, 1);
        lesson("6A1-VAN", "6A1", "GV2", 4, 1);

        assertThat(problems()).extracting(FieldProblem::key).contains("timetable.error.teacherLessonsOverfull");
        assertThat(problems())
                .filteredOn(p -> p.key().equals("timetable.error.teacherLessonsOverfull"))
                .singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("GV1", "6A1-TOAN", 12, 10));
    }

    @Test
    void aTeacherWhoseDaysAndPeriodsADayHoldTooFewPeriodsIsNamed() {
        teachers.add(new Teacher("GV1", "A", 3, 2, List.of()));
        lesson("6A1-TOAN", "6A1", "GV1", 4, 2);
        lesson("6A2-TOAN", "6A2", "GV1", 4, 2);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("timetable.error.teacherOverfull");
            assertThat(p.args()).containsExactly("A (GV1)", 8, 6);
        });
    }

    @Test
    void aLessonSpreadOneADayNeedsAsManyDaysAsItsTeacherCanCome() {
        teacher("GV1", mornings("T2", "T3", "T4"));
        lesson("6A1-TOAN", "6A1", "GV1", 4, null);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("timetable.error.lessonDays");
            assertThat(p.args()).containsExactly("6A1-TOAN", 4, 3);
        });
    }

    @Test
    void aDoublePeriodLongerThanTheMostADayIsNamed() {
        teacher("GV1", List.of());
        lessons.add(new Lesson("6A1-TOAN", "6A1", "TOAN", "GV1", 4, 1, List.of(2, 1, 1), null));

        assertThat(problems()).extracting(FieldProblem::key).contains("timetable.error.blockOverDay");
    }

    @Test
    void fixedPeriodsThatClashOrFallWhereTheTeacherIsAwayAreNamed() {
        teacher("GV1", List.of(new Unavailable("T3", "SANG", 2)));
        teacher("GV2", List.of());
        lesson("6A1-CHAOCO", "6A1", "GV1", 1, null);
        lesson("6A1-SHL", "6A1", "GV2", 1, null);
        lesson("6A1-TOAN", "6A1", "GV1", 4, null);
        fixed.add(new Fixed("6A1-CHAOCO", "T2", "SANG", 1));
        fixed.add(new Fixed("6A1-SHL", "T2", "SANG", 1));
        fixed.add(new Fixed("6A1-TOAN", "T3", "SANG", 2));
        fixed.add(new Fixed("6A1-TOAN", "T2", "CHIEU", 1));

        List<FieldProblem> found = problems();
        assertThat(found)
                .extracting(FieldProblem::key)
                .containsExactlyInAnyOrder(
                        "timetable.error.fixedClash",
                        "timetable.error.fixedUnavailable",
                        "timetable.error.fixedOutsideSessions");
        assertThat(found)
                .filteredOn(p -> p.key().equals("timetable.error.fixedClash"))
                .singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("6A1-CHAOCO", "6A1-SHL", "T2 SANG 1", "6A1"));
    }

    @Test
    void twoFixedPeriodsOnADayOfALessonAllowedOneADayAreNamedAndAllowedTwoTheyFit() {
        teacher("GV1", List.of());
        lesson("6A1-GDTC", "6A1", "GV1", 2, null);
        fixed.add(new Fixed("6A1-GDTC", "T3", "SANG", 1));
        fixed.add(new Fixed("6A1-GDTC", "T3", "SANG", 2));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("timetable.error.fixedOverDay");
            assertThat(p.args()).containsExactly("6A1-GDTC", 2, "T3", 1);
        });

        lessons.set(0, new Lesson("6A1-GDTC", "6A1", "GDTC", "GV1", 2, 2, null, null));
        assertThat(problems()).isEmpty();
    }

    @Test
    void aSolveAroundPinnedPeriodsGoesAheadThoughAPinBreaksARule() {
        teacher("GV1", List.of(new Unavailable("T2", "SANG", null)));
        lesson("6A1-CHAOCO", "6A1", "GV1", 1, null);
        lesson("6A1-TOAN", "6A1", "GV1", 4, null);
        fixed.add(new Fixed("6A1-CHAOCO", "T2", "SANG", 1));

        assertThat(problems()).extracting(FieldProblem::key).containsExactly("timetable.error.fixedUnavailable");
        ProblemCheck.checkAround(problem());
    }

    @Test
    void aSpecialRoomAskedForMoreThanItsWeekIsNamed() {
        teacher("GV1", List.of());
        teacher("GV2", List.of());
        rooms.add(new Room("PM1", "Phòng máy", 1));
        lessons.add(new Lesson("6A1-TIN", "6A1", "TIN", "GV1", 20, 4, null, "PM1"));
        lessons.add(new Lesson("6A2-TIN", "6A2", "TIN", "GV2", 20, 4, null, "PM1"));
        classes.set(1, new SchoolClass("6A2", 6, List.of("SANG"), null, false));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("timetable.error.roomOverfull");
            assertThat(p.args()).containsExactly("PM1", 40, 30);
        });
    }

    @Test
    void aProblemThatFitsPasses() {
        teacher("GV1", mornings("T2"));
        teacher("GV2", List.of());
        lesson("6A1-TOAN", "6A1", "GV1", 4, null);
        lesson("6A1-VAN", "6A1", "GV2", 26, 5);
        lesson("6A2-TOAN", "6A2", "GV1", 4, null);

        assertThat(problems()).isEmpty();
    }

    private TimetableProblem problem() {
        LinkedHashMap<String, Integer> sessions = new LinkedHashMap<>();
        sessions.put("SANG", periodsPerSession);
        sessions.put("CHIEU", periodsPerSession);
        return new TimetableProblem(
                TimetableProblem.FORMAT, "Thử", days, sessions, rooms, teachers, classes, lessons, fixed);
    }

    private List<FieldProblem> problems() {
        try {
            ProblemCheck.check(problem());
            return List.of();
        } catch (InvalidFields e) {
            return e.problems();
        }
    }

    private void teacher(String id, List<Unavailable> unavailable) {
        teachers.add(new Teacher(id, id, null, null, unavailable));
    }

    private void lesson(String id, String classId, String teacher, int periods, Integer maxPerDay) {
        lessons.add(
                new Lesson(id, classId, id.substring(id.indexOf('-') + 1), teacher, periods, maxPerDay, null, null));
    }

    private static List<Unavailable> mornings(String... days) {
        return Arrays.stream(days).map(d -> new Unavailable(d, "SANG", null)).toList();
    }
}
