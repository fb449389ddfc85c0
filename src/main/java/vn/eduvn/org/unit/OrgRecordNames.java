package vn.eduvn.org.unit;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.RecordNames;

/** Units as the audit trail names them, for every field that holds a unit's id. */
@Component
class OrgRecordNames implements RecordNames {

    private static final Set<String> UNIT_FIELDS = Set.of(
            "unitId",
            "homeUnitId",
            "schoolUnitId",
            "parentId",
            "fromSchoolUnitId",
            "toSchoolUnitId",
            "ownerUnitId",
            "admittedUnitId",
            "firstChoiceUnitId");

    private final Units units;

    OrgRecordNames(Units units) {
        this.units = units;
    }

    @Override
    public Optional<String> nameOf(String field, Object id) {
        return UNIT_FIELDS.contains(field) && id instanceof Number number
                ? units.find(number.longValue()).map(UnitView::name)
                : Optional.empty();
    }
}
