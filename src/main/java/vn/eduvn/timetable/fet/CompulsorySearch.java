package vn.eduvn.timetable.fet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Looks for a timetable that keeps every compulsory (100 %) rule of a FET file, then lowers the weighted rules' cost
 * without breaking one: a tabu search over plain arrays, in the manner of graph-colouring searches, since a FET file
 * with every rule compulsory (THPT Lê Quý Đôn's) is a pure feasibility problem where Timefold's general machinery
 * moved too slowly (tens of thousands of moves a second; this evaluates a move in about a microsecond, by
 * recounting only the weeks and pairs it touches, with an undo log).
 *
 * <p>Each step looks at a few activities caught in a broken rule and, for each of their possible starts, at three
 * moves: the activity alone; the activity trading its hours with everything its teachers and subgroups have at
 * the new time (so a full class week stays conflict-free; a double period trades with two singles); and a Kempe
 * chain ({@link #chain}). For a teacher kept to fewer days than the week has, at a fourth: its whole day moves to
 * another day ({@link #moveDay}). It takes the best move not forbidden by the tabu list — a move back to where an
 * activity just was — unless that move beats the best timetable so far. Compulsory costs are those of
 * {@link ResourceRule#searchCost}, so emptying a day shows step by step.
 */
final class CompulsorySearch {

    static final int ALONE = 0;

    static final int TRADE = 1;

    private static final int CHAIN = 2;

    static final int DAY = 3;

    private static final int MOVE_KINDS = 4;

    /** Activities looked at in a step. Fewer moved faster but wandered; more were too greedy (Khoi-sang, 2 cores). */
    private static final int SAMPLE = 4;

    private static final int TENURE = 7;

    /** Of the activities looked at, the share taken from the clean neighbours of a clash rather than the clash. */
    private static final double NEIGHBOURS = 0.25;

    /** Steps without a better timetable before the search shakes the best one and goes on from there. */
    private static final int SHAKE = 200_000;

    /**
     * When asked ({@code widenWeekGaps}), the search looks at teachers' compulsory limits on gaps a week this many gaps
     * wider, a gap beyond the real limit weighing far less than any other break ({@link #relief}), so that it can hand
     * a gap from one teacher to another instead of closing it at once. Only a timetable within the real limits counts
     * as keeping them. Khoi-sang.fet (every teacher one gap a week, grade 10 none): a timetable within 60 s in 18 runs
     * of 63 widened, 6 of 46 not; with the extra gaps weighing nothing until the rest holds ({@link #gapWeight}),
     * 19 of 72 against 11 of 72 on the same seeds. Classes' limits are kept as they are: widened too, Khoi-chieu.fet
     * (also no gap for any class) got a timetable in 8 runs of 12, against 12 of 12 with teachers' limits only widened
     * and 12 of 12 not widened at all (docs/benchmarks.md).
     */
    static final int WEEK_GAPS_LEEWAY = 2;

    /** What a compulsory break weighs, in the search, against one gap beyond the real limit within the leeway. */
    private static final int BREAK = 1_000;

    /** A compulsory break outweighs any sum of weighted ones in the second stage. */
    private static final long HARD = 10_000_000L;

    /** Steps without a better timetable after which the second stage hands over to Timefold's local search. */
    private static final int SOFT_PATIENCE = 200_000;

    /** Steps without a better timetable after which the second stage shakes the best one. */
    private static final int SOFT_SHAKE = 10_000;

    private final FetActivity[] activities;

    private final int slots;

    private final int[][] domain;

    private final boolean[][] allowed;

    private final int[][] resourcesOf;

    private final int[][] activitiesOf;

    /**
     * Each teacher's and subgroup's week. One that a move left as it was (a class's week in a trade or a chain, which
     * only trades hours) keeps its cost: it is not counted again.
     */
    private final ResourceWeek[] weeks;

    private final MaskedRule[][] rulesOf;

    /** The same rules, counted together ({@link #resourceCost}). */
    private final WeekTables[] tablesOf;

    // Per activity, copied out of the objects: the moves read them in their innermost loops.
    private final int[] duration;

    /** Per activity, the teacher or subgroup whose day moves with it ({@link #moveDay}); -1 for none. */
    private final int[] dayMover;

    private final int hours;

    /** The activities a {@link #moveDay} takes along. */
    private final int[] sameDay;

    private final boolean[] pinned;

    private final int[] cost;

    private final boolean widenWeekGaps;

    /** Per teacher or subgroup, how much less its week weighs in the search ({@link #relief}). */
    private final int[] relief;

    /**
     * What a gap within the leeway weighs: nothing until every other compulsory rule holds, then 1, when the search
     * goes on from that timetable and hands the extra gaps from teacher to teacher until none is left. Searched from
     * the start at 1, the extra gaps went early and one clash in a full class stayed (docs/benchmarks.md).
     */
    private int gapWeight;

    /**
     * The timetable with the fewest compulsory breaks so far, and how many. In the widened search an extra gap weighs
     * less than any other break, so its best timetable need not be this one (a dozen extra gaps weigh less than one
     * clash): this one is the answer when none keeps every rule, as FET counts breaks.
     */
    private int[] fewestStart;

    private long fewest;

    /** The relief of the week {@link #resourceCost} counted last: counted with the rest, not again. */
    private int countedRelief;

    private long reliefTotal;

    private final PairRule[] pairs;

    private final boolean[] pairHard;

    private final MaskedRule[][] softRulesOf;

    private final int[] softCost;

    private final SlotRule[][] slotRulesOf;

    private final int[] slotCost;

    /** The weighted rules' cost, counted once the compulsory ones hold ({@link #withSoft}). */
    private long soft;

    private boolean withSoft;

    private final int[] pairFirst;

    private final int[] pairSecond;

    private final int[][] pairsOf;

    private final int[] pairCost;

    private final int[] start;

    private final SplittableRandom random;

    private long total;

    // The undo log of one evaluated move: activities with their former starts, resources and pairs with their former
    // costs.
    private final int[] movedLog;

    private final int[] movedFrom;

    private int moved;

    private final int[] costLog;

    private final int[] costFrom;

    private int costs;

    private final int[] resourceMark;

    private final int[] pairMark;

    private int mark = 1;

    private final int[][] tabuUntil;

    private long step;

    /** Activities next to a clash (of a week whose only fault is the clash), looked at now and then too. */
    private final List<Integer> wide = new ArrayList<>();

    // Marks (against {@code mark}) of activities already listed or caught: no list holds one twice.
    private final int[] seen;

    private final int[] wideSeen;

    private final int[] tradeSeen;

    private final int[] queue;

    private int firstCaught;

    /** What {@link #evaluateKinds} found for each kind of move; -1 when that move cannot be made. */
    private final long[] kindCost = new long[MOVE_KINDS];

    /** What {@link #evaluateAlone} found for each start of an activity, and the parts it is summed from. */
    private final long[] aloneCost;

    private final long[] aloneEased;

    private final long[] aloneWeighted;

    CompulsorySearch(FetSchedule schedule, long seed, boolean widenWeekGaps) {
        this.random = new SplittableRandom(seed);
        this.widenWeekGaps = widenWeekGaps;
        this.activities = schedule.activities().toArray(FetActivity[]::new);
        int n = activities.length;
        int days = 1;
        int hours = 1;
        int resources = 0;
        for (ResourceRule rule : schedule.resourceRules()) {
            days = rule.days();
            hours = rule.hours();
            resources = Math.max(resources, rule.resource() + 1);
        }
        this.slots = days * hours;
        this.hours = hours;
        int[] dayOf = new int[slots];
        long[] bitOf = new long[slots];
        for (int t = 0; t < slots; t++) {
            dayOf[t] = t / hours;
            bitOf[t] = 1L << (t % hours);
        }
        this.duration = new int[n];
        this.pinned = new boolean[n];
        for (int a = 0; a < n; a++) {
            duration[a] = activities[a].duration();
            pinned[a] = activities[a].pinned();
        }
        Map<Integer, Integer> index = new HashMap<>();
        for (int a = 0; a < n; a++) {
            index.put(activities[a].id(), a);
        }
        this.domain = new int[n][];
        this.allowed = new boolean[n][slots];
        this.resourcesOf = new int[n][];
        this.start = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            domain[a] =
                    activities[a].starts().stream().mapToInt(Integer::intValue).toArray();
            for (int s : domain[a]) {
                allowed[a][s] = true;
            }
            resourcesOf[a] = activities[a].resources();
            for (int r : resourcesOf[a]) {
                resources = Math.max(resources, r + 1);
            }
            start[a] = -1;
        }
        for (int r = 0; r < resources; r++) {
            members.add(new ArrayList<>());
        }
        for (int a = 0; a < n; a++) {
            for (int r : resourcesOf[a]) {
                members.get(r).add(a);
            }
        }
        this.activitiesOf = members.stream()
                .map(m -> m.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.weeks = new ResourceWeek[resources];
        for (int r = 0; r < resources; r++) {
            weeks[r] = new ResourceWeek(days, dayOf, bitOf);
        }
        List<List<ResourceRule>> rules = new ArrayList<>();
        for (int r = 0; r < resources; r++) {
            rules.add(new ArrayList<>());
        }
        List<List<ResourceRule>> weighted = new ArrayList<>();
        for (int r = 0; r < resources; r++) {
            weighted.add(new ArrayList<>());
        }
        schedule.resourceRules()
                .forEach(rule ->
                        (rule.hard() ? rules : weighted).get(rule.resource()).add(rule));
        this.rulesOf = rules.stream()
                .map(l -> l.stream().map(MaskedRule::new).toArray(MaskedRule[]::new))
                .toArray(MaskedRule[][]::new);
        int weekDays = days;
        int dayHours = hours;
        this.tablesOf = Arrays.stream(rulesOf)
                .map(r -> new WeekTables(r, weekDays, dayHours))
                .toArray(WeekTables[]::new);
        this.softRulesOf = weighted.stream()
                .map(l -> l.stream().map(MaskedRule::new).toArray(MaskedRule[]::new))
                .toArray(MaskedRule[][]::new);
        this.softCost = new int[resources];
        List<List<SlotRule>> slotRules = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            slotRules.add(new ArrayList<>());
        }
        schedule.slotRules().stream()
                .filter(rule -> !rule.hard() && index.containsKey(rule.activity()))
                .forEach(rule -> slotRules.get(index.get(rule.activity())).add(rule));
        this.slotRulesOf =
                slotRules.stream().map(l -> l.toArray(SlotRule[]::new)).toArray(SlotRule[][]::new);
        this.slotCost = new int[n];
        this.cost = new int[resources];
        this.relief = new int[resources];

        List<PairRule> known = schedule.pairRules().stream()
                .filter(p -> index.containsKey(p.first()) && index.containsKey(p.second()))
                .toList();
        this.pairs = known.toArray(PairRule[]::new);
        this.pairHard = new boolean[pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            pairHard[p] = pairs[p].hard();
        }
        this.pairFirst = new int[pairs.length];
        this.pairSecond = new int[pairs.length];
        List<List<Integer>> pairsOfActivity = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            pairsOfActivity.add(new ArrayList<>());
        }
        for (int p = 0; p < pairs.length; p++) {
            pairFirst[p] = index.get(pairs[p].first());
            pairSecond[p] = index.get(pairs[p].second());
            pairsOfActivity.get(pairFirst[p]).add(p);
            pairsOfActivity.get(pairSecond[p]).add(p);
        }
        this.pairsOf = pairsOfActivity.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.pairCost = new int[pairs.length];

        this.movedLog = new int[n * 2];
        this.movedFrom = new int[n * 2];
        this.costLog = new int[(3 * resources + n + pairs.length) * 2 + 8];
        this.costFrom = new int[costLog.length];
        this.resourceMark = new int[resources];
        this.pairMark = new int[pairs.length];
        this.tabuUntil = new int[n][slots];
        this.queue = new int[n];
        this.seen = new int[n];
        this.wideSeen = new int[n];
        this.tradeSeen = new int[n];
        int widest = Arrays.stream(domain).mapToInt(d -> d.length).max().orElse(0);
        this.aloneCost = new long[widest];
        this.aloneEased = new long[widest];
        this.aloneWeighted = new long[widest];
        this.sameDay = new int[n];
        this.dayMover = new int[n];
        for (int a = 0; a < n; a++) {
            dayMover[a] = dayMover(a, days);
        }
        for (int a = 0; a < n; a++) {
            Integer at = activities[a].start();
            if (at != null && at >= 0 && at < slots) {
                place(a, at);
            }
        }
        recountAll();
    }

    /** The first of a's teachers and subgroups kept to fewer days than the week has, by a compulsory rule; -1 for none. */
    private int dayMover(int a, int days) {
        for (int r : resourcesOf[a]) {
            for (MaskedRule rule : rulesOf[r]) {
                if (rule.rule().kind() == ResourceRule.Kind.MAX_DAYS
                        && rule.rule().limit() < days) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** The weighted rules' cost of the timetable the search ended at (0 when the search never got that far). */
    long soft() {
        return soft;
    }

    /**
     * What the search minimises: compulsory breaks (gaps a week within the leeway weighing less), then, in the second
     * stage, the weighted rules below them.
     */
    private long measure() {
        return withSoft ? total * HARD + soft : total * BREAK - reliefTotal;
    }

    /**
     * Places every activity not yet placed, hardest first (fewest possible starts, longest, most people), each at the
     * start that breaks least, then searches until nothing compulsory is broken or {@code stop} says so, and ends
     * at the best timetable found ({@link #startOf}). Once every compulsory rule holds it says so ({@code feasible})
     * and goes on, with the same moves, to lower the weighted rules' cost without breaking a compulsory one, until
     * that stops improving. The schedule's activities are left as they were. Returns the compulsory cost.
     */
    long solve(BooleanSupplier stop, Runnable feasible) {
        construct();
        int[] bestStart = start.clone();
        fewestStart = start.clone();
        fewest = total;
        List<Integer> conflicted = new ArrayList<>();
        search(stop, bestStart, conflicted, Long.MAX_VALUE);
        if (widenWeekGaps && total > 0 && measure() == 0 && !stop.getAsBoolean()) {
            // Every other rule holds, within the widened limits: now the extra gaps weigh.
            gapWeight = 1;
            recountAll();
            search(stop, bestStart, conflicted, Long.MAX_VALUE);
        }
        if (total > fewest) {
            // No timetable keeps every rule: the answer is the one that breaks fewest, as FET counts.
            restore(fewestStart);
        }
        if (total == 0) {
            feasible.run();
        }
        if (total == 0 && !stop.getAsBoolean()) {
            withSoft = true;
            recountAll();
            search(stop, bestStart, conflicted, SOFT_PATIENCE);
        }
        return total;
    }

    long solve(BooleanSupplier stop) {
        return solve(stop, () -> {});
    }

    /** Tabu search until {@link #measure} is 0, {@code stop}, or {@code patience} steps without a better timetable. */
    private void search(BooleanSupplier stop, int[] bestStart, List<Integer> conflicted, long patience) {
        long best = measure();
        System.arraycopy(start, 0, bestStart, 0, start.length);
        long lastImproved = step;
        long lastShaken = step;
        for (; measure() > 0; step++) {
            if ((step & 63) == 0 && stop.getAsBoolean() || step - lastImproved > patience) {
                break;
            }
            conflicted(conflicted);
            if (withSoft) {
                weighted(conflicted);
            }
            if (conflicted.isEmpty()) {
                break;
            }
            chooseAndApply(conflicted, best);
            if (total < fewest && !withSoft) {
                fewest = total;
                System.arraycopy(start, 0, fewestStart, 0, start.length);
            }
            if (measure() < best) {
                best = measure();
                System.arraycopy(start, 0, bestStart, 0, start.length);
                lastImproved = step;
                lastShaken = step;
            } else if (step - lastShaken > (withSoft ? SOFT_SHAKE : SHAKE)) {
                // Long without progress: shake the best timetable and go on from there.
                lastShaken = step;
                restore(bestStart);
                for (int k = 0; k < 10; k++) {
                    int a = conflicted.get(random.nextInt(conflicted.size()));
                    int[] d = domain[a];
                    place(a, d[random.nextInt(d.length)]);
                }
                recountAll();
            }
        }
        if (measure() > best) {
            restore(bestStart);
        }
    }

    /**
     * Adds to the activities in a broken compulsory rule ({@link #conflicted}, just listed) those in a broken weighted
     * one: of a teacher's or subgroup's week, of a pair, of its own times.
     */
    private void weighted(List<Integer> into) {
        for (int r = 0; r < softCost.length; r++) {
            if (softCost[r] > 0) {
                for (int a : activitiesOf[r]) {
                    if (firstTime(a)) {
                        into.add(a);
                    }
                }
            }
        }
        for (int p = 0; p < pairs.length; p++) {
            if (!pairHard[p] && pairCost[p] > 0) {
                if (firstTime(pairFirst[p])) {
                    into.add(pairFirst[p]);
                }
                if (firstTime(pairSecond[p])) {
                    into.add(pairSecond[p]);
                }
            }
        }
        for (int a = 0; a < slotCost.length; a++) {
            if (slotCost[a] > 0 && firstTime(a)) {
                into.add(a);
            }
        }
    }

    /** Where the search put the activity at {@code index} of the schedule's list. */
    int startOf(int index) {
        return start[index];
    }

    long steps() {
        return step;
    }

    private void construct() {
        Integer[] order = new Integer[activities.length];
        for (int a = 0; a < order.length; a++) {
            order[a] = a;
        }
        Arrays.sort(
                order,
                (x, y) -> domain[x].length != domain[y].length
                        ? Integer.compare(domain[x].length, domain[y].length)
                        : Integer.compare(duration[y] * resourcesOf[y].length, duration[x] * resourcesOf[x].length));
        for (int a : order) {
            if (start[a] >= 0) {
                continue;
            }
            long bestCost = Long.MAX_VALUE;
            int bestAt = domain[a][0];
            int ties = 0;
            long[] alone = evaluateAlone(a);
            for (int k = 0; k < domain[a].length; k++) {
                int s = domain[a][k];
                long c = alone[k];
                if (c < bestCost) {
                    bestCost = c;
                    bestAt = s;
                    ties = 1;
                } else if (c == bestCost && random.nextInt(++ties) == 0) {
                    bestAt = s;
                }
            }
            moved = 0;
            costs = 0;
            move(a, bestAt);
            settle();
            commit();
        }
        moved = 0;
        costs = 0;
    }

    /** Activities (not pinned) in a broken compulsory rule; and, in {@link #wide}, their clean neighbours. */
    private void conflicted(List<Integer> into) {
        into.clear();
        wide.clear();
        mark++;
        for (int r = 0; r < cost.length; r++) {
            if (cost[r] == 0 || cost[r] * BREAK == relief[r]) {
                // Nothing broken but gaps within the leeway that weigh nothing yet.
                continue;
            }
            // Of a week whose only fault is a clash, only the activities that clash; otherwise every activity of it.
            boolean clashOnly = true;
            for (MaskedRule rule : rulesOf[r]) {
                if (rule.rule().kind() != ResourceRule.Kind.CONFLICT && weeks[r].excess(rule) > 0) {
                    clashOnly = false;
                    break;
                }
            }
            int[] week = weeks[r].busy;
            for (int a : activitiesOf[r]) {
                if (clashOnly && !clashes(a, week)) {
                    if (wideSeen[a] != mark && !pinned[a] && domain[a].length > 1) {
                        wideSeen[a] = mark;
                        wide.add(a);
                    }
                    continue;
                }
                if (firstTime(a)) {
                    into.add(a);
                }
            }
        }
        for (int p = 0; p < pairs.length; p++) {
            if (pairHard[p] && pairCost[p] > 0) {
                if (firstTime(pairFirst[p])) {
                    into.add(pairFirst[p]);
                }
                if (firstTime(pairSecond[p])) {
                    into.add(pairSecond[p]);
                }
            }
        }
    }

    private boolean clashes(int a, int[] week) {
        int s = start[a];
        for (int t = s; s >= 0 && t < s + duration[a]; t++) {
            if (week[t] > 1) {
                return true;
            }
        }
        return false;
    }

    private boolean firstTime(int a) {
        if (seen[a] == mark || pinned[a] || domain[a].length < 2) {
            return false;
        }
        seen[a] = mark;
        return true;
    }

    private void chooseAndApply(List<Integer> conflicted, long best) {
        int sample = Math.min(conflicted.size(), SAMPLE);
        long bestCost = Long.MAX_VALUE;
        int bestA = -1;
        int bestAt = -1;
        int bestKind = 0;
        int ties = 0;
        for (int i = 0; i < sample; i++) {
            int a = !wide.isEmpty() && random.nextDouble() < NEIGHBOURS
                    ? wide.get(random.nextInt(wide.size()))
                    : conflicted.get(random.nextInt(conflicted.size()));
            long[] alone = evaluateAlone(a);
            for (int k = 0; k < domain[a].length; k++) {
                int s = domain[a][k];
                if (s == start[a]) {
                    continue;
                }
                evaluateKinds(a, s, alone[k]);
                for (int kind = 0; kind < MOVE_KINDS; kind++) {
                    long c = kindCost[kind];
                    if (c < 0) {
                        continue;
                    }
                    boolean tabu = tabuUntil[a][s] > step;
                    if (tabu && c >= best) {
                        continue;
                    }
                    if (c < bestCost) {
                        bestCost = c;
                        bestA = a;
                        bestAt = s;
                        bestKind = kind;
                        ties = 1;
                    } else if (c == bestCost && random.nextInt(++ties) == 0) {
                        bestA = a;
                        bestAt = s;
                        bestKind = kind;
                    }
                }
            }
        }
        if (bestA < 0) {
            return;
        }
        moved = 0;
        costs = 0;
        if (!apply(bestA, bestAt, bestKind)) {
            return;
        }
        settle();
        commit();
        int tenure = TENURE + random.nextInt(conflicted.size() / 2 + 3);
        for (int i = 0; i < moved; i++) {
            int a = movedLog[i];
            if (movedFrom[i] >= 0) {
                tabuUntil[a][movedFrom[i]] = (int) Math.min(Integer.MAX_VALUE, step + tenure);
            }
        }
        moved = 0;
        costs = 0;
    }

    /**
     * {@link #kindCost}: what each kind of move taking {@code a} to {@code s} would leave. A chain that catches no one
     * at {@code s} is the move alone, and one that catches no one beyond what is there is the trade: their cost is
     * taken, not counted again (most chains of a full class week are one or the other).
     */
    private void evaluateKinds(int a, int s, long alone) {
        kindCost[ALONE] = alone;
        kindCost[DAY] = !withSoft && dayMover[a] >= 0 && s % hours == start[a] % hours ? evaluate(a, s, DAY) : -1;
        int size = closure(a, s);
        if (size < 0) {
            kindCost[CHAIN] = -1;
            kindCost[TRADE] = tradable(a, s) ? evaluateCaught(a, s, firstCaught) : -1;
        } else if (size == 1) {
            kindCost[CHAIN] = kindCost[ALONE];
            kindCost[TRADE] = -1;
        } else if (size == firstCaught) {
            kindCost[TRADE] = evaluateCaught(a, s, size);
            kindCost[CHAIN] = kindCost[TRADE];
        } else {
            kindCost[CHAIN] = evaluateCaught(a, s, size);
            kindCost[TRADE] = evaluateCaught(a, s, firstCaught);
        }
    }

    /**
     * Whether {@code a} can trade its hours with what its teachers and subgroups have at {@code s} ({@link #trade}),
     * when the {@link #closure} that found those could not make a chain: a chain fails further out as often as not.
     */
    private boolean tradable(int a, int s) {
        if (firstCaught < 2) {
            return false;
        }
        int from = start[a];
        for (int i = 1; i < firstCaught; i++) {
            int b = queue[i];
            if (pinned[b] || !allowed[b][start[b] - s + from]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #evaluate} of the moves of the first {@code size} activities a {@link #closure} caught: the chain, or (the
     * first {@link #firstCaught}) the trade, whose activities the closure has already found and checked.
     */
    private long evaluateCaught(int a, int s, int size) {
        moved = 0;
        costs = 0;
        moveCaught(a, s, size);
        return measuredAndUndone();
    }

    /**
     * What the search minimises after a move of {@code kind} taking {@code a} to {@code s}, the timetable left as it
     * was; -1 when the move cannot be made.
     */
    long evaluate(int a, int s, int kind) {
        moved = 0;
        costs = 0;
        if (!apply(a, s, kind)) {
            undo();
            return -1;
        }
        return measuredAndUndone();
    }

    /** What {@link #measure} is once the moves just made are counted; then they are taken back. */
    private long measuredAndUndone() {
        settle();
        long after = measure();
        undo();
        return after;
    }

    /**
     * {@link #evaluate} of {@code a} alone to each start of its domain, in {@link #aloneCost} (in the domain's order;
     * -1 at its own start), counted the same way without the undo log: two in three moves looked at are of this
     * kind, only the weeks of {@code a} and its pairs change, and a leaves its week once for all its starts.
     */
    long[] evaluateAlone(int a) {
        int from = start[a];
        int d = duration[a];
        int[] starts = domain[a];
        long[] hard = aloneCost;
        long[] eased = aloneEased;
        long[] weighted = aloneWeighted;
        Arrays.fill(hard, 0, starts.length, 0);
        Arrays.fill(eased, 0, starts.length, 0);
        Arrays.fill(weighted, 0, starts.length, 0);
        for (int r : resourcesOf[a]) {
            ResourceWeek week = weeks[r];
            boolean soft = withSoft && softRulesOf[r].length > 0;
            if (from >= 0) {
                week.lift(from, d);
            }
            for (int k = 0; k < starts.length; k++) {
                int s = starts[k];
                if (s == from) {
                    continue;
                }
                week.drop(s, d);
                hard[k] += resourceCost(r) - cost[r];
                eased[k] += countedRelief - relief[r];
                if (soft) {
                    weighted[k] += softResourceCost(r) - softCost[r];
                }
                week.lift(s, d);
            }
            if (from >= 0) {
                week.drop(from, d);
            }
        }
        for (int k = 0; k < starts.length; k++) {
            int s = starts[k];
            if (s == from) {
                hard[k] = -1;
                continue;
            }
            start[a] = s;
            for (int p : pairsOf[a]) {
                if (pairHard[p]) {
                    hard[k] += pairCost(p) - pairCost[p];
                } else if (withSoft) {
                    weighted[k] += pairCost(p) - pairCost[p];
                }
            }
            if (withSoft && slotRulesOf[a].length > 0) {
                weighted[k] += slotCost(a) - slotCost[a];
            }
            hard[k] = withSoft
                    ? (total + hard[k]) * HARD + soft + weighted[k]
                    : (total + hard[k]) * BREAK - (reliefTotal + eased[k]);
        }
        start[a] = from;
        return hard;
    }

    private boolean apply(int a, int s, int kind) {
        return switch (kind) {
            case ALONE -> {
                move(a, s);
                yield true;
            }
            case TRADE -> trade(a, s);
            case CHAIN -> chain(a, s);
            case DAY -> moveDay(a, s);
            default -> throw new IllegalArgumentException("move kind " + kind);
        };
    }

    /**
     * Every activity that {@code a}'s {@link #dayMover} has on a's day goes to the same hour of s's day (s is at a's
     * hour), each trading with what its people have there ({@link #trade}), or alone when it cannot (what clashes
     * then is counted like any clash). A
     * teacher kept to three days keeps three: moved one by one, its lessons would break that limit on the way, which
     * weighs as much as any break, so that a teacher's days, once set, hardly changed; and once only gaps are left
     * the search takes no such step at all (docs/benchmarks.md). False when one of them is pinned or may not start
     * there. Looked at only while a compulsory rule is broken, where it was measured.
     */
    private boolean moveDay(int a, int s) {
        int from = start[a];
        int shift = s - from;
        int day = from / hours;
        int count = 0;
        for (int b : activitiesOf[dayMover[a]]) {
            if (start[b] >= 0 && start[b] / hours == day) {
                if (pinned[b] || !allowed[b][start[b] + shift]) {
                    return false;
                }
                sameDay[count++] = b;
            }
        }
        for (int i = 0; i < count; i++) {
            // A trade moves hours between the two days only, so no earlier one has taken b off its day.
            int b = sameDay[i];
            if (!trade(b, start[b] + shift)) {
                move(b, start[b] + shift);
            }
        }
        return true;
    }

    /**
     * {@code a} goes to the span at {@code s}, and whatever its teachers and subgroups have there comes to its span,
     * at the same offset (what those bring along may clash). False when one of them runs over the span's edge, is
     * pinned, or may not start where it would go, or there is none (then it is the move alone).
     */
    private boolean trade(int a, int s) {
        int from = start[a];
        int d = duration[a];
        if (from < 0 || Math.abs(from - s) < d) {
            return false;
        }
        mark++;
        int traded = 0;
        for (int r : resourcesOf[a]) {
            traded = overlapping(r, s, d, traded);
        }
        for (int i = 0; i < traded; i++) {
            int b = queue[i];
            int at = start[b];
            if (at < s || at + duration[b] > s + d || pinned[b] || !allowed[b][at - s + from]) {
                return false;
            }
        }
        if (traded == 0) {
            return false;
        }
        move(a, s);
        for (int i = 0; i < traded; i++) {
            int b = queue[i];
            move(b, start[b] - s + from);
        }
        return true;
    }

    /**
     * A Kempe chain: {@code a} goes to the span at {@code s}; whatever shares a teacher or subgroup with it there comes
     * to its span, at the same offset; whatever shares one with those in a's span goes too, and so on until no one is
     * left behind. A week without clashes stays without clashes. False when something caught is pinned, runs over a
     * span's edge, or may not start where it would go.
     */
    private boolean chain(int a, int s) {
        int size = closure(a, s);
        if (size < 0) {
            return false;
        }
        moveCaught(a, s, size);
        return true;
    }

    /**
     * The activities a {@link #chain} taking {@code a} to {@code s} catches, a first, in {@link #queue}: how many, or -1
     * when the chain cannot be made. {@link #firstCaught}: how many of them a and those at {@code s} are (-1 when the
     * chain failed before all of those were found: then no trade can be made either).
     */
    private int closure(int a, int s) {
        int from = start[a];
        int d = duration[a];
        firstCaught = -1;
        if (from < 0 || Math.abs(from - s) < d) {
            return -1;
        }
        mark++;
        int size = 0;
        queue[size++] = a;
        seenTrade(a);
        for (int i = 0; i < size; i++) {
            int b = queue[i];
            int at = start[b];
            boolean inFrom = at >= from && at < from + d;
            int other = inFrom ? s : from;
            int to = at - (inFrom ? from : s) + other;
            if (pinned[b] || !allowed[b][to]) {
                return -1;
            }
            for (int r : resourcesOf[b]) {
                int found = size;
                size = overlapping(r, other, d, size);
                for (int k = found; k < size; k++) {
                    int c = queue[k];
                    if (start[c] < other || start[c] + duration[c] > other + d) {
                        return -1;
                    }
                }
            }
            if (i == 0) {
                firstCaught = size;
            }
        }
        return size;
    }

    /** Makes the moves of a chain whose {@link #closure} is the first {@code size} of {@link #queue}. */
    private void moveCaught(int a, int s, int size) {
        int from = start[a];
        int d = duration[a];
        for (int i = 0; i < size; i++) {
            int b = queue[i];
            int at = start[b];
            boolean inFrom = at >= from && at < from + d;
            move(b, at - (inFrom ? from : s) + (inFrom ? s : from));
        }
    }

    /**
     * Adds to {@link #queue} from {@code size} the activities of teacher or subgroup {@code r} in the span of {@code d}
     * hours at {@code at} not yet seen (against {@code mark}); returns the new size. An hour held by one activity
     * names it ({@link ResourceWeek#holder}), so only a clash needs a look at the whole week.
     */
    private int overlapping(int r, int at, int d, int size) {
        int[] week = weeks[r].busy;
        for (int t = at; t < at + d; t++) {
            if (week[t] > 1) {
                for (int c : activitiesOf[r]) {
                    int cs = start[c];
                    if (cs >= 0 && cs < at + d && cs + duration[c] > at && !seenTrade(c)) {
                        queue[size++] = c;
                    }
                }
                return size;
            }
        }
        for (int t = at; t < at + d; t++) {
            if (week[t] == 1) {
                int holder = weeks[r].holder(t);
                if (!seenTrade(holder)) {
                    queue[size++] = holder;
                }
            }
        }
        return size;
    }

    private boolean seenTrade(int b) {
        if (tradeSeen[b] == mark) {
            return true;
        }
        tradeSeen[b] = mark;
        return false;
    }

    /** Moves an activity, keeping the undo log; costs are recounted by {@link #settle}. */
    private void move(int a, int s) {
        movedLog[moved] = a;
        movedFrom[moved++] = start[a];
        place(a, s);
    }

    private void place(int a, int s) {
        int d = duration[a];
        int from = start[a];
        for (int r : resourcesOf[a]) {
            if (from >= 0) {
                weeks[r].remove(a, from, d);
            }
            if (s >= 0) {
                weeks[r].add(a, s, d);
            }
        }
        start[a] = s;
    }

    /** Recounts the weeks and pairs the moves of the log touched. */
    private void settle() {
        mark++;
        int resources = cost.length;
        for (int i = 0; i < moved; i++) {
            int a = movedLog[i];
            for (int r : resourcesOf[a]) {
                if (resourceMark[r] != mark) {
                    resourceMark[r] = mark;
                    if (weeks[r].unchanged()) {
                        continue;
                    }
                    int c = resourceCost(r);
                    costLog[costs] = r;
                    costFrom[costs++] = cost[r];
                    total += c - cost[r];
                    cost[r] = c;
                    // The second stage weighs every compulsory break alike: no relief to keep.
                    if (!withSoft && countedRelief != relief[r]) {
                        costLog[costs] = 2 * resources + activities.length + r;
                        costFrom[costs++] = relief[r];
                        reliefTotal += countedRelief - relief[r];
                        relief[r] = countedRelief;
                    }
                    if (withSoft && softRulesOf[r].length > 0) {
                        int w = softResourceCost(r);
                        costLog[costs] = resources + r;
                        costFrom[costs++] = softCost[r];
                        soft += w - softCost[r];
                        softCost[r] = w;
                    }
                }
            }
            for (int p : pairsOf[a]) {
                if (pairMark[p] != mark && (pairHard[p] || withSoft)) {
                    pairMark[p] = mark;
                    int c = pairCost(p);
                    costLog[costs] = -1 - p;
                    costFrom[costs++] = pairCost[p];
                    if (pairHard[p]) {
                        total += c - pairCost[p];
                    } else {
                        soft += c - pairCost[p];
                    }
                    pairCost[p] = c;
                }
            }
            if (withSoft && slotRulesOf[a].length > 0) {
                int c = slotCost(a);
                costLog[costs] = 2 * resources + a;
                costFrom[costs++] = slotCost[a];
                soft += c - slotCost[a];
                slotCost[a] = c;
            }
        }
    }

    /** The moves of the log stay: the weeks they touched are counted as they now are. */
    private void commit() {
        for (int i = 0; i < moved; i++) {
            for (int r : resourcesOf[movedLog[i]]) {
                weeks[r].counted();
            }
        }
    }

    private void undo() {
        for (int i = moved - 1; i >= 0; i--) {
            place(movedLog[i], movedFrom[i]);
        }
        int resources = cost.length;
        for (int i = costs - 1; i >= 0; i--) {
            int k = costLog[i];
            if (k < 0) {
                int p = -1 - k;
                if (pairHard[p]) {
                    total += costFrom[i] - pairCost[p];
                } else {
                    soft += costFrom[i] - pairCost[p];
                }
                pairCost[p] = costFrom[i];
            } else if (k < resources) {
                total += costFrom[i] - cost[k];
                cost[k] = costFrom[i];
            } else if (k < 2 * resources) {
                soft += costFrom[i] - softCost[k - resources];
                softCost[k - resources] = costFrom[i];
            } else if (k >= 2 * resources + activities.length) {
                int r = k - 2 * resources - activities.length;
                reliefTotal += costFrom[i] - relief[r];
                relief[r] = costFrom[i];
            } else {
                soft += costFrom[i] - slotCost[k - 2 * resources];
                slotCost[k - 2 * resources] = costFrom[i];
            }
        }
        moved = 0;
        costs = 0;
    }

    private void restore(int[] starts) {
        for (int a = 0; a < starts.length; a++) {
            if (start[a] != starts[a]) {
                place(a, starts[a]);
            }
        }
        moved = 0;
        costs = 0;
        recountAll();
    }

    private void recountAll() {
        total = 0;
        soft = 0;
        reliefTotal = 0;
        for (int r = 0; r < cost.length; r++) {
            weeks[r].counted();
            cost[r] = resourceCost(r);
            relief[r] = countedRelief;
            reliefTotal += relief[r];
            total += cost[r];
            softCost[r] = withSoft ? softResourceCost(r) : 0;
            soft += softCost[r];
        }
        for (int p = 0; p < pairs.length; p++) {
            pairCost[p] = pairHard[p] || withSoft ? pairCost(p) : 0;
            if (pairHard[p]) {
                total += pairCost[p];
            } else {
                soft += pairCost[p];
            }
        }
        for (int a = 0; a < start.length; a++) {
            slotCost[a] = withSoft ? slotCost(a) : 0;
            soft += slotCost[a];
        }
    }

    private int softResourceCost(int r) {
        int c = 0;
        for (MaskedRule rule : softRulesOf[r]) {
            c += weeks[r].excess(rule) * rule.rule().weight();
        }
        return c;
    }

    private int slotCost(int a) {
        int c = 0;
        for (SlotRule rule : slotRulesOf[a]) {
            c += start[a] >= 0 && !rule.allowedStarts()[start[a]] ? rule.weight() : 0;
        }
        return c;
    }

    /**
     * How much less than {@link #BREAK} per gap a limit on gaps a week broken by {@code excess} gaps weighs in the
     * search: a gap within {@link #WEEK_GAPS_LEEWAY} of the limit weighs {@link #gapWeight} instead of {@code BREAK},
     * one beyond it {@code BREAK + gapWeight}.
     */
    private int relief(int excess) {
        return (BREAK - gapWeight) * excess - BREAK * Math.max(0, excess - WEEK_GAPS_LEEWAY);
    }

    /** The week's compulsory cost; its relief, when widened, in {@link #countedRelief}. */
    private int resourceCost(int r) {
        WeekTables tables = tablesOf[r];
        ResourceWeek week = weeks[r];
        int c = tables.cost(week.mask, week.busy, week.clashes);
        int eased = 0;
        if (widenWeekGaps) {
            MaskedRule[] gaps = tables.weekGaps();
            for (int i = 0; i < gaps.length; i++) {
                if (gaps[i].teachersGapsAWeek()) {
                    eased += relief(tables.brokenGaps(i));
                }
            }
        }
        countedRelief = eased;
        return c;
    }

    private int pairCost(int p) {
        int a = pairFirst[p];
        int b = pairSecond[p];
        if (start[a] < 0 || start[b] < 0) {
            return 0;
        }
        int broken = pairs[p].broken(start[a], duration[a], start[b], duration[b], activities[a].hoursPerDay());
        return pairHard[p] ? broken : broken * pairs[p].weight();
    }
}
