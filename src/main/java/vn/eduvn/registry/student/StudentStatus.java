package vn.eduvn.registry.student;

/** Where a student stands with their school (trạng thái học sinh). */
public enum StudentStatus {
    ENROLLED,
    TRANSFERRED_OUT,
    LEFT,
    GRADUATED
}
