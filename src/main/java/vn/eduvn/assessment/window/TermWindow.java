package vn.eduvn.assessment.window;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** When a term's marks may be entered at a school, and whether the principal has locked them. Audited. */
@Entity
@Audited
@Table(name = "assessment_term_window")
class TermWindow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long schoolUnitId;

    private int startYear;

    private int term;

    private LocalDate opensOn;

    private LocalDate closesOn;

    private boolean locked;

    private String reason;

    @Version
    @NotAudited
    private long version;

    protected TermWindow() {}

    TermWindow(long schoolUnitId, int startYear, int term) {
        this.schoolUnitId = schoolUnitId;
        this.startYear = startYear;
        this.term = term;
    }

    void open(LocalDate opensOn, LocalDate closesOn) {
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    void lock(boolean locked, String reason) {
        this.locked = locked;
        this.reason = reason;
    }

    int term() {
        return term;
    }

    LocalDate opensOn() {
        return opensOn;
    }

    LocalDate closesOn() {
        return closesOn;
    }

    boolean locked() {
        return locked;
    }

    String reason() {
        return reason;
    }

    /** Whether marks may be entered on this day: not locked, and inside the window where one is set. */
    boolean admits(LocalDate day) {
        return !locked && (opensOn == null || !day.isBefore(opensOn)) && (closesOn == null || !day.isAfter(closesOn));
    }
}
