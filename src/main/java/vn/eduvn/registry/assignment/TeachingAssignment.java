package vn.eduvn.registry.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** Phân công chuyên môn: one teacher teaches one subject in one class, so many periods a week. */
@Entity
@Audited
@Table(name = "registry_teaching_assignment")
class TeachingAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long schoolUnitId;

    private long classId;

    private String subjectCode;

    private long staffId;

    private BigDecimal periodsPerWeek;

    @Version
    @NotAudited
    private long version;

    protected TeachingAssignment() {}

    TeachingAssignment(long schoolUnitId, long classId, String subjectCode) {
        this.schoolUnitId = schoolUnitId;
        this.classId = classId;
        this.subjectCode = subjectCode;
    }

    void give(long staffId, BigDecimal periodsPerWeek) {
        this.staffId = staffId;
        this.periodsPerWeek = periodsPerWeek;
    }

    Long id() {
        return id;
    }

    long classId() {
        return classId;
    }

    String subjectCode() {
        return subjectCode;
    }

    long staffId() {
        return staffId;
    }

    BigDecimal periodsPerWeek() {
        return periodsPerWeek;
    }
}
