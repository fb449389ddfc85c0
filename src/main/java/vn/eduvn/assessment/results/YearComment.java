package vn.eduvn.assessment.results;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** The homeroom teacher's year-end comment on a student. Audited. */
@Entity
@Audited
@Table(name = "assessment_year_comment")
class YearComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long classId;

    private long studentId;

    private String body;

    @Version
    @NotAudited
    private long version;

    protected YearComment() {
    }

    YearComment(long classId, long studentId) {
        this.classId = classId;
        this.studentId = studentId;
    }

    void write(String body) {
        this.body = body;
    }

    long studentId() {
        return studentId;
    }

    String body() {
        return body;
    }
}
