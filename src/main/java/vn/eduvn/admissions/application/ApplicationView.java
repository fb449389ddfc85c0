package vn.eduvn.admissions.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as its parent (after giving the receipt and the date of birth) and the reviewing school see it.
 * The result is filled once the campaign's results are published; {@code evidenceName} is the file of evidence of
 * residence, if the parent uploaded one.
 */
public record ApplicationView(
        long id,
        long campaignId,
        String receiptNumber,
        String personalId,
        String fullName,
        LocalDate birthDate,
        boolean female,
        String residenceArea,
        String zoneCode,
        String address,
        String guardianName,
        String guardianPhone,
        String guardianEmail,
        String priorityGroup,
        String lateEntryReason,
        List<Choice> choices,
        String status,
        String reviewNote,
        String scores,
        boolean directAdmission,
        Choice admittedTo,
        String evidenceName,
        Instant submittedAt) {

    /** The form as the parent filed it, to change it. */
    public ApplicationForm toForm() {
        return new ApplicationForm(
                personalId,
                fullName,
                birthDate,
                female,
                residenceArea,
                address,
                guardianName,
                guardianPhone,
                guardianEmail,
                priorityGroup,
                lateEntryReason,
                choices.stream().map(Choice::schoolUnitId).toList());
    }

    /** A ranked choice (1 = first) with the school's name. */
    public record Choice(int rank, long schoolUnitId, String schoolName) {}
}
