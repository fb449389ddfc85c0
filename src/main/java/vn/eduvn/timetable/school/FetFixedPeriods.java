package vn.eduvn.timetable.school;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.eduvn.timetable.fet.FetFile;

/**
 * Where a FET file fixes periods. Chào cờ and sinh hoạt lớp: EduVN's week holds each as one day and period for every
 * class; the time comes from a compulsory constraint that leaves such an activity one place (its preferred starting
 * time, as the export writes locked periods; one preferred time slot or starting time), or the same for every
 * activity of the subject. A file that puts the classes' periods at different times has no counterpart: its
 * constraints stay listed as not brought in, and the week keeps its own. Any other lesson's activity with one
 * compulsory start has each of its hours fixed ({@link FixedLessons}).
 */
final class FetFixedPeriods {

    private final FetFile file;

    private final int[] sessionOf;

    private final Map<Integer, String> subjectOfActivity = new HashMap<>();

    private final Map<String, Set<Integer>> slots = new HashMap<>();

    private final Map<String, Map<String, Integer>> read = new HashMap<>();

    private final Function<String, String> fixedSubject;

    private final Map<Integer, String> lessonOfActivity;

    private final Map<Integer, Integer> durationOf = new HashMap<>();

    private final Map<String, Set<Integer>> lessonSlots = new java.util.LinkedHashMap<>();

    /** A place in EduVN's week: a day (T2 to T7), a session (SANG, CHIEU) and a period of it. */
    record Place(String day, String session, int period, boolean lastOfSession) {}

    /**
     * {@code fixedSubject} tells which fixed period (its code) a subject of the file is, or null;
     * {@code lessonOfActivity} which lesson an activity is brought in as.
     */
    FetFixedPeriods(
            FetFile file,
            int[] sessionOf,
            Function<String, String> fixedSubject,
            Map<Integer, String> lessonOfActivity) {
        this.file = file;
        this.sessionOf = sessionOf;
        this.fixedSubject = fixedSubject;
        this.lessonOfActivity = lessonOfActivity;
        file.activities().forEach(a -> durationOf.put(a.id(), a.duration()));
        file.activities().stream().filter(FetFile.Activity::active).forEach(a -> {
            String code = fixedSubject.apply(a.subject());
            if (code != null) {
                subjectOfActivity.put(a.id(), code);
            }
        });
    }

    /** Takes a compulsory constraint that places a fixed period; false for any other (it is then left out). */
    boolean read(FetFile.Node c, boolean compulsory) {
        if (!compulsory) {
            return false;
        }
        String code;
        List<Integer> times;
        switch (c.name()) {
            case "ConstraintActivityPreferredStartingTime" -> {
                code = subjectOfActivity.get(activity(c));
                times = List.of(slot(c, "Preferred_Day", "Preferred_Hour"));
            }
            case "ConstraintActivityPreferredStartingTimes" -> {
                code = subjectOfActivity.get(activity(c));
                times = slots(c, "Preferred_Starting_Time", "Preferred_Starting_Day", "Preferred_Starting_Hour");
            }
            case "ConstraintActivityPreferredTimeSlots" -> {
                code = subjectOfActivity.get(activity(c));
                times = slots(c, "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour");
                // Time slots hold every hour of the activity: one slot fixes a single period only.
                if (durationOf.getOrDefault(activity(c), 1) != 1) {
                    times = List.of();
                }
            }
            case "ConstraintActivitiesPreferredStartingTimes", "ConstraintActivitiesPreferredTimeSlots" -> {
                boolean bySubjectOnly =
                        List.of("Teacher_Name", "Students_Name", "Activity_Tag_Name", "Duration").stream()
                                .allMatch(tag -> c.child(tag).orElse("").isBlank());
                code = bySubjectOnly
                        ? fixedSubject.apply(c.child("Subject_Name").orElse(""))
                        : null;
                times = c.name().endsWith("StartingTimes")
                        ? slots(c, "Preferred_Starting_Time", "Preferred_Starting_Day", "Preferred_Starting_Hour")
                        : slots(c, "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour");
            }
            default -> {
                return false;
            }
        }
        if (code == null && c.name().startsWith("ConstraintActivityPreferred")) {
            return lessonPeriods(activity(c), times);
        }
        if (code == null || times.size() != 1 || times.get(0) < 0) {
            return false;
        }
        slots.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(times.get(0));
        read.computeIfAbsent(code, k -> new HashMap<>()).merge(c.name(), 1, Integer::sum);
        return true;
    }

    /** The one place the file gives the fixed period; null when it gives none, or several (then listed in leftOut). */
    SchoolFetImport.FixedTime of(String code, Map<String, Integer> leftOut) {
        Set<Integer> found = slots.getOrDefault(code, Set.of());
        if (found.isEmpty()) {
            return null;
        }
        int slot = found.iterator().next();
        Place place = slot / file.hours().size() < SchoolFetImport.DAYS.size() ? place(slot) : null;
        if (found.size() > 1 || place == null || place.period() > 6) {
            read.get(code).forEach((type, n) -> leftOut.merge(type, n, Integer::sum));
            return null;
        }
        return new SchoolFetImport.FixedTime(
                place.day(), place.lastOfSession() && code.equals("SINH_HOAT_LOP") ? null : place.period());
    }

    /** Each hour of a lesson's activity with one start, all on its day; false when it has no such start. */
    private boolean lessonPeriods(int activity, List<Integer> times) {
        String lesson = lessonOfActivity.get(activity);
        if (lesson == null || times.size() != 1 || times.get(0) < 0) {
            return false;
        }
        int hours = file.hours().size();
        int start = times.get(0);
        int duration = durationOf.getOrDefault(activity, 1);
        if (start % hours + duration > hours || start / hours >= SchoolFetImport.DAYS.size()) {
            return false;
        }
        for (int s = start; s < start + duration; s++) {
            if (place(s).period() > 6) {
                return false;
            }
        }
        for (int s = start; s < start + duration; s++) {
            lessonSlots.computeIfAbsent(lesson, k -> new LinkedHashSet<>()).add(s);
        }
        return true;
    }

    /** The fixed periods of each lesson (as {@code lessonOfActivity} names it). */
    Map<String, List<Place>> lessonPlaces() {
        Map<String, List<Place>> places = new java.util.LinkedHashMap<>();
        lessonSlots.forEach((lesson, slots) ->
                places.put(lesson, slots.stream().map(this::place).toList()));
        return places;
    }

    private Place place(int slot) {
        int hours = file.hours().size();
        int hour = slot % hours;
        int period = 1;
        boolean last = true;
        for (int h = 0; h < hours; h++) {
            if (sessionOf[h] == sessionOf[hour]) {
                period += h < hour ? 1 : 0;
                last &= h <= hour;
            }
        }
        return new Place(SchoolFetImport.DAYS.get(slot / hours), WeekRules.SESSIONS.get(sessionOf[hour]), period, last);
    }

    private int activity(FetFile.Node c) {
        return (int) SchoolFetImport.parse(c.child("Activity_Id").orElse(""));
    }

    private List<Integer> slots(FetFile.Node c, String element, String dayTag, String hourTag) {
        return c.all(element).stream()
                .map(t -> slot(t, dayTag, hourTag))
                .distinct()
                .toList();
    }

    private int slot(FetFile.Node t, String dayTag, String hourTag) {
        int d = file.days().indexOf(t.child(dayTag).orElse(""));
        int h = file.hours().indexOf(t.child(hourTag).orElse(""));
        return d < 0 || h < 0 ? -1 : d * file.hours().size() + h;
    }
}
