package vn.eduvn.assessment.results;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A student's conduct in a term, as the homeroom teacher rates it (TT22/2021: Tốt, Khá, Đạt, Chưa đạt). */
@Entity
@Audited
@Table(name = "assessment_conduct")
class Conduct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long classId;

    private long studentId;

    private int term;

    private String level;

    private String updatedBy;

    @Version
    @NotAudited
    private long version;

    protected Conduct() {}

    Conduct(long classId, long studentId, int term) {
        this.classId = classId;
        this.studentId = studentId;
        this.term = term;
    }

    void rate(String level, String by) {
        this.level = level;
        this.updatedBy = by;
    }

    long studentId() {
        return studentId;
    }

    int term() {
        return term;
    }

    String level() {
        return level;
    }
}
