package vn.eduvn.assessment.transcript;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A student's finalised transcript (học bạ) of one school year: the content exactly as printed, frozen as
 * JSON, with its SHA-256 and the verification code. Never changed once written; audited like every record.
 */
@Entity
@Audited
@Table(name = "assessment_transcript")
class Transcript {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long studentId;

    private long classId;

    private long schoolUnitId;

    private int startYear;

    private int grade;

    private String content;

    private String contentHash;

    private String code;

    private String finalisedBy;

    private Instant finalisedAt;

    @Version
    @NotAudited
    private long version;

    protected Transcript() {}

    Transcript(
            long studentId,
            long classId,
            long schoolUnitId,
            int startYear,
            int grade,
            String content,
            String contentHash,
            String code,
            String finalisedBy,
            Instant finalisedAt) {
        this.studentId = studentId;
        this.classId = classId;
        this.schoolUnitId = schoolUnitId;
        this.startYear = startYear;
        this.grade = grade;
        this.content = content;
        this.contentHash = contentHash;
        this.code = code;
        this.finalisedBy = finalisedBy;
        this.finalisedAt = finalisedAt;
    }

    long studentId() {
        return studentId;
    }

    long classId() {
        return classId;
    }

    long schoolUnitId() {
        return schoolUnitId;
    }

    int startYear() {
        return startYear;
    }

    int grade() {
        return grade;
    }

    String content() {
        return content;
    }

    String contentHash() {
        return contentHash;
    }

    String code() {
        return code;
    }

    String finalisedBy() {
        return finalisedBy;
    }

    Instant finalisedAt() {
        return finalisedAt;
    }
}
