package vn.eduvn.timetable.fet;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.util.Arrays;

/**
 * The constraints of a FET file, one method per kind of rule. A rule of weight 100 % costs one hard per hour, day,
 * gap or pair that breaks it (a limit on days: per hour on the days too many, see {@link ResourceRule#searchCost});
 * a lower weight costs its weight in soft for each, so a 95 % rule weighs more than a 50 % one. The answer counts
 * hard as FET does, one per day too many.
 */
public class FetConstraints implements ConstraintProvider {

    public static final String WEEK_RULES_HARD = "Teacher and students rules (compulsory)";
    public static final String WEEK_RULES_SOFT = "Teacher and students rules (weighted)";
    public static final String PAIR_RULES_HARD = "Rules between activities (compulsory)";
    public static final String PAIR_RULES_SOFT = "Rules between activities (weighted)";
    public static final String SLOT_RULES_HARD = "Preferred times (compulsory)";
    public static final String SLOT_RULES_SOFT = "Preferred times (weighted)";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            weekRulesHard(factory),
            weekRulesSoft(factory),
            pairRulesHard(factory),
            pairRulesSoft(factory),
            slotRulesHard(factory),
            slotRulesSoft(factory)
        };
    }

    /** Each compulsory rule on a teacher's or subgroup's week, conflicts included. */
    Constraint weekRulesHard(ConstraintFactory factory) {
        return weeks(factory)
                .join(
                        ResourceRule.class,
                        Joiners.equal((resource, busy) -> resource, ResourceRule::resource),
                        Joiners.filtering((resource, busy, rule) -> rule.hard()))
                .penalize(HardSoftScore.ONE_HARD, (resource, busy, rule) -> rule.searchCost(busy))
                .asConstraint(WEEK_RULES_HARD);
    }

    /** Each weighted rule on a teacher's or subgroup's week. */
    Constraint weekRulesSoft(ConstraintFactory factory) {
        return weeks(factory)
                .join(
                        ResourceRule.class,
                        Joiners.equal((resource, busy) -> resource, ResourceRule::resource),
                        Joiners.filtering((resource, busy, rule) -> !rule.hard()))
                .penalize(HardSoftScore.ONE_SOFT, (resource, busy, rule) -> rule.excess(busy) * rule.weight())
                .asConstraint(WEEK_RULES_SOFT);
    }

    Constraint pairRulesHard(ConstraintFactory factory) {
        return factory.forEach(PairRule.class)
                .filter(PairRule::hard)
                .join(FetActivity.class, Joiners.equal(PairRule::first, FetActivity::id))
                .join(FetActivity.class, Joiners.equal((rule, a) -> rule.second(), FetActivity::id))
                .penalize(HardSoftScore.ONE_HARD, (rule, a, b) -> rule.broken(a, b))
                .asConstraint(PAIR_RULES_HARD);
    }

    Constraint pairRulesSoft(ConstraintFactory factory) {
        return factory.forEach(PairRule.class)
                .filter(rule -> !rule.hard())
                .join(FetActivity.class, Joiners.equal(PairRule::first, FetActivity::id))
                .join(FetActivity.class, Joiners.equal((rule, a) -> rule.second(), FetActivity::id))
                .penalize(HardSoftScore.ONE_SOFT, (rule, a, b) -> rule.broken(a, b) * rule.weight())
                .asConstraint(PAIR_RULES_SOFT);
    }

    Constraint slotRulesHard(ConstraintFactory factory) {
        return factory.forEach(SlotRule.class)
                .filter(SlotRule::hard)
                .join(FetActivity.class, Joiners.equal(SlotRule::activity, FetActivity::id))
                .penalize(HardSoftScore.ONE_HARD, SlotRule::broken)
                .asConstraint(SLOT_RULES_HARD);
    }

    Constraint slotRulesSoft(ConstraintFactory factory) {
        return factory.forEach(SlotRule.class)
                .filter(rule -> !rule.hard())
                .join(FetActivity.class, Joiners.equal(SlotRule::activity, FetActivity::id))
                .penalize(HardSoftScore.ONE_SOFT, (rule, a) -> rule.broken(a) * rule.weight())
                .asConstraint(SLOT_RULES_SOFT);
    }

    /** Each teacher's and subgroup's week: how many of its activities fall in each slot. */
    private static BiConstraintStream<Integer, int[]> weeks(ConstraintFactory factory) {
        return factory.forEach(Membership.class)
                .join(FetActivity.class, Joiners.equal(Membership::activity, FetActivity::id))
                .groupBy((m, a) -> m.resource(), BUSY);
    }

    /**
     * Counts a week's activities per slot. The hours an activity took are remembered when it is counted, since it
     * has already moved when it is taken out again.
     */
    private static final BiConstraintCollector<Membership, FetActivity, int[][], int[]> BUSY =
            new BiConstraintCollector<>() {

                @Override
                public java.util.function.Supplier<int[][]> supplier() {
                    return () -> new int[][] {new int[64]};
                }

                @Override
                public ai.timefold.solver.core.api.function.TriFunction<int[][], Membership, FetActivity, Runnable>
                        accumulator() {
                    return (holder, m, a) -> {
                        int from = a.start();
                        int to = a.end();
                        if (holder[0].length < to) {
                            holder[0] = Arrays.copyOf(holder[0], Math.max(to, holder[0].length * 2));
                        }
                        for (int s = from; s < to; s++) {
                            holder[0][s]++;
                        }
                        return () -> {
                            for (int s = from; s < to; s++) {
                                holder[0][s]--;
                            }
                        };
                    };
                }

                @Override
                public java.util.function.Function<int[][], int[]> finisher() {
                    return holder -> holder[0].clone();
                }
            };
}
