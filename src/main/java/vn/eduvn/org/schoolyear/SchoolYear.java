package vn.eduvn.org.schoolyear;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.eduvn.platform.DomainException;

/**
 * A school year (năm học) as defined by one unit, with the dates of its two terms (học kỳ I and II).
 */
@Entity
@Audited
@Table(name = "org_school_year")
class SchoolYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;

    private int startYear;

    private LocalDate startsOn;

    private LocalDate term1EndsOn;

    private LocalDate term2StartsOn;

    private LocalDate endsOn;

    @Version
    @NotAudited
    private long version;

    protected SchoolYear() {}

    SchoolYear(long unitId, int startYear) {
        this.unitId = unitId;
        this.startYear = startYear;
    }

    /** Sets the dates, refusing any that are out of order or outside the school year. */
    void schedule(LocalDate startsOn, LocalDate term1EndsOn, LocalDate term2StartsOn, LocalDate endsOn) {
        if (startsOn.getYear() != startYear) {
            throw DomainException.invalid("startsOn", "error.schoolYear.startOutsideYear", startYear);
        }
        if (!startsOn.isBefore(term1EndsOn)) {
            throw DomainException.invalid("term1EndsOn", "error.schoolYear.term1EndsBeforeStart");
        }
        if (!term1EndsOn.isBefore(term2StartsOn)) {
            throw DomainException.invalid("term2StartsOn", "error.schoolYear.termsOverlap");
        }
        if (!term2StartsOn.isBefore(endsOn)) {
            throw DomainException.invalid("endsOn", "error.schoolYear.endBeforeTerm2");
        }
        if (endsOn.getYear() > startYear + 1) {
            throw DomainException.invalid("endsOn", "error.schoolYear.endOutsideYear", startYear + 1);
        }
        this.startsOn = startsOn;
        this.term1EndsOn = term1EndsOn;
        this.term2StartsOn = term2StartsOn;
        this.endsOn = endsOn;
    }

    long unitId() {
        return unitId;
    }

    int startYear() {
        return startYear;
    }

    Long id() {
        return id;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate term1EndsOn() {
        return term1EndsOn;
    }

    LocalDate term2StartsOn() {
        return term2StartsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }
}
