package vn.eduvn.registry.school;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A class (lớp) of a school in one school year, such as 6A1 of 2026-2027. */
@Entity
@Audited
@Table(name = "registry_class")
public class SchoolClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long schoolUnitId;

    private int startYear;

    private int grade;

    private String name;

    private int sessionsPerDay;

    private Long homeroomStaffId;

    @Version
    @NotAudited
    private long version;

    protected SchoolClass() {}

    public SchoolClass(long schoolUnitId, int startYear, int grade, String name, int sessionsPerDay) {
        this.schoolUnitId = schoolUnitId;
        this.startYear = startYear;
        this.grade = grade;
        this.name = name;
        this.sessionsPerDay = sessionsPerDay;
    }

    /** The grade a class name starts with: 6 for "6A1", 10 for "10 Toán"; 0 when it starts with no number. */
    public static int gradeOf(String className) {
        int i = 0;
        while (i < className.length() && Character.isDigit(className.charAt(i))) {
            i++;
        }
        return i == 0 || i > 2 ? 0 : Integer.parseInt(className.substring(0, i));
    }

    /** One or two sessions a day (học 1 buổi / 2 buổi). */
    public void changeSessions(int sessionsPerDay) {
        this.sessionsPerDay = sessionsPerDay;
    }

    /** The homeroom teacher (giáo viên chủ nhiệm), or none. */
    public void assignHomeroom(Long staffId) {
        this.homeroomStaffId = staffId;
    }

    public Long homeroomStaffId() {
        return homeroomStaffId;
    }

    public Long id() {
        return id;
    }

    public long schoolUnitId() {
        return schoolUnitId;
    }

    public int startYear() {
        return startYear;
    }

    public int grade() {
        return grade;
    }

    public String name() {
        return name;
    }

    public int sessionsPerDay() {
        return sessionsPerDay;
    }
}
