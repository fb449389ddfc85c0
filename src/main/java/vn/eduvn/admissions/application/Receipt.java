package vn.eduvn.admissions.application;

import java.time.Instant;

/** The answer to a filed application: its receipt number and status; {@code replayed} when it was filed before. */
public record Receipt(String receiptNumber, String status, long campaignId, Instant submittedAt, boolean replayed) {}
