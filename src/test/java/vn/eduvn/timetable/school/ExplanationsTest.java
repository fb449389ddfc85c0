package vn.eduvn.timetable.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eduvn.timetable.format.TimetableProblem;
import vn.eduvn.timetable.format.TimetableSolution;
import vn.eduvn.timetable.format.TimetableSolution.Placement;

/** The principal reads what a timetable gets wrong in plain words, whoever made the timetable. */
class ExplanationsTest {

    @Test
    void aTeachersEmptyPeriodAndADoubleBookingAreSaidByNameAndDay() {
        LinkedHashMap<String, Integer> sessions = new LinkedHashMap<>();
        sessions.put("SANG", 5);
        TimetableProblem problem = new TimetableProblem(
                TimetableProblem.FORMAT,
                "x",
                List.of("T2", "T3", "T4"),
                sessions,
                List.of(),
                List.of(new TimetableProblem.Teacher("GV1", "Nguyễn Thị Lan", null, null, List.of())),
                List.of(
                        new TimetableProblem.SchoolClass("6A1", 6, List.of("SANG"), null, false),
                        new TimetableProblem.SchoolClass("6A2", 6, List.of("SANG"), null, false)),
                List.of(
                        new TimetableProblem.Lesson("6A1-TOAN", "6A1", "TOAN", "GV1", 2, null, null, null),
                        new TimetableProblem.Lesson("6A2-TOAN", "6A2", "TOAN", "GV1", 1, null, null, null)),
                List.of());
        TimetableSolution solution = new TimetableSolution(
                TimetableSolution.FORMAT,
                -1,
                -5,
                List.of(
                        new Placement("6A1-TOAN", "T4", "SANG", 1, null),
                        new Placement("6A1-TOAN", "T4", "SANG", 4, null),
                        new Placement("6A2-TOAN", "T2", "SANG", 2, null)),
                List.of());

        List<Explanations.Finding> findings = Explanations.of(problem, solution);

        assertThat(findings)
                .extracting(Explanations.Finding::key)
                .containsExactly("timetable.finding.teacherIdle", "timetable.finding.classIdle");
        assertThat(findings.get(0).args()).containsExactly("Nguyễn Thị Lan", 2, "sáng", "T4");
        assertThat(findings.get(1).args()).containsExactly("6A1", 2, "sáng", "T4");

        TimetableSolution twice = new TimetableSolution(
                TimetableSolution.FORMAT,
                -1,
                0,
                List.of(
                        new Placement("6A1-TOAN", "T3", "SANG", 2, null),
                        new Placement("6A2-TOAN", "T3", "SANG", 2, null)),
                List.of());
        assertThat(Explanations.of(problem, twice))
                .extracting(Explanations.Finding::key)
                .containsExactly("timetable.finding.teacherTwice");
    }
}
