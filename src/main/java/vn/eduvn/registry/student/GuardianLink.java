package vn.eduvn.registry.student;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A parent's or guardian's account linked to a student, so that it reads the student's contact book. */
@Entity
@Audited
@Table(name = "registry_student_guardian")
class GuardianLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long studentId;

    private String accountUsername;

    @Version
    @NotAudited
    private long version;

    protected GuardianLink() {}

    GuardianLink(long studentId, String accountUsername) {
        this.studentId = studentId;
        this.accountUsername = accountUsername;
    }

    long studentId() {
        return studentId;
    }

    String accountUsername() {
        return accountUsername;
    }
}
