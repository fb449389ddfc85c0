package vn.eduvn.registry.student;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a student's school life (enrolled, changed class, transferred, left, repeated, promoted,
 * graduated) at one school and school year. Append-only: it is the history itself, so it outlives the
 * student's stay at that school.
 */
@Entity
@Table(name = "registry_student_event")
public class StudentEvent {

    /** What happened. */
    public enum Kind {
        ENROLLED,
        CLASS_CHANGED,
        HELD_BACK,
        HOLD_CLEARED,
        LEFT,
        TRANSFERRED_OUT,
        TRANSFERRED_IN,
        PROMOTED,
        REPEATING,
        GRADUATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_student_event_seq")
    @SequenceGenerator(
            name = "registry_student_event_seq",
            sequenceName = "registry_student_event_seq",
            allocationSize = 50)
    private Long id;

    private long studentId;

    private long schoolUnitId;

    private int startYear;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private LocalDate happenedOn;

    private String className;

    private Long otherSchoolUnitId;

    private String reason;

    private String actor;

    private Instant recordedAt;

    protected StudentEvent() {}

    StudentEvent(
            long studentId,
            long schoolUnitId,
            int startYear,
            Kind kind,
            LocalDate happenedOn,
            String className,
            Long otherSchoolUnitId,
            String reason,
            String actor) {
        this.studentId = studentId;
        this.schoolUnitId = schoolUnitId;
        this.startYear = startYear;
        this.kind = kind;
        this.happenedOn = happenedOn;
        this.className = className;
        this.otherSchoolUnitId = otherSchoolUnitId;
        this.reason = reason;
        this.actor = actor;
        this.recordedAt = Instant.now();
    }

    public long studentId() {
        return studentId;
    }

    public long schoolUnitId() {
        return schoolUnitId;
    }

    public int startYear() {
        return startYear;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate happenedOn() {
        return happenedOn;
    }

    public String className() {
        return className;
    }

    public Long otherSchoolUnitId() {
        return otherSchoolUnitId;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }
}
