package vn.eduvn.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.assessment.gradebook.Gradebooks;

/** The assessment module as other modules use it: for now, the demo province's term of marks. */
@Service
@Transactional
public class AssessmentApi {

    private final Gradebooks gradebooks;

    AssessmentApi(Gradebooks gradebooks) {
        this.gradebooks = gradebooks;
    }

    /** The columns of the class's gradebook for a subject and term, opened when missing. */
    public List<String> gradebookColumns(
            long schoolUnitId,
            long classId,
            int grade,
            int startYear,
            String subjectCode,
            BigDecimal periodsPerWeek,
            int term) {
        return gradebooks.columnsFor(schoolUnitId, classId, grade, startYear, subjectCode, periodsPerWeek, term);
    }

    /** Enters marks as typed into the grid ({studentId: {column: value}}), checked like a teacher's. */
    public void enterMarks(
            long classId, String subjectCode, int term, int grade, Map<Long, Map<String, String>> marks) {
        gradebooks.enter(classId, subjectCode, term, grade, marks);
    }
}
