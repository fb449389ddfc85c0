package vn.eduvn.registry.student;

import java.time.LocalDate;
import vn.eduvn.registry.Gender;

/**
 * Everything the registry keeps of a student (sector-data.md A.5), as the student form, the API and the
 * import give it. {@link StudentRules} checks it the same way for all three.
 */
public record StudentForm(
        String personalId,
        String fullName,
        LocalDate birthDate,
        Gender gender,
        String ethnicityCode,
        Long classId,
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
        String parentEmail) {

    /** The fields a new student starts with: Kinh, no religion, the rest empty. */
    public static StudentForm blank() {
        return new StudentForm("", "", null, null, "01", null, "KHONG", "", "", "", "", "", "", "", "", "", "", "");
    }

    /**
     * The record as it is stored: optional fields trimmed, empty ones absent, phone numbers without the spaces
     * and dots people type them with. Entity and bulk writer both store this, so they cannot drift apart.
     */
    public StudentForm tidy() {
        return new StudentForm(
                personalId == null ? null : personalId.trim(),
                fullName,
                birthDate,
                gender,
                ethnicityCode,
                classId,
                blank(religionCode),
                blank(disabilityCode),
                blank(policyCode),
                blank(residenceCommune),
                blank(address),
                blank(fatherName),
                phone(fatherPhone),
                blank(motherName),
                phone(motherPhone),
                blank(guardianName),
                phone(guardianPhone),
                blank(parentEmail));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String phone(String value) {
        return blank(value == null ? null : value.replaceAll("[\\s.]", ""));
    }

    public StudentForm withClass(Long classId) {
        return new StudentForm(
                personalId,
                fullName,
                birthDate,
                gender,
                ethnicityCode,
                classId,
                religionCode,
                disabilityCode,
                policyCode,
                residenceCommune,
                address,
                fatherName,
                fatherPhone,
                motherName,
                motherPhone,
                guardianName,
                guardianPhone,
                parentEmail);
    }

    public static StudentForm of(Student s) {
        return new StudentForm(
                s.personalId(),
                s.fullName(),
                s.birthDate(),
                Gender.ofCode(s.gender()),
                s.ethnicityCode(),
                s.classId(),
                s.religionCode(),
                s.disabilityCode(),
                s.policyCode(),
                s.residenceCommune(),
                s.address(),
                s.fatherName(),
                s.fatherPhone(),
                s.motherName(),
                s.motherPhone(),
                s.guardianName(),
                s.guardianPhone(),
                s.parentEmail());
    }
}
