package vn.eduvn.org;

import java.util.List;
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
        return areas.find(AdminAreas.COMMUNE, code);
    }

    public List<AdminArea> communesOf(String provinceCode) {
        return areas.communesOf(provinceCode);
    }
}
