package vn.eduvn.assessment.gradebook;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.eduvn.assessment.Regime;

/**
 * The gradebook (sổ điểm) of one class, subject and term. It keeps the regime and the number of regular
 * assessments it was opened with, so its results compute the same way in later years.
 */
@Entity
@Audited
@Table(name = "assessment_gradebook")
class Gradebook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long schoolUnitId;

    private long classId;

    private String subjectCode;

    private int startYear;

    private int term;

    @Enumerated(EnumType.STRING)
    private Regime regime;

    private boolean commentGraded;

    private int regularCount;

    private boolean locked;

    @Version
    @NotAudited
    private long version;

    protected Gradebook() {}

    Gradebook(
            long schoolUnitId,
            long classId,
            String subjectCode,
            int startYear,
            int term,
            Regime regime,
            boolean commentGraded,
            int regularCount) {
        this.schoolUnitId = schoolUnitId;
        this.classId = classId;
        this.subjectCode = subjectCode;
        this.startYear = startYear;
        this.term = term;
        this.regime = regime;
        this.commentGraded = commentGraded;
        this.regularCount = regularCount;
    }

    Long id() {
        return id;
    }

    long schoolUnitId() {
        return schoolUnitId;
    }

    long classId() {
        return classId;
    }

    String subjectCode() {
        return subjectCode;
    }

    int startYear() {
        return startYear;
    }

    int term() {
        return term;
    }

    Regime regime() {
        return regime;
    }

    boolean commentGraded() {
        return commentGraded;
    }

    int regularCount() {
        return regularCount;
    }

    boolean locked() {
        return locked;
    }

    /** The year's transcripts are final: no entry is taken again. */
    void seal() {
        this.locked = true;
    }
}
