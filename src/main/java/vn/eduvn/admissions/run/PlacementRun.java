package vn.eduvn.admissions.run;

import java.time.Instant;
import java.util.List;
import vn.eduvn.admissions.placement.AdmissionResult;

/**
 * One placement run of a campaign as kept for ever: who ran it and when, the school outcomes an official reads
 * (cut-off, admitted per choice rank, direct admissions, empty seats), how many applications were left out because
 * no school had verified them, the public lottery seed, and the rule's result by receipt number.
 */
public record PlacementRun(
        long id,
        long campaignId,
        String runBy,
        Instant runAt,
        int applicants,
        int admitted,
        int unverified,
        Long lotterySeed,
        List<SchoolOutcome> schools,
        AdmissionResult result) {

    /** A school's outcome: {@code admittedByRank.get(0)} were admitted at their first choice, and so on. */
    public record SchoolOutcome(
            long unitId,
            String name,
            int quota,
            int admitted,
            int direct,
            Double cutoff,
            List<Integer> admittedByRank,
            int emptySeats) {}
}
