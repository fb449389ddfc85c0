package vn.eduvn.timetable.fet;

/**
 * A rule on two activities, read from a FET constraint on a list of activities ({@code type}), which holds for the
 * list when it holds for each pair: days between them, same starting day, hour or time, not overlapping.
 */
public record PairRule(
        Kind kind, int first, int second, int limit, boolean consecutiveIfSameDay, int weight, String type) {

    public enum Kind {
        MIN_DAYS,
        MAX_DAYS,
        SAME_DAY,
        SAME_HOUR,
        SAME_TIME,
        NOT_OVERLAPPING
    }

    public boolean hard() {
        return weight >= 100;
    }

    /** 0 when the pair keeps the rule; otherwise one (or the hours they overlap). */
    public int broken(FetActivity a, FetActivity b) {
        return broken(a.start(), a.duration(), b.start(), b.duration(), a.hoursPerDay());
    }

    /** The same for two activities given by start slot and duration. */
    public int broken(int aStart, int aDuration, int bStart, int bDuration, int hoursPerDay) {
        int aEnd = aStart + aDuration;
        int bEnd = bStart + bDuration;
        int days = Math.abs(aStart / hoursPerDay - bStart / hoursPerDay);
        return switch (kind) {
            case MIN_DAYS -> {
                int n = days < limit ? 1 : 0;
                if (consecutiveIfSameDay && days == 0 && aEnd != bStart && bEnd != aStart) {
                    n++;
                }
                yield n;
            }
            case MAX_DAYS -> days > limit ? 1 : 0;
            case SAME_DAY -> days == 0 ? 0 : 1;
            case SAME_HOUR -> aStart % hoursPerDay == bStart % hoursPerDay ? 0 : 1;
            case SAME_TIME -> aStart == bStart ? 0 : 1;
            case NOT_OVERLAPPING -> Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
        };
    }
}
