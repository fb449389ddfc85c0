package vn.eduvn.admissions.campaign;

import java.time.Instant;

/** A campaign as pages, the API and the other parts of admissions see it. */
public record CampaignView(
        long id,
        long ownerUnitId,
        String name,
        int grade,
        Campaign.Phase phase,
        Instant opensAt,
        Instant closesAt,
        Long publishedRun,
        Instant publishedAt,
        CampaignSettings settings) {}
