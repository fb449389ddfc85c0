/**
 * Timetabling (xếp thời khóa biểu): the {@code eduvn-timetable/1} problem and solution format, a Timefold
 * planning model kept apart from persistence, one constraint per method of the format's table, and the solve
 * endpoint through which scripts and benchmarks use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timetable", allowedDependencies = { "platform", "registry" })
package vn.eduvn.timetable;
