package vn.eduvn.registry.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.eduvn.platform.text.PersonName;

/** A member of a school's staff (cán bộ, giáo viên, nhân viên) in the sector database. */
@Entity
@Audited
@Table(name = "registry_staff")
public class Staff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    private String position;

    private String qualification;

    private String titleRank;

    private String mainSubject;

    private String secondSubject;

    private String contractType;

    private String status;

    private String phone;

    private String email;

    private String accountUsername;

    @Version
    @NotAudited
    private long version;

    protected Staff() {}

    public Staff(long schoolUnitId, String personalId) {
        this.schoolUnitId = schoolUnitId;
        this.personalId = personalId;
        this.status = "DANG_LAM_VIEC";
    }

    public void describe(StaffForm form) {
        PersonName name = PersonName.of(form.fullName());
        this.fullName = name.fullName();
        this.searchName = name.searchName();
        this.sortKey = name.sortKey();
        this.birthDate = form.birthDate();
        this.gender = form.gender().code();
        this.position = form.position();
        this.qualification = form.qualification();
        this.titleRank = form.titleRank();
        this.mainSubject = form.mainSubject() == null || form.mainSubject().isBlank() ? null : form.mainSubject();
        this.secondSubject =
                form.secondSubject() == null || form.secondSubject().isBlank() ? null : form.secondSubject();
        this.contractType = form.contractType();
        if (form.status() != null && !form.status().isBlank()) {
            this.status = form.status();
        }
        this.phone = form.phone() == null || form.phone().isBlank()
                ? null
                : form.phone().trim();
        this.email = form.email() == null || form.email().isBlank()
                ? null
                : form.email().trim();
        this.accountUsername =
                form.accountUsername() == null || form.accountUsername().isBlank()
                        ? null
                        : form.accountUsername().trim().toLowerCase(java.util.Locale.ROOT);
    }

    void linkAccount(String username) {
        this.accountUsername = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String accountUsername() {
        return accountUsername;
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

    public String position() {
        return position;
    }

    public String qualification() {
        return qualification;
    }

    public String titleRank() {
        return titleRank;
    }

    public String mainSubject() {
        return mainSubject;
    }

    public String secondSubject() {
        return secondSubject;
    }

    public String contractType() {
        return contractType;
    }

    public String status() {
        return status;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
