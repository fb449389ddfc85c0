package vn.eduvn.registry.student;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import vn.eduvn.platform.text.PersonName;

/**
 * A student's record in the sector database, identified across the country by the 12-digit personal
 * identifier (mã định danh cá nhân). Its search and sort keys are derived from the name, never typed.
 */
@Entity
@Audited
@Table(name = "registry_student")
public class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_student_seq")
    @SequenceGenerator(name = "registry_student_seq", sequenceName = "registry_student_seq", allocationSize = 50)
    private Long id;

    private long schoolUnitId;

    private String personalId;

    private String fullName;

    @NotAudited
    private String searchName;

    @NotAudited
    private String sortKey;

    private LocalDate birthDate;

    private String gender;

    private String ethnicityCode;

    private Long classId;

    @Enumerated(EnumType.STRING)
    private StudentStatus status;

    @Version
    @NotAudited
    private long version;

    protected Student() {
    }

    public Student(long schoolUnitId, String personalId) {
        this.schoolUnitId = schoolUnitId;
        this.personalId = personalId;
        this.status = StudentStatus.ENROLLED;
    }

    /** Sets what the registry knows of the student; the name's search and sort keys follow. */
    public void describe(String fullName, LocalDate birthDate, String genderCode, String ethnicityCode, Long classId) {
        PersonName name = PersonName.of(fullName);
        this.fullName = name.fullName();
        this.searchName = name.searchName();
        this.sortKey = name.sortKey();
        this.birthDate = birthDate;
        this.gender = genderCode;
        this.ethnicityCode = ethnicityCode;
        this.classId = classId;
    }

    public Long id() {
        return id;
    }

    public long schoolUnitId() {
        return schoolUnitId;
    }

    public String personalId() {
        return personalId;
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String gender() {
        return gender;
    }

    public String ethnicityCode() {
        return ethnicityCode;
    }

    public Long classId() {
        return classId;
    }

    public StudentStatus status() {
        return status;
    }
}
