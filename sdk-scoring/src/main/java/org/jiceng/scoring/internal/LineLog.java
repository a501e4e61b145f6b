package org.jiceng.scoring.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.ParameterUse;
import org.jiceng.scoring.Points;
import org.jiceng.scoring.ReasonCode;
import org.jiceng.scoring.ScoreLine;
import org.jspecify.annotations.Nullable;

/**
 * The explained lines of one worker's subjects, recorded as primitive columns while scoring (the
 * rule, the event, the reason and the figures of each decision) and turned into {@link ScoreLine}s
 * only when someone reads them ({@link ExplainedLines}). Why: building the detail text, the
 * parameter uses and the line objects for every decision cost three times the scoring itself, and
 * most callers read the lines of a few subjects only.
 *
 * <p>Written by one thread during a pass, read-only afterwards (the pass publishes it through the
 * result), so reads need no locking.
 */
final class LineLog {

    private static final ReasonCode[] REASONS = ReasonCode.values();

    private final CompiledRule[] rules;
    private final Event[] events;
    private int size;
    private int[] rule;
    private int[] event;
    private byte[] reason;
    private long[] requested;
    private long[] granted;
    private long[] quantity;
    private long[] capUsedBefore;

    /**
     * @param rules the compiled rules, by {@link CompiledRule#index}
     * @param events the events the recorded event indices refer to (not copied)
     * @param capacity expected number of lines
     */
    LineLog(CompiledRule[] rules, Event[] events, int capacity) {
        this.rules = rules;
        this.events = events;
        int c = Math.max(16, capacity);
        rule = new int[c];
        event = new int[c];
        reason = new byte[c];
        requested = new long[c];
        granted = new long[c];
        quantity = new long[c];
        capUsedBefore = new long[c];
    }

    /** @return the number of lines recorded */
    int size() {
        return size;
    }

    /**
     * Records one decision.
     *
     * @param ruleIndex the rule
     * @param eventIndex the event, as an index into the events given at construction
     * @param why the reason ({@link ReasonCode#EXPIRED} for points granted and expired since)
     * @param requestedPoints the points asked for, after multipliers, negative for deductions
     * @param grantedPoints the points granted (before expiry)
     * @param eventQuantity the event's quantity in hundredths (0 when its rules need none)
     * @param capUsed the cap's use before this decision (read for capped reasons only)
     */
    void add(int ruleIndex, int eventIndex, ReasonCode why, long requestedPoints, long grantedPoints, long eventQuantity,
            long capUsed) {
        int k = size;
        if (k == rule.length) {
            grow();
        }
        rule[k] = ruleIndex;
        event[k] = eventIndex;
        reason[k] = (byte) why.ordinal();
        requested[k] = requestedPoints;
        granted[k] = grantedPoints;
        quantity[k] = eventQuantity;
        capUsedBefore[k] = capUsed;
        size = k + 1;
    }

    private void grow() {
        int c = rule.length + (rule.length >> 1);
        rule = Arrays.copyOf(rule, c);
        event = Arrays.copyOf(event, c);
        reason = Arrays.copyOf(reason, c);
        requested = Arrays.copyOf(requested, c);
        granted = Arrays.copyOf(granted, c);
        quantity = Arrays.copyOf(quantity, c);
        capUsedBefore = Arrays.copyOf(capUsedBefore, c);
    }

    /**
     * @param k a recorded line
     * @return its explanation
     */
    // The tiers, cap and once period of r are set exactly when its amountKind, capSlot, onceSlot say so.
    @SuppressWarnings("NullAway")
    ScoreLine line(int k) {
        CompiledRule r = rules[rule[k]];
        Event e = events[event[k]];
        ReasonCode why = REASONS[reason[k]];
        long req = requested[k];
        long got = granted[k];
        long q = quantity[k];
        // The same day the scoring loop used (the facts are computed from the event's second alike).
        long day = ShanghaiCalendar.epochDay(e.time().getEpochSecond());
        ParameterUse[] uses = new ParameterUse[2 + r.multiplierFactors.length];
        int n = 0;
        CompiledValue amount = r.amountKind == CompiledRule.TIERED
                ? (r.tierIndex(q) >= 0 ? r.tierPoints[r.tierIndex(q)] : null) : r.amount;
        n = addUse(uses, n, amount, day);
        boolean multiplied = false;
        for (int m = 0; m < r.multiplierFactors.length; m++) {
            if (CompiledRule.matches(e.attributes(), r.multiplierKeys[m], r.multiplierValues[m])) {
                n = addUse(uses, n, r.multiplierFactors[m], day);
                multiplied = true;
            }
        }
        if (r.capMax != null) {
            n = addUse(uses, n, r.capMax, day);
        }
        StringBuilder detail = new StringBuilder(64).append(why.name()).append(": ");
        switch (why) {
            case CAPPED:
            case CAP_REACHED:
                detail.append("requested ");
                Points.appendTo(detail, Math.abs(req)).append(", cap ");
                Points.appendTo(detail, r.capMax.at(day)).append(" per ").append(r.capPeriod.name()).append(" (")
                        .append(r.capName).append("), ");
                Points.appendTo(detail, capUsedBefore[k]).append(" used, granted ");
                Points.appendTo(detail, Math.abs(got));
                break;
            case ALREADY_AWARDED:
                detail.append("once per ").append(r.oncePeriod.name()).append(", already awarded in this period");
                break;
            case EXPIRED:
                Points.appendTo(detail, got).append(" granted on ").append(LocalDate.ofEpochDay(day))
                        .append(" expired after ").append(r.rule.expiresAfter().map(Object::toString).orElse("?"));
                break;
            default:
                describeAmount(detail, r, q);
                if (multiplied) {
                    detail.append(" with multipliers");
                }
                Points.appendTo(detail.append(" = "), req);
        }
        List<ParameterUse> used = n == 0 ? List.of() : n == 1 ? List.of(uses[0])
                : n == 2 ? List.of(uses[0], uses[1]) : List.of(Arrays.copyOf(uses, n));
        return new ScoreLine(r.rule.id(), r.version, e.id(), e.type(), e.time(), req,
                why == ReasonCode.EXPIRED ? 0 : got, why, detail.toString(), used);
    }

    private static void describeAmount(StringBuilder out, CompiledRule r, long quantity) {
        switch (r.amountKind) {
            case CompiledRule.FIXED:
                out.append("fixed");
                break;
            case CompiledRule.PER_UNIT:
                Points.appendTo(out.append("per unit × "), quantity);
                break;
            default:
                Points.appendTo(out.append("tier ").append(r.tierIndex(quantity) + 1).append(" for quantity "), quantity);
        }
    }

    private static int addUse(ParameterUse[] uses, int n, @Nullable CompiledValue value, long day) {
        if (value != null && value.isParameter()) {
            uses[n++] = value.useAt(day);
        }
        return n;
    }
}
