package vn.eduvn.org;

import java.util.List;

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

    public List<AdminArea> communesOf(String provinceCode) {
        return areas.communesOf(provinceCode);
    }
}
