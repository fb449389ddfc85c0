package vn.eduvn.assessment.results;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** The homeroom teacher's year-end comment on a student, and (TT27) their proposal for the outstanding title. Audited. */
@Entity
@Audited
@Table(name = "assessment_year_comment")
class YearComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long classId;

    private long studentId;

    private String body = "";

    private boolean nominated;

    @Version
    @NotAudited
    private long version;

    protected YearComment() {}

    YearComment(long classId, long studentId) {
        this.classId = classId;
        this.studentId = studentId;
    }

    void write(String body) {
        this.body = body;
    }

    Long id() {
        return id;
    }

    long studentId() {
        return studentId;
    }

    String body() {
        return body;
    }

    void nominate(boolean nominated) {
        this.nominated = nominated;
    }

    boolean nominated() {
        return nominated;
    }

    /** Neither a comment nor a nomination: nothing worth keeping. */
    boolean isEmpty() {
        return (body == null || body.isEmpty()) && !nominated;
    }
}
