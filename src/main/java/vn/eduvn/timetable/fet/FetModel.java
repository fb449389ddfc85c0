package vn.eduvn.timetable.fet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.timetable.fet.FetFile.Activity;
import vn.eduvn.timetable.fet.FetFile.Group;
import vn.eduvn.timetable.fet.FetFile.Node;
import vn.eduvn.timetable.fet.FetFile.Year;

/**
 * A FET file as a planning problem. Teachers and students subgroups are the resources an activity occupies (a
 * year or group stands for all its subgroups, as in FET). Each active constraint becomes rules of the three kinds
 * the constraints score; a constraint type EduVN does not support is counted in {@link #unsupported}, never
 * dropped silently. Inactive activities and constraints, and constraints of weight 0, are left out as FET does.
 */
public final class FetModel {

    private static final Pattern RESOURCE_RULE = Pattern.compile(
            "Constraint(Teacher|Teachers|StudentsSet|Students)(NotAvailableTimes|MaxDaysPerWeek|MinDaysPerWeek|MaxGapsPerDay"
                    + "|MaxGapsPerWeek|MinHoursDaily|MaxHoursDaily|MaxHoursContinuously|IntervalMaxDaysPerWeek)");

    /** Constraint types that hold by construction or are scored without rules of their own. */
    private static final Set<String> BUILT_IN =
            Set.of("ConstraintBasicCompulsoryTime", "ConstraintBasicCompulsorySpace");

    private final FetFile file;

    private final int days;

    private final int hours;

    private final List<String> resources = new ArrayList<>();

    private final Map<String, Integer> teacherIndex = new HashMap<>();

    private final Map<String, Set<Integer>> subgroupsOf = new HashMap<>();

    private final Map<Integer, Activity> activities = new LinkedHashMap<>();

    private final List<ResourceRule> resourceRules = new ArrayList<>();

    private final List<PairRule> pairRules = new ArrayList<>();

    private final List<SlotRule> slotRules = new ArrayList<>();

    private final Map<Integer, Integer> locked = new HashMap<>();

    private final boolean[] breaks;

    /** Per resource, the slots where it is compulsorily unavailable: not counted as gaps, and never occupied. */
    private final List<boolean[]> unavailable = new ArrayList<>();

    private final Map<String, Integer> unsupported = new TreeMap<>();

    private final java.util.Set<Integer> impossible = new java.util.TreeSet<>();

    private final List<FieldProblem> problems = new ArrayList<>();

    private FetModel(FetFile file) {
        this.file = file;
        this.days = file.days().size();
        this.hours = file.hours().size();
        this.breaks = new boolean[days * hours];
        file.teachers().forEach(t -> teacherIndex.put(t, addResource("GV " + t)));
        for (Year y : file.years()) {
            Set<Integer> ofYear = new LinkedHashSet<>();
            if (y.groups().isEmpty()) {
                ofYear.add(subgroup(y.name()));
            }
            for (Group g : y.groups()) {
                Set<Integer> ofGroup = new LinkedHashSet<>();
                if (g.subgroups().isEmpty()) {
                    ofGroup.add(subgroup(g.name()));
                }
                g.subgroups().forEach(s -> ofGroup.add(subgroup(s.name())));
                subgroupsOf
                        .computeIfAbsent(g.name(), k -> new LinkedHashSet<>())
                        .addAll(ofGroup);
                ofYear.addAll(ofGroup);
            }
            subgroupsOf.computeIfAbsent(y.name(), k -> new LinkedHashSet<>()).addAll(ofYear);
        }
        file.activities().stream().filter(Activity::active).forEach(a -> activities.put(a.id(), a));
    }

    /** Reads the file's rules; refuses, naming each, constraints that name a teacher, set, activity or time it lacks. */
    public static FetModel of(FetFile file) {
        FetModel model = new FetModel(file);
        for (int r = 0; r < model.resources.size(); r++) {
            model.resourceRules.add(new ResourceRule(
                    r,
                    ResourceRule.Kind.CONFLICT,
                    0,
                    0,
                    0,
                    false,
                    null,
                    model.days,
                    model.hours,
                    100,
                    "ConstraintBasicCompulsoryTime"));
        }
        List<Node> constraints = file.timeConstraints();
        for (int i = 0; i < constraints.size(); i++) {
            model.read(constraints.get(i), "timeConstraints[" + i + "]");
        }
        for (Node space : file.spaceConstraints()) {
            if (model.active(space) && !BUILT_IN.contains(space.name())) {
                model.unsupported.merge(space.name(), 1, Integer::sum);
            }
        }
        if (!model.problems.isEmpty()) {
            throw new InvalidFields(model.problems);
        }
        model.resourceRules.replaceAll(model::withGapFreeSlots);
        model.planningProblem();
        return model;
    }

    public FetFile file() {
        return file;
    }

    /** Constraint types read but not supported, with how many of each. */
    public Map<String, Integer> unsupported() {
        return unsupported;
    }

    /**
     * Activities no time can suit: each time of the week breaks one of their compulsory rules (their own preferred
     * times, their teachers' or students' unavailable times, the breaks). Known once the problem is built; no search
     * can make them feasible.
     */
    public List<Integer> impossible() {
        return List.copyOf(impossible);
    }

    /** A teacher or students set whose activities last more hours than its compulsory rules leave it. */
    public record Overfull(String resource, int hours, int capacity) {}

    /**
     * Teachers and students sets with more hours of activities than their week can hold by their compulsory rules:
     * unavailable times and breaks, most days a week, most hours a day (the fullest days counted). No search can
     * place them all; each names the few rules that cannot all hold.
     */
    public List<Overfull> overfull() {
        int[] needed = new int[resources.size()];
        for (Activity a : activities.values()) {
            for (int r : resourcesOf(a)) {
                needed[r] += a.duration();
            }
        }
        List<Overfull> found = new ArrayList<>();
        for (int r = 0; r < resources.size(); r++) {
            if (needed[r] == 0) {
                continue;
            }
            int maxDays = days;
            int maxDaily = hours;
            for (ResourceRule rule : resourceRules) {
                if (rule.resource() == r && rule.hard() && rule.kind() == ResourceRule.Kind.MAX_DAYS) {
                    maxDays = Math.min(maxDays, rule.limit());
                }
                if (rule.resource() == r && rule.hard() && rule.kind() == ResourceRule.Kind.MAX_HOURS_DAILY) {
                    maxDaily = Math.min(maxDaily, rule.limit());
                }
            }
            List<Integer> perDay = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                int open = 0;
                for (int h = 0; h < hours; h++) {
                    int s = d * hours + h;
                    open += breaks[s] || unavailable.get(r)[s] ? 0 : 1;
                }
                perDay.add(Math.min(open, maxDaily));
            }
            perDay.sort(java.util.Comparator.reverseOrder());
            int capacity = perDay.subList(0, Math.max(0, Math.min(days, maxDays))).stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            if (needed[r] > capacity) {
                found.add(new Overfull(resources.get(r), needed[r], capacity));
            }
        }
        return found;
    }

    public List<String> resources() {
        return resources;
    }

    /** The planning problem: activities not yet placed (locked ones at their time). */
    public FetSchedule planningProblem() {
        impossible.clear();
        List<FetActivity> entities = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        Map<Integer, List<SlotRule>> hardSlots = new HashMap<>();
        slotRules.stream()
                .filter(SlotRule::hard)
                .forEach(r -> hardSlots
                        .computeIfAbsent(r.activity(), k -> new ArrayList<>())
                        .add(r));
        for (Activity a : activities.values()) {
            int[] own = resourcesOf(a);
            for (int r : own) {
                memberships.add(new Membership(r, a.id()));
            }
            Integer lockedAt = locked.get(a.id());
            List<Integer> fitting = new ArrayList<>();
            List<Integer> allowed = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                for (int h = 0; h + a.duration() <= hours; h++) {
                    int start = d * hours + h;
                    fitting.add(start);
                    if (allowed(start, a.duration(), own, hardSlots.getOrDefault(a.id(), List.of()))) {
                        allowed.add(start);
                    }
                }
            }
            if (lockedAt != null && fitting.contains(lockedAt)) {
                entities.add(new FetActivity(a.id(), a.duration(), hours, own, List.of(lockedAt), true));
            } else {
                // With no start that keeps every compulsory rule the activity may go anywhere it fits, and the
                // score says what it breaks; the answer names it as impossible by construction.
                if (allowed.isEmpty()) {
                    impossible.add(a.id());
                }
                entities.add(new FetActivity(
                        a.id(), a.duration(), hours, own, allowed.isEmpty() ? fitting : allowed, false));
            }
        }
        return new FetSchedule(entities, memberships, resourceRules, pairRules, slotRules);
    }

    /** Teachers first, then subgroups, each once. */
    private int[] resourcesOf(Activity a) {
        Set<Integer> own = new LinkedHashSet<>();
        a.teachers().forEach(t -> own.add(teacherIndex.get(t)));
        a.students().forEach(s -> own.addAll(subgroupsOf.getOrDefault(s, Set.of())));
        return own.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean allowed(int start, int duration, int[] own, List<SlotRule> rules) {
        for (SlotRule rule : rules) {
            if (!rule.allowedStarts()[start]) {
                return false;
            }
        }
        for (int s = start; s < start + duration; s++) {
            if (breaks[s]) {
                return false;
            }
            for (int r : own) {
                if (unavailable.get(r)[s]) {
                    return false;
                }
            }
        }
        return true;
    }

    private int addResource(String name) {
        resources.add(name);
        unavailable.add(new boolean[days * hours]);
        return resources.size() - 1;
    }

    private int subgroup(String name) {
        Set<Integer> existing = subgroupsOf.get(name);
        if (existing != null && existing.size() == 1) {
            return existing.iterator().next();
        }
        int index = addResource(name);
        subgroupsOf.put(name, new LinkedHashSet<>(Set.of(index)));
        return index;
    }

    private boolean active(Node c) {
        return !"false".equals(c.child("Active").orElse("true").trim()) && weight(c) > 0;
    }

    private static int weight(Node c) {
        try {
            return (int) Math.round(Double.parseDouble(
                    c.child("Weight_Percentage").orElse("100").trim()));
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    private void read(Node c, String field) {
        if (!active(c)) {
            return;
        }
        String type = c.name();
        int weight = weight(c);
        Matcher m = RESOURCE_RULE.matcher(type);
        if (BUILT_IN.contains(type)) {
            return;
        }
        if (m.matches()) {
            resourceRule(c, field, m.group(1), m.group(2), weight);
            return;
        }
        switch (type) {
            case "ConstraintBreakTimes" ->
                times(c, field, "Break_Time", "Day", "Hour").forEach(s -> breaks[s] = true);
            case "ConstraintMinDaysBetweenActivities" ->
                pairs(
                        c,
                        field,
                        PairRule.Kind.MIN_DAYS,
                        number(c, "MinDays"),
                        "true"
                                .equals(c.child("Consecutive_If_Same_Day")
                                        .orElse("false")
                                        .trim()),
                        weight);
            case "ConstraintMaxDaysBetweenActivities" ->
                pairs(c, field, PairRule.Kind.MAX_DAYS, number(c, "MaxDays"), false, weight);
            case "ConstraintActivitiesSameStartingDay" -> pairs(c, field, PairRule.Kind.SAME_DAY, 0, false, weight);
            case "ConstraintActivitiesSameStartingHour" -> pairs(c, field, PairRule.Kind.SAME_HOUR, 0, false, weight);
            case "ConstraintActivitiesSameStartingTime" -> pairs(c, field, PairRule.Kind.SAME_TIME, 0, false, weight);
            case "ConstraintActivitiesNotOverlapping" ->
                pairs(c, field, PairRule.Kind.NOT_OVERLAPPING, 0, false, weight);
            case "ConstraintActivityPreferredStartingTime" -> preferredStartingTime(c, field, weight);
            case "ConstraintActivityPreferredStartingTimes" ->
                slots(
                        c,
                        field,
                        List.of(activity(c, field)),
                        times(c, field, "Preferred_Starting_Time", "Preferred_Starting_Day", "Preferred_Starting_Hour"),
                        false,
                        weight);
            case "ConstraintActivityPreferredTimeSlots" ->
                slots(
                        c,
                        field,
                        List.of(activity(c, field)),
                        times(c, field, "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour"),
                        true,
                        weight);
            case "ConstraintActivitiesPreferredTimeSlots" ->
                slots(
                        c,
                        field,
                        matching(c, field),
                        times(c, field, "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour"),
                        true,
                        weight);
            case "ConstraintActivitiesPreferredStartingTimes" ->
                slots(
                        c,
                        field,
                        matching(c, field),
                        times(c, field, "Preferred_Starting_Time", "Preferred_Starting_Day", "Preferred_Starting_Hour"),
                        false,
                        weight);
            default -> unsupported.merge(type, 1, Integer::sum);
        }
    }

    private void resourceRule(Node c, String field, String who, String what, int weight) {
        List<Integer> targets = new ArrayList<>();
        switch (who) {
            case "Teacher" -> {
                String name =
                        c.child("Teacher_Name").or(() -> c.child("Teacher")).orElse("");
                Integer t = teacherIndex.get(name);
                if (t == null) {
                    problems.add(new FieldProblem(field, "fet.error.unknownConstraintTeacher", c.name(), name));
                    return;
                }
                targets.add(t);
            }
            case "Teachers" -> targets.addAll(teacherIndex.values());
            case "StudentsSet" -> {
                String name = c.child("Students").orElse("");
                Set<Integer> sets = subgroupsOf.get(name);
                if (sets == null) {
                    problems.add(new FieldProblem(field, "fet.error.unknownConstraintStudents", c.name(), name));
                    return;
                }
                targets.addAll(sets);
            }
            default ->
                subgroupsOf.values().stream()
                        .filter(s -> s.size() == 1)
                        .map(s -> s.iterator().next())
                        .distinct()
                        .forEach(targets::add);
        }
        ResourceRule.Kind kind = switch (what) {
            case "NotAvailableTimes" -> ResourceRule.Kind.NOT_AVAILABLE;
            case "MaxDaysPerWeek" -> ResourceRule.Kind.MAX_DAYS;
            case "MinDaysPerWeek" -> ResourceRule.Kind.MIN_DAYS;
            case "MaxGapsPerDay" -> ResourceRule.Kind.MAX_GAPS_PER_DAY;
            case "MaxGapsPerWeek" -> ResourceRule.Kind.MAX_GAPS_PER_WEEK;
            case "MinHoursDaily" -> ResourceRule.Kind.MIN_HOURS_DAILY;
            case "MaxHoursDaily" -> ResourceRule.Kind.MAX_HOURS_DAILY;
            case "MaxHoursContinuously" -> ResourceRule.Kind.MAX_HOURS_CONTINUOUSLY;
            default -> ResourceRule.Kind.INTERVAL_MAX_DAYS;
        };
        int limit = switch (kind) {
            case MAX_DAYS -> number(c, "Max_Days_Per_Week");
            case MIN_DAYS -> number(c, "Minimum_Days_Per_Week");
            case MAX_GAPS_PER_DAY, MAX_GAPS_PER_WEEK -> number(c, "Max_Gaps");
            case MIN_HOURS_DAILY -> number(c, "Minimum_Hours_Daily");
            case MAX_HOURS_DAILY -> number(c, "Maximum_Hours_Daily");
            case MAX_HOURS_CONTINUOUSLY -> number(c, "Maximum_Hours_Continuously");
            case INTERVAL_MAX_DAYS -> number(c, "Max_Days_Per_Week");
            default -> 0;
        };
        int from = 0;
        int to = hours;
        if (kind == ResourceRule.Kind.INTERVAL_MAX_DAYS) {
            from = hour(c.child("Interval_Start_Hour").orElse(""), field);
            String end = c.child("Interval_End_Hour").orElse("");
            to = end.isBlank() ? hours : hour(end, field);
        }
        boolean allowEmpty =
                !"false".equals(c.child("Allow_Empty_Days").orElse("true").trim());
        List<Integer> notAvailable = kind == ResourceRule.Kind.NOT_AVAILABLE
                ? times(c, field, "Not_Available_Time", "Day", "Hour")
                : List.of();
        for (int r : targets) {
            boolean[] slots;
            if (kind == ResourceRule.Kind.NOT_AVAILABLE) {
                slots = new boolean[days * hours];
                for (int s : notAvailable) {
                    slots[s] = true;
                    if (weight >= 100) {
                        unavailable.get(r)[s] = true;
                    }
                }
            } else {
                slots = null;
            }
            resourceRules.add(
                    new ResourceRule(r, kind, limit, from, to, allowEmpty, slots, days, hours, weight, c.name()));
        }
    }

    /**
     * A gap rule learns which slots are not gaps when free — the resource's compulsory unavailable times and the
     * breaks — once every constraint is read, since they may come in any order.
     */
    private ResourceRule withGapFreeSlots(ResourceRule rule) {
        if (rule.kind() != ResourceRule.Kind.MAX_GAPS_PER_DAY && rule.kind() != ResourceRule.Kind.MAX_GAPS_PER_WEEK) {
            return rule;
        }
        boolean[] notGaps = new boolean[days * hours];
        for (int s = 0; s < notGaps.length; s++) {
            notGaps[s] = breaks[s] || unavailable.get(rule.resource())[s];
        }
        return new ResourceRule(
                rule.resource(),
                rule.kind(),
                rule.limit(),
                rule.from(),
                rule.to(),
                rule.allowEmptyDays(),
                notGaps,
                days,
                hours,
                rule.weight(),
                rule.type());
    }

    private void pairs(Node c, String field, PairRule.Kind kind, int limit, boolean consecutive, int weight) {
        List<Integer> ids = new ArrayList<>();
        for (String text : c.texts("Activity_Id")) {
            int id = FetReader.number(text, -1);
            if (!file.activities().stream().anyMatch(a -> a.id() == id)) {
                problems.add(new FieldProblem(field, "fet.error.unknownActivity", c.name(), text));
            } else if (activities.containsKey(id)) {
                ids.add(id);
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                pairRules.add(new PairRule(kind, ids.get(i), ids.get(j), limit, consecutive, weight, c.name()));
            }
        }
    }

    private void preferredStartingTime(Node c, String field, int weight) {
        Integer id = activity(c, field);
        String dayName = c.child("Preferred_Day").orElse("");
        String hourName = c.child("Preferred_Hour").orElse("");
        int day = dayName.isBlank() ? -1 : day(dayName, field);
        int hour = hourName.isBlank() ? -1 : hour(hourName, field);
        List<Integer> starts = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int h = 0; h < hours; h++) {
                if ((day < 0 || d == day) && (hour < 0 || h == hour)) {
                    starts.add(d * hours + h);
                }
            }
        }
        slots(c, field, id == null ? List.of() : List.of(id), starts, false, weight);
        if (id != null
                && day >= 0
                && hour >= 0
                && weight >= 100
                && "true".equals(c.child("Permanently_Locked").orElse("false").trim())) {
            locked.put(id, day * hours + hour);
        }
    }

    private void slots(Node c, String field, List<Integer> ids, List<Integer> slots, boolean everyHour, int weight) {
        boolean[] in = new boolean[days * hours];
        slots.forEach(s -> in[s] = true);
        for (Integer id : ids) {
            Activity a = id == null ? null : activities.get(id);
            if (a == null) {
                continue;
            }
            boolean[] starts = new boolean[days * hours];
            for (int s = 0; s < days * hours; s++) {
                boolean keeps = in[s];
                for (int k = 1; everyHour && keeps && k < a.duration(); k++) {
                    keeps = s % hours + k < hours && in[s + k];
                }
                starts[s] = keeps;
            }
            slotRules.add(new SlotRule(id, starts, weight, c.name()));
        }
    }

    /** The activities a constraint on a teacher, students set, subject, tag or duration names (blank: any). */
    private List<Integer> matching(Node c, String field) {
        String teacher = c.child("Teacher_Name").orElse("").trim();
        String students = c.child("Students_Name").orElse("").trim();
        String subject = c.child("Subject_Name").orElse("").trim();
        String tag = c.child("Activity_Tag_Name").orElse("").trim();
        String duration = c.child("Duration").orElse("").trim();
        if (!teacher.isEmpty() && !teacherIndex.containsKey(teacher)) {
            problems.add(new FieldProblem(field, "fet.error.unknownConstraintTeacher", c.name(), teacher));
        }
        if (!students.isEmpty() && !subgroupsOf.containsKey(students)) {
            problems.add(new FieldProblem(field, "fet.error.unknownConstraintStudents", c.name(), students));
        }
        return activities.values().stream()
                .filter(a -> teacher.isEmpty() || a.teachers().contains(teacher))
                .filter(a -> students.isEmpty() || a.students().contains(students))
                .filter(a -> subject.isEmpty() || a.subject().equals(subject))
                .filter(a -> tag.isEmpty() || a.tags().contains(tag))
                .filter(a -> duration.isEmpty() || String.valueOf(a.duration()).equals(duration))
                .map(Activity::id)
                .toList();
    }

    private Integer activity(Node c, String field) {
        String text = c.child("Activity_Id").orElse("");
        int id = FetReader.number(text, -1);
        if (file.activities().stream().noneMatch(a -> a.id() == id)) {
            problems.add(new FieldProblem(field, "fet.error.unknownActivity", c.name(), text));
            return null;
        }
        return activities.containsKey(id) ? id : null;
    }

    private List<Integer> times(Node c, String field, String element, String dayTag, String hourTag) {
        List<Integer> slots = new ArrayList<>();
        for (Node t : c.all(element)) {
            int d = day(t.child(dayTag).orElse(""), field);
            int h = hour(t.child(hourTag).orElse(""), field);
            if (d >= 0 && h >= 0) {
                slots.add(d * hours + h);
            }
        }
        return slots;
    }

    private int day(String name, String field) {
        int d = file.days().indexOf(name);
        if (d < 0) {
            problems.add(new FieldProblem(field, "fet.error.unknownDay", name));
        }
        return d;
    }

    private int hour(String name, String field) {
        int h = file.hours().indexOf(name);
        if (h < 0) {
            problems.add(new FieldProblem(field, "fet.error.unknownHour", name));
        }
        return h;
    }

    private static int number(Node c, String tag) {
        return FetReader.number(c.child(tag).orElse(""), 0);
    }
}
