package vn.eduvn.assessment.gradebook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One mark of one student in one column of a gradebook: a score, or a code (Đ/CĐ, T/H/C). Audited, so every
 * change keeps who, when, the old and the new value.
 */
@Entity
@Audited
@Table(name = "assessment_mark")
class Mark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long gradebookId;

    private long studentId;

    private String columnKey;

    private BigDecimal score;

    private String gradeCode;

    /** A primary teacher's comment (nhận xét) on the subject, in the NX column. */
    private String remark;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    @NotAudited
    private long version;

    protected Mark() {}

    Mark(long gradebookId, long studentId, String columnKey) {
        this.gradebookId = gradebookId;
        this.studentId = studentId;
        this.columnKey = columnKey;
    }

    void set(BigDecimal score, String gradeCode, String by) {
        this.score = score;
        this.gradeCode = gradeCode;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    void remark(String text, String by) {
        this.remark = text;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    Long id() {
        return id;
    }

    long gradebookId() {
        return gradebookId;
    }

    long studentId() {
        return studentId;
    }

    String columnKey() {
        return columnKey;
    }

    BigDecimal score() {
        return score;
    }

    String gradeCode() {
        return gradeCode;
    }

    String updatedBy() {
        return updatedBy;
    }

    /** What the page shows and sends back: 0 for an empty cell, then one more with every save. */
    long cellVersion() {
        return version + 1;
    }

    /** The value as typed back into the grid. */
    String text() {
        return score != null ? score.stripTrailingZeros().toPlainString() : gradeCode != null ? gradeCode : remark;
    }
}
