package vn.eduvn.timetable.fet;

/**
 * A rule on two activities, read from a FET constraint on a list of activities ({@code type}), which holds for the
 * list when it holds for each pair: days between them, same starting day, hour or time, not overlapping.
 */
public record PairRule(Kind kind, int first, int second, int limit, boolean consecutiveIfSameDay, int weight, String type) {

    public enum Kind {
        MIN_DAYS, MAX_DAYS, SAME_DAY, SAME_HOUR, SAME_TIME, NOT_OVERLAPPING
    }

    public boolean hard() {
        return weight >= 100;
    }

    /** 0 when the pair keeps the rule; otherwise one (or the hours they overlap). */
    public int broken(FetActivity a, FetActivity b) {
        return switch (kind) {
            case MIN_DAYS -> {
                int days = Math.abs(a.day() - b.day());
                int n = days < limit ? 1 : 0;
                if (consecutiveIfSameDay && days == 0 && a.end() != b.start() && b.end() != a.start()) {
                    n++;
                }
                yield n;
            }
            case MAX_DAYS -> Math.abs(a.day() - b.day()) > limit ? 1 : 0;
            case SAME_DAY -> a.day() == b.day() ? 0 : 1;
            case SAME_HOUR -> a.hour() == b.hour() ? 0 : 1;
            case SAME_TIME -> a.start().equals(b.start()) ? 0 : 1;
            case NOT_OVERLAPPING -> Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
        };
    }
}
