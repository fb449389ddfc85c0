package vn.eduvn.admissions.portal;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.eduvn.admissions.campaign.CampaignSettings;
import vn.eduvn.admissions.campaign.CampaignView;
import vn.eduvn.org.AdminArea;
import vn.eduvn.org.AdministrativeUnits;
import vn.eduvn.org.Units;

/**
 * The communes a parent may pick as residence on a campaign's form: those of its zones when it has zones, else
 * every commune of its province (2025 administrative units), by name.
 */
@Component
class ResidenceAreas {

    private final AdministrativeUnits areas;

    private final Units units;

    ResidenceAreas(AdministrativeUnits areas, Units units) {
        this.areas = areas;
        this.units = units;
    }

    List<AdminArea> of(CampaignView campaign) {
        List<CampaignSettings.Zone> zones = campaign.settings().zones() == null
                ? List.of()
                : campaign.settings().zones();
        if (!zones.isEmpty()) {
            return zones.stream()
                    .flatMap(z -> z.areas().stream())
                    .map(areas::commune)
                    .flatMap(java.util.Optional::stream)
                    .sorted(Comparator.comparing(AdminArea::name))
                    .toList();
        }
        String owner = units.find(campaign.ownerUnitId()).map(u -> u.code()).orElse("");
        String province = areas.commune(owner).map(AdminArea::provinceCode).orElse(owner);
        return areas.communesOf(province).stream()
                .sorted(Comparator.comparing(AdminArea::name))
                .toList();
    }
}
