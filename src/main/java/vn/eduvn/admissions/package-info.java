/**
 * Entry-grade admission (tuyển sinh đầu cấp): campaigns for grades 1, 6 and 10, the public application portal,
 * the schools' review, and placement by the rule of the {@code eduvn-admission/1} format.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Admissions",
        allowedDependencies = {"platform", "org"})
package vn.eduvn.admissions;
