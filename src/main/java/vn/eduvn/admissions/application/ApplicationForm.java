package vn.eduvn.admissions.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What a parent fills in on the portal: the child (12-digit personal identifier, name, date of birth, sex), where the
 * family lives (commune code of the 2025 administrative units and the address), the guardian's contacts, a priority
 * group if any, why the child enters late if older than the grade's age, and the ranked choices (school unit ids).
 */
public record ApplicationForm(String personalId, String fullName, LocalDate birthDate, Boolean female,
        String residenceArea, String address, String guardianName, String guardianPhone, String guardianEmail,
        String priorityGroup, String lateEntryReason, List<Long> choices) {
}
