package vn.eduvn.registry.transfer;

import java.time.LocalDate;

/**
 * What the receiving school sends: the student's personal identifier and date of birth (both, so that a school
 * cannot look up other schools' students by identifier alone), the class to join and the reason.
 */
public record TransferRequest(String personalId, LocalDate birthDate, Long classId, String reason) {

    static TransferRequest blank() {
        return new TransferRequest("", null, null, "");
    }
}
