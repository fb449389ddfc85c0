package vn.eduvn.timetable.fet;

/**
 * A rule on where one activity may start, read from a FET constraint ({@code type}): preferred starting times, or
 * preferred time slots (every hour of the activity inside them), as the starts that keep it.
 */
public record SlotRule(int activity, boolean[] allowedStarts, int weight, String type) {

    public boolean hard() {
        return weight >= 100;
    }

    public int broken(FetActivity a) {
        return allowedStarts[a.start()] ? 0 : 1;
    }
}
