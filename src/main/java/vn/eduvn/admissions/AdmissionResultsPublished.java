package vn.eduvn.admissions;

/** A campaign's results were published from one of its placement runs; parents are told, lists go public. */
public record AdmissionResultsPublished(long campaignId, long runId) {}
