package vn.eduvn.registry.school;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.eduvn.registry.SchoolLevel;

/** A school's profile in the sector database (hồ sơ trường); the school itself is an org unit. */
@Entity
@Audited
@Table(name = "registry_school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;

    @Enumerated(EnumType.STRING)
    private SchoolLevel level;

    private String ownership;

    private short nationalStandard;

    private Integer classrooms;

    private Integer computerRooms;

    private Integer computers;

    private boolean fibreInternet;

    @Version
    @NotAudited
    private long version;

    protected School() {}

    public School(long unitId, SchoolLevel level, String ownership) {
        this.unitId = unitId;
        this.level = level;
        this.ownership = ownership;
    }

    public void describe(
            SchoolLevel level,
            String ownership,
            int nationalStandard,
            Integer classrooms,
            Integer computerRooms,
            Integer computers,
            boolean fibreInternet) {
        this.level = level;
        this.ownership = ownership;
        this.nationalStandard = (short) nationalStandard;
        this.classrooms = classrooms;
        this.computerRooms = computerRooms;
        this.computers = computers;
        this.fibreInternet = fibreInternet;
    }

    public Long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public SchoolLevel level() {
        return level;
    }

    public String ownership() {
        return ownership;
    }

    public int nationalStandard() {
        return nationalStandard;
    }

    public Integer classrooms() {
        return classrooms;
    }

    public Integer computerRooms() {
        return computerRooms;
    }

    public Integer computers() {
        return computers;
    }

    public boolean fibreInternet() {
        return fibreInternet;
    }
}
