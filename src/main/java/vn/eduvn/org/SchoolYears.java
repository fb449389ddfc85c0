package vn.eduvn.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.eduvn.org.schoolyear.SchoolYearService;

/** School years and terms as they apply at a unit. */
@Service
public class SchoolYears {

    private final SchoolYearService service;

    SchoolYears(SchoolYearService service) {
        this.service = service;
    }

    /** The school years that apply at a unit the signed-in user can see, newest first. */
    public List<SchoolYearView> effectiveAt(long unitId) {
        return service.effectiveAt(unitId);
    }

    /** The school year in progress at a unit on a date (between its start and its end). */
    public Optional<SchoolYearView> on(long unitId, LocalDate date) {
        return effectiveAt(unitId).stream()
                .filter(y -> !date.isBefore(y.startsOn()) && !date.isAfter(y.endsOn()))
                .findFirst();
    }

    /** The school year in progress at a unit, or between two years the one that started last. */
    public Optional<SchoolYearView> current(long unitId, LocalDate date) {
        return service.calendarOf(unitId).stream()
                .filter(y -> !date.isBefore(y.startsOn()))
                .findFirst();
    }

    public SchoolYearView define(
            long unitId,
            int startYear,
            LocalDate startsOn,
            LocalDate term1EndsOn,
            LocalDate term2StartsOn,
            LocalDate endsOn) {
        return service.define(unitId, startYear, startsOn, term1EndsOn, term2StartsOn, endsOn);
    }
}
