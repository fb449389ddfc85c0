package vn.eduvn.assessment.attendance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A student absent from class on a day (one session, buổi), with or without leave. Audited. */
@Entity
@Audited
@Table(name = "assessment_absence")
class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long classId;

    private long studentId;

    private LocalDate absentOn;

    private boolean excused;

    private String recordedBy;

    @Version
    @NotAudited
    private long version;

    protected Absence() {}

    Absence(long classId, long studentId, LocalDate day) {
        this.classId = classId;
        this.studentId = studentId;
        this.absentOn = day;
    }

    void record(boolean excused, String by) {
        this.excused = excused;
        this.recordedBy = by;
    }

    long studentId() {
        return studentId;
    }

    LocalDate day() {
        return absentOn;
    }

    boolean excused() {
        return excused;
    }
}
