package vn.eduvn.timetable.fet;

/** A teacher or students subgroup ({@code resource}) taking part in an activity. */
public record Membership(int resource, int activity) {}
