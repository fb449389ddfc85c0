package vn.eduvn.org.schoolyear;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.SchoolYearView;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.unit.UnitService;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.Role;

/**
 * School years apply down the tree: a unit sees, for each year, the definition of its nearest ancestor
 * (or itself) that defines that year, so a Department can shift the Ministry's dates for its province.
 */
@Service
@Transactional
public class SchoolYearService {

    private final SchoolYearRepository years;

    private final UnitService units;

    private final vn.eduvn.platform.Access access;

    SchoolYearService(SchoolYearRepository years, UnitService units, vn.eduvn.platform.Access access) {
        this.years = years;
        this.units = units;
        this.access = access;
    }

    /** The school years that apply at a unit, newest first. */
    @Transactional(readOnly = true)
    public List<SchoolYearView> effectiveAt(long unitId) {
        return effectiveAt(units.get(unitId));
    }

    /** The calendar a unit follows, for the platform's own work (which year a record belongs to); no scope check. */
    public List<SchoolYearView> calendarOf(long unitId) {
        return effectiveAt(
                units.findUnchecked(unitId).orElseThrow(() -> DomainException.notFound("error.unit.notFound", unitId)));
    }

    private List<SchoolYearView> effectiveAt(UnitView unit) {
        List<Long> chain = Arrays.stream(unit.path().substring(1).split("/"))
                .map(Long::valueOf)
                .toList();
        Map<Integer, SchoolYear> nearest = new HashMap<>();
        for (SchoolYear year : years.findByUnitIdIn(chain)) {
            SchoolYear current = nearest.get(year.startYear());
            if (current == null || chain.indexOf(year.unitId()) > chain.indexOf(current.unitId())) {
                nearest.put(year.startYear(), year);
            }
        }
        return nearest.values().stream()
                .sorted(Comparator.comparingInt(SchoolYear::startYear).reversed())
                .map(this::view)
                .toList();
    }

    /** Defines (or redefines) a school year at a unit whose type may define school years. */
    public SchoolYearView define(
            long unitId,
            int startYear,
            LocalDate startsOn,
            LocalDate term1EndsOn,
            LocalDate term2StartsOn,
            LocalDate endsOn) {
        UnitView unit = units.get(unitId);
        access.require(unit.ref(), Role.SYSTEM_ADMIN, Role.DEPARTMENT_OFFICIAL);
        boolean allowed =
                units.types().stream().anyMatch(t -> t.code().equals(unit.typeCode()) && t.definesSchoolYears());
        if (!allowed) {
            throw DomainException.invalid("unitId", "error.schoolYear.unitCannotDefine", unit.name());
        }
        SchoolYear year =
                years.findByUnitIdAndStartYear(unitId, startYear).orElseGet(() -> new SchoolYear(unitId, startYear));
        year.schedule(startsOn, term1EndsOn, term2StartsOn, endsOn);
        return view(years.save(year));
    }

    private SchoolYearView view(SchoolYear y) {
        String unitName = units.findUnchecked(y.unitId()).map(UnitView::name).orElse("");
        return new SchoolYearView(
                y.id(),
                y.startYear(),
                y.startsOn(),
                y.term1EndsOn(),
                y.term2StartsOn(),
                y.endsOn(),
                y.unitId(),
                unitName);
    }
}
