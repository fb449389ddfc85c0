package vn.eduvn.registry;

import java.time.LocalDate;

/** A student as lists, exports and the API show them. */
public record StudentView(long id, long schoolUnitId, String personalId, String fullName, LocalDate birthDate,
        Gender gender, String ethnicity, Long classId, String className, String status) {
}
