package vn.eduvn.registry.student;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
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

    private String religionCode;

    private String disabilityCode;

    private String policyCode;

    private String residenceCommune;

    private String address;

    private String fatherName;

    private String fatherPhone;

    private String motherName;

    private String motherPhone;

    private String guardianName;

    private String guardianPhone;

    private String parentEmail;

    private boolean heldBack;

    @Version
    @NotAudited
    private long version;

    protected Student() {}

    public Student(long schoolUnitId, String personalId) {
        this.schoolUnitId = schoolUnitId;
        this.personalId = personalId;
        this.status = StudentStatus.ENROLLED;
    }

    /** Sets what the registry knows of the student; the name's search and sort keys follow. */
    public void describe(StudentForm typed) {
        StudentForm form = typed.tidy();
        PersonName name = PersonName.of(form.fullName());
        this.fullName = name.fullName();
        this.searchName = name.searchName();
        this.sortKey = name.sortKey();
        this.birthDate = form.birthDate();
        this.gender = form.gender().code();
        this.ethnicityCode = form.ethnicityCode();
        this.religionCode = form.religionCode();
        this.disabilityCode = form.disabilityCode();
        this.policyCode = form.policyCode();
        this.residenceCommune = form.residenceCommune();
        this.address = form.address();
        this.fatherName = form.fatherName();
        this.fatherPhone = form.fatherPhone();
        this.motherName = form.motherName();
        this.motherPhone = form.motherPhone();
        this.guardianName = form.guardianName();
        this.guardianPhone = form.guardianPhone();
        this.parentEmail = form.parentEmail();
    }

    /** Corrects a mistyped personal identifier. */
    void correctIdentifier(String personalId) {
        this.personalId = personalId;
    }

    /** Places the student in a class of their school (or in none). */
    public void placeIn(Long classId) {
        this.classId = classId;
    }

    /** Marks (or unmarks) the student to stay in the same grade next year. */
    public void holdBack(boolean heldBack) {
        this.heldBack = heldBack;
    }

    /** The student now belongs to another school, in one of its classes or none yet. */
    public void moveToSchool(long schoolUnitId, Long classId) {
        this.schoolUnitId = schoolUnitId;
        this.classId = classId;
        this.heldBack = false;
        this.status = StudentStatus.ENROLLED;
    }

    public void changeStatus(StudentStatus status) {
        this.status = status;
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

    public String religionCode() {
        return religionCode;
    }

    public String disabilityCode() {
        return disabilityCode;
    }

    public String policyCode() {
        return policyCode;
    }

    public String residenceCommune() {
        return residenceCommune;
    }

    public String address() {
        return address;
    }

    public String fatherName() {
        return fatherName;
    }

    public String fatherPhone() {
        return fatherPhone;
    }

    public String motherName() {
        return motherName;
    }

    public String motherPhone() {
        return motherPhone;
    }

    public String guardianName() {
        return guardianName;
    }

    public String guardianPhone() {
        return guardianPhone;
    }

    public String parentEmail() {
        return parentEmail;
    }

    public boolean heldBack() {
        return heldBack;
    }

    public long version() {
        return version;
    }
}
