package vn.eduvn.admissions.application;

/** A parent filed an application (or changed it); the guardian gets a confirmation by email. */
public record ApplicationReceived(long applicationId, boolean changed) {}
