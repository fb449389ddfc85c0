/**
 * Timetabling (xếp thời khóa biểu). Two solver paths serve three kinds of request, and they stay apart because
 * their problems differ:
 * <ul>
 * <li>A school's own data (its classes, teaching assignments, week and class rules, teachers' requests, fixed periods)
 * is read by {@code school/} into the {@code eduvn-timetable/1} problem and solved by the Timefold model of
 * {@code solver/} in the background ({@code TimetableRuns}); {@code POST /api/v1/timetable/solve} takes the same
 * format from a script or a benchmark. One constraint per method, as the format's table lists them.</li>
 * <li>A FET file ({@code POST /api/v1/timetable/fet/solve}, the page Xếp từ tệp FET) is read by {@code fet/} into
 * its own model, because FET's constraints (many more kinds, with weights and activity tags) do not map onto the
 * school model: a compulsory search ({@code CompulsorySearch}) first makes a timetable that keeps every compulsory
 * constraint, which FET's own files need to be solvable in time, and Timefold then improves it on the weighted ones.</li>
 * <li>Importing a FET file into the school's data, and exporting the school's problem as FET, go through
 * {@code school/} and {@code fet/} together, so a school can move between FET and EduVN without retyping.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Timetable",
        allowedDependencies = {"platform", "registry"})
package vn.eduvn.timetable;
