package vn.eduvn.admissions.placement;

import java.util.List;

/** The result of placement in the {@code eduvn-admission-result/1} format. */
public record AdmissionResult(
        String format, List<School> schools, List<Applicant> applicants, int ineligible, int unplaced) {

    public static final String FORMAT = "eduvn-admission-result/1";

    /** A school's admitted count and its cut-off (điểm chuẩn), null when it admits nobody. */
    public record School(String id, int quota, int admitted, Double cutoff) {}

    /** Where an applicant is admitted and at which choice (1 = first), both null when nowhere. */
    public record Applicant(String id, String admittedTo, Integer choiceRank, double total) {}
}
