package vn.eduvn.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.eduvn.org.area.AdminAreas;

/** The official provinces and communes after the 2025 reform. */
@Service
public class AdministrativeUnits {

    private final AdminAreas areas;

    AdministrativeUnits(AdminAreas areas) {
        this.areas = areas;
    }

    public List<AdminArea> provinces() {
        return areas.provinces();
    }

    /** A commune (xã, phường, đặc khu) of the 2025 list by its 5-digit code. */
    public Optional<AdminArea> commune(String code) {
        Map<String, AdminArea> all = communes;
        if (all == null) {
            // The official list is loaded once at first start and not edited while running: kept in memory.
            all = new HashMap<>();
            for (AdminArea province : areas.provinces()) {
                for (AdminArea commune : areas.communesOf(province.code())) {
                    all.put(commune.code(), commune);
                }
            }
            if (!all.isEmpty()) {
                communes = all;
            }
        }
        return Optional.ofNullable(all.get(code));
    }

    private volatile Map<String, AdminArea> communes;

    public List<AdminArea> communesOf(String provinceCode) {
        return areas.communesOf(provinceCode);
    }
}
