package vn.eduvn.admissions.portal;

import java.time.Instant;
import java.util.List;

/** A campaign's published results: each school's cut-off, admitted count and empty seats, and the lottery seed. */
record PublicResults(long campaignId, String name, Instant publishedAt, Long lotterySeed, List<School> schools) {

    record School(long unitId, String name, int quota, int admitted, Double cutoff, int emptySeats) {}
}
