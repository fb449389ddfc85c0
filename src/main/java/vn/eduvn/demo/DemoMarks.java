package vn.eduvn.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.eduvn.assessment.AssessmentApi;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.TeachingAssignmentView;

/**
 * The first term's marks of the demo schools, realistic rather than random: each pupil has an ability (most
 * between 5.5 and 9), each subject moves it a little, and each mark scatters around it; comment-graded subjects
 * are mostly Đạt; primary pupils are mostly at H or T with tests between 5 and 10.
 */
@Component
class DemoMarks {

    private final RegistryApi registry;

    private final AssessmentApi assessment;

    DemoMarks(RegistryApi registry, AssessmentApi assessment) {
        this.registry = registry;
        this.assessment = assessment;
    }

    void firstTerm(long schoolUnitId, Random random) {
        int year = registry.currentYear(schoolUnitId);
        List<TeachingAssignmentView> assignments = registry.teachingAssignments(schoolUnitId);
        for (ClassView c : registry.classes(schoolUnitId)) {
            List<StudentView> pupils = registry.studentsOfClass(schoolUnitId, c.id());
            Map<Long, Double> ability = new HashMap<>();
            pupils.forEach(p -> ability.put(p.id(), Math.min(9.6, Math.max(3.8, 7.2 + random.nextGaussian() * 1.1))));
            for (TeachingAssignmentView a : assignments) {
                if (a.classId() != c.id()) {
                    continue;
                }
                List<String> columns = assessment.gradebookColumns(
                        schoolUnitId, c.id(), c.grade(), year, a.subjectCode(), a.periodsPerWeek(), 1);
                double subjectShift = random.nextGaussian() * 0.5;
                Map<Long, Map<String, String>> marks = new HashMap<>();
                for (StudentView p : pupils) {
                    Map<String, String> cells = new HashMap<>();
                    double level = ability.get(p.id()) + subjectShift;
                    for (String column : columns) {
                        cells.put(
                                column,
                                mark(
                                        column,
                                        level,
                                        random,
                                        columns.contains("LEVEL"),
                                        columns.contains("TX1") && isComment(a.subjectCode())));
                    }
                    marks.put(p.id(), cells);
                }
                assessment.enterMarks(c.id(), a.subjectCode(), 1, c.grade(), marks);
            }
        }
    }

    /** Links a parent's account to the first pupil of a class. */
    void linkParent(long schoolUnitId, String className, String username) {
        ClassView c = registry.classes(schoolUnitId).stream()
                .filter(k -> k.name().equals(className))
                .findFirst()
                .orElseThrow();
        StudentView pupil = registry.studentsOfClass(schoolUnitId, c.id()).get(0);
        registry.linkGuardian(schoolUnitId, pupil.id(), username);
    }

    private static boolean isComment(String subject) {
        return List.of("GDTC", "NGHE_THUAT", "AM_NHAC", "MI_THUAT", "GD_DIA_PHUONG", "HDTN_HN")
                .contains(subject);
    }

    private static String mark(String column, double level, Random random, boolean primary, boolean comment) {
        if (primary) {
            if (column.equals("LEVEL")) {
                return level >= 7.8 ? "T" : level >= 4.5 ? "H" : "C";
            }
            return String.valueOf((int) Math.max(4, Math.min(10, Math.round(level + random.nextGaussian() * 0.9))));
        }
        if (comment) {
            return random.nextInt(40) == 0 ? "CD" : "D";
        }
        double value = Math.max(2, Math.min(10, level + random.nextGaussian() * 0.9));
        // Regular marks are usually whole numbers; mid- and end-of-term tests are marked to the half point.
        double step = column.startsWith("TX") ? 1 : 0.5;
        return BigDecimal.valueOf(Math.round(value / step) * step)
                .stripTrailingZeros()
                .toPlainString();
    }
}
