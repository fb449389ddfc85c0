package vn.eduvn.registry;

import java.time.LocalDate;

/**
 * A student as lists, exports and the API show them. Code-list fields carry the code (religion, disability,
 * policy group, residence commune of the 2025 list); the ethnicity carries its name.
 */
public record StudentView(
        long id,
        long schoolUnitId,
        String personalId,
        String fullName,
        LocalDate birthDate,
        Gender gender,
        String ethnicity,
        Long classId,
        String className,
        String status,
        String religionCode,
        String disabilityCode,
        String policyCode,
        String residenceCommune,
        String address,
        String fatherName,
        String fatherPhone,
        String motherName,
        String motherPhone,
        String guardianName,
        String guardianPhone,
        String parentEmail,
        boolean heldBack) {}
