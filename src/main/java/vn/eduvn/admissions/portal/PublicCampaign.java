package vn.eduvn.admissions.portal;

import java.time.Instant;
import java.util.List;
import vn.eduvn.admissions.campaign.Campaign;
import vn.eduvn.admissions.campaign.CampaignSettings;
import vn.eduvn.admissions.campaign.CampaignView;

/**
 * A campaign as the public sees it: what a parent needs to apply (schools, zones and their communes, the choice
 * rule, priority groups, the birth years that may apply) and its calendar; nothing internal such as the lottery seed
 * before the draw.
 */
record PublicCampaign(
        long id,
        String name,
        int grade,
        int schoolYear,
        String method,
        Campaign.Phase phase,
        Instant opensAt,
        Instant closesAt,
        Instant resultsAt,
        int maxChoices,
        String zoneRule,
        int standardBirthYear,
        int earliestBirthYear,
        List<CampaignSettings.SchoolQuota> schools,
        List<CampaignSettings.Zone> zones,
        List<CampaignSettings.PriorityGroup> priorityGroups,
        Long lotterySeed) {

    static PublicCampaign of(CampaignView c) {
        CampaignSettings s = c.settings();
        int standard = s.schoolYear() - s.entryAge();
        return new PublicCampaign(
                c.id(),
                c.name(),
                c.grade(),
                s.schoolYear(),
                s.method().name(),
                c.phase(),
                c.opensAt(),
                c.closesAt(),
                s.resultsAt(),
                s.maxChoices(),
                s.zoneRule().name(),
                standard,
                standard - s.lateEntryYears(),
                s.schools(),
                s.zones() == null ? List.of() : s.zones(),
                s.priorityGroups() == null ? List.of() : s.priorityGroups(),
                c.phase() == Campaign.Phase.PUBLISHED ? s.lotterySeed() : null);
    }
}
