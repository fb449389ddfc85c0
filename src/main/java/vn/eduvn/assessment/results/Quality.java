package vn.eduvn.assessment.results;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A primary pupil's level (T, D, C) in one quality or competency at the end of a term. Audited. */
@Entity
@Audited
@Table(name = "assessment_quality")
class Quality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long classId;

    private long studentId;

    private int term;

    private String code;

    private String level;

    @Version
    @NotAudited
    private long version;

    protected Quality() {}

    Quality(long classId, long studentId, int term, String code) {
        this.classId = classId;
        this.studentId = studentId;
        this.term = term;
        this.code = code;
    }

    void rate(String level) {
        this.level = level;
    }

    long studentId() {
        return studentId;
    }

    int term() {
        return term;
    }

    String code() {
        return code;
    }

    String level() {
        return level;
    }
}
