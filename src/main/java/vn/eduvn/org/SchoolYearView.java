package vn.eduvn.org;

import java.time.LocalDate;

/**
 * A school year (năm học) as it applies to a unit, with its two terms (học kỳ I and II) and the unit that
 * defined it.
 */
public record SchoolYearView(
        long id,
        int startYear,
        LocalDate startsOn,
        LocalDate term1EndsOn,
        LocalDate term2StartsOn,
        LocalDate endsOn,
        long definedByUnitId,
        String definedByUnitName) {

    public String name() {
        return startYear + "-" + (startYear + 1);
    }

    /** The term (1 or 2) a date falls in, or 0 outside both terms. */
    public int termOn(LocalDate date) {
        if (!date.isBefore(startsOn) && !date.isAfter(term1EndsOn)) {
            return 1;
        }
        if (!date.isBefore(term2StartsOn) && !date.isAfter(endsOn)) {
            return 2;
        }
        return 0;
    }
}
