package org.jiceng.scoring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.Amount;
import org.jiceng.scoring.Multiplier;
import org.jiceng.scoring.Parameter;
import org.jiceng.scoring.PeriodUnit;
import org.jiceng.scoring.Points;
import org.jiceng.scoring.Rule;
import org.jspecify.annotations.Nullable;

/** A rule flattened into fields and primitive arrays for the hot path. */
final class CompiledRule {

    static final int FIXED = 0;
    static final int PER_UNIT = 1;
    static final int TIERED = 2;

    final int index;
    final Rule rule;
    final String version;
    final int amountKind;
    final @Nullable CompiledValue amount;
    final long @Nullable [] tierUpTo;
    final CompiledValue @Nullable [] tierPoints;
    final boolean deduction;
    final String[] whenKeys;
    final String[] whenValues;
    final String[][] multiplierKeys;
    final String[][] multiplierValues;
    final CompiledValue[] multiplierFactors;
    final int capSlot;
    final @Nullable PeriodUnit capPeriod;
    final @Nullable CompiledValue capMax;
    final String capName;
    final int onceSlot;
    final @Nullable PeriodUnit oncePeriod;
    final int exclusiveGroup;
    final long fromDay;
    final long toDay;
    /** Condition id of {@link #whenKeys} (see {@link Engine}), or -1 when the rule has no condition. */
    int whenCondition = -1;
    /** Condition id of each multiplier. */
    int[] multiplierConditions;

    @SuppressWarnings("NullAway.Init") // multiplierConditions: set by Engine when it numbers the conditions
    CompiledRule(int index, Rule rule, String version, Map<String, Parameter> params, int capSlot, int onceSlot,
            int exclusiveGroup, long ruleSetFrom, long ruleSetTo) {
        this.index = index;
        this.rule = rule;
        this.version = version;
        Amount a = rule.amount();
        if (a instanceof Amount.Fixed f) {
            amountKind = FIXED;
            amount = CompiledValue.of(f.points(), params);
            tierUpTo = null;
            tierPoints = null;
        } else if (a instanceof Amount.PerUnit p) {
            amountKind = PER_UNIT;
            amount = CompiledValue.of(p.pointsPerUnit(), params);
            tierUpTo = null;
            tierPoints = null;
        } else {
            amountKind = TIERED;
            amount = null;
            List<Amount.Tier> tiers = ((Amount.Tiered) a).tiers();
            tierUpTo = new long[tiers.size()];
            tierPoints = new CompiledValue[tiers.size()];
            for (int i = 0; i < tiers.size(); i++) {
                tierUpTo[i] = tiers.get(i).upTo().orElse(Long.MAX_VALUE);
                tierPoints[i] = CompiledValue.of(tiers.get(i).points(), params);
            }
        }
        deduction = rule.deduction();
        whenKeys = rule.when().keySet().toArray(new String[0]);
        whenValues = new String[whenKeys.length];
        for (int i = 0; i < whenKeys.length; i++) {
            whenValues[i] = rule.when().get(whenKeys[i]);
        }
        int m = rule.multipliers().size();
        multiplierKeys = new String[m][];
        multiplierValues = new String[m][];
        multiplierFactors = new CompiledValue[m];
        for (int i = 0; i < m; i++) {
            Multiplier mu = rule.multipliers().get(i);
            multiplierKeys[i] = mu.when().keySet().toArray(new String[0]);
            multiplierValues[i] = new String[multiplierKeys[i].length];
            for (int k = 0; k < multiplierKeys[i].length; k++) {
                multiplierValues[i][k] = mu.when().get(multiplierKeys[i][k]);
            }
            multiplierFactors[i] = CompiledValue.of(mu.factor(), params);
        }
        this.capSlot = capSlot;
        this.capPeriod = rule.cap().map(c -> c.period()).orElse(null);
        this.capMax = rule.cap().map(c -> CompiledValue.of(c.max(), params)).orElse(null);
        this.capName = rule.cap().map(c -> c.group().map(g -> "group " + g).orElse("rule cap")).orElse("");
        this.onceSlot = onceSlot;
        this.oncePeriod = rule.oncePer().orElse(null);
        this.exclusiveGroup = exclusiveGroup;
        this.fromDay = Math.max(ruleSetFrom, rule.effective().map(e -> e.from().toEpochDay()).orElse(Long.MIN_VALUE));
        this.toDay = Math.min(ruleSetTo, rule.effective().flatMap(e -> e.to()).map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE));
    }

    static boolean matches(Map<String, String> attributes, String[] keys, String[] values) {
        for (int i = 0; i < keys.length; i++) {
            if (!values[i].equals(attributes.get(keys[i]))) {
                return false;
            }
        }
        return true;
    }

    boolean inEffect(long day) {
        return day >= fromDay && day < toDay;
    }

    /** @return the requested points before multipliers, positive */
    @SuppressWarnings("NullAway") // amount or the tiers, as amountKind says
    long baseAmount(long quantity, long day) {
        switch (amountKind) {
            case FIXED:
                return amount.at(day);
            case PER_UNIT:
                return Points.multiply(amount.at(day), quantity);
            default:
                for (int i = 0; i < tierUpTo.length; i++) {
                    if (quantity <= tierUpTo[i]) {
                        return tierPoints[i].at(day);
                    }
                }
                return 0;
        }
    }

    @SuppressWarnings("NullAway") // called for TIERED rules only
    int tierIndex(long quantity) {
        for (int i = 0; i < tierUpTo.length; i++) {
            if (quantity <= tierUpTo[i]) {
                return i;
            }
        }
        return -1;
    }
}
