package vn.eduvn.timetable.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.timetable.format.ProblemCheck;
import vn.eduvn.timetable.format.TimetableProblem;

/**
 * A principal told that the timetable cannot be built reads it in the school's words: lessons by subject and class,
 * teachers by name, periods as "T3 sáng tiết 2" — not the codes the format's checks use.
 */
class SchoolWordsTest {

    private static TimetableProblem school() {
        LinkedHashMap<String, Integer> sessions = new LinkedHashMap<>();
        sessions.put("SANG", 5);
        return new TimetableProblem(
                TimetableProblem.FORMAT,
                "x",
                List.of("T2", "T3", "T4", "T5", "T6"),
                sessions,
                List.of(),
                List.of(
                        new TimetableProblem.Teacher(
                                "GV1",
                                "Nguyễn Thị Lan",
                                null,
                                null,
                                List.of(
                                        new TimetableProblem.Unavailable("T2", "SANG", null),
                                        new TimetableProblem.Unavailable("T3", "SANG", null),
                                        new TimetableProblem.Unavailable("T4", "SANG", null))),
                        new TimetableProblem.Teacher(
                                "GV12",
                                "Trần Văn Minh",
                                null,
                                null,
                                List.of(
                                        new TimetableProblem.Unavailable("T2", "SANG", null),
                                        new TimetableProblem.Unavailable("T3", "SANG", null),
                                        new TimetableProblem.Unavailable("T4", "SANG", null)))),
                List.of(new TimetableProblem.SchoolClass("6A1", 6, List.of("SANG"), null, false)),
                List.of(
                        new TimetableProblem.Lesson("6A1-TOAN", "6A1", "TOAN", "GV1", 6, null, null, null),
                        new TimetableProblem.Lesson("6A1-NGU_VAN", "6A1", "NGU_VAN", "GV12", 6, null, null, null)),
                List.of());
    }

    @Test
    void twoTeachersAwayOnTheSameMorningsAreNamedWithTheirSubjectsAndTheClass() {
        TimetableProblem problem = school();
        InvalidFields refused = null;
        try {
            ProblemCheck.check(problem);
        } catch (InvalidFields e) {
            refused = e;
        }
        assertThat(refused).as("12 periods in the 10 slots both teachers have").isNotNull();
        assertThat(String.valueOf(refused.problems().get(0).args()[1])).contains("6A1-TOAN (GV1)");

        InvalidFields reworded = new SchoolWords(problem, Map.of("TOAN", "Toán", "NGU_VAN", "Ngữ văn")).reword(refused);

        FieldProblem first = reworded.problems().get(0);
        assertThat(first.key()).isEqualTo("timetable.error.classLessonsOverfull");
        assertThat(first.args())
                .containsExactly("6A1", "Toán 6A1 (Nguyễn Thị Lan), Ngữ văn 6A1 (Trần Văn Minh)", 12, 10);
    }

    @Test
    void teachersCodesAndPeriodsReadAsTheSchoolWritesThem() {
        SchoolWords words = new SchoolWords(school(), Map.of("TOAN", "Toán"));

        assertThat(words.reword("Nguyễn Thị Lan (GV1)")).isEqualTo("Nguyễn Thị Lan");
        assertThat(words.reword("GV12 và GV1"))
                .as("GV12 is not GV1 followed by 2")
                .isEqualTo("Trần Văn Minh và Nguyễn Thị Lan");
        assertThat(words.reword("6A1-TOAN vào T3 SANG 2")).isEqualTo("Toán 6A1 vào T3 sáng tiết 2");
        assertThat(words.reword("6A1-NGU_VAN"))
                .as("a subject without a name keeps its code")
                .isEqualTo("NGU_VAN 6A1");
        assertThat(words.reword("Lớp 6A10")).as("a class name is not a code").isEqualTo("Lớp 6A10");
    }
}
