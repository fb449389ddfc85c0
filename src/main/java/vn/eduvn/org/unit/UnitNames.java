package vn.eduvn.org.unit;

import org.springframework.stereotype.Component;
import vn.eduvn.org.Units;

/** The name a picker shows for the unit already chosen (templates call it as {@code @unitNames}); empty if unseen. */
@Component("unitNames")
class UnitNames {

    private final Units units;

    UnitNames(Units units) {
        this.units = units;
    }

    public String of(Object id) {
        if (id == null || id.toString().isBlank()) {
            return "";
        }
        try {
            long unit = Long.parseLong(id.toString().trim());
            return units.visible().stream()
                    .filter(u -> u.id() == unit)
                    .map(u -> u.name())
                    .findFirst()
                    .orElse("");
        } catch (NumberFormatException notAnId) {
            return "";
        }
    }
}
