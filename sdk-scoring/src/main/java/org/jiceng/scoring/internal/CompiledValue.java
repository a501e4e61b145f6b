package org.jiceng.scoring.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.jiceng.scoring.DatedValue;
import org.jiceng.scoring.Parameter;
import org.jiceng.scoring.ParameterUse;
import org.jiceng.scoring.ValueRef;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ValueRef} resolved against the rule set: a literal, or a parameter's dated values as
 * primitive arrays so that looking up the value of a day allocates nothing.
 */
final class CompiledValue {

    private final long literal;
    /**
     * The first day of the last dated value (of the literal: the first day there is) and that value:
     * most days fall in the last segment, which {@link #at} then answers without a search.
     */
    private final long lastFrom;
    private final long lastValue;
    private final long @Nullable [] fromDays;
    private final long @Nullable [] values;
    private final ParameterUse @Nullable [] uses;

    private CompiledValue(long literal, long @Nullable [] fromDays, long @Nullable [] values,
            ParameterUse @Nullable [] uses) {
        this.literal = literal;
        if (fromDays != null && values != null) {
            this.lastFrom = fromDays[fromDays.length - 1];
            this.lastValue = values[values.length - 1];
        } else {
            this.lastFrom = Long.MIN_VALUE;
            this.lastValue = literal;
        }
        this.fromDays = fromDays;
        this.values = values;
        this.uses = uses;
    }

    static CompiledValue of(ValueRef ref, java.util.Map<String, Parameter> parameters) {
        if (ref instanceof ValueRef.Literal l) {
            return new CompiledValue(l.hundredths(), null, null, null);
        }
        // The reader refuses a rule set that uses an undeclared parameter.
        Parameter p = Objects.requireNonNull(parameters.get(((ValueRef.Param) ref).name()));
        int n = p.values().size();
        long[] from = new long[n];
        long[] vals = new long[n];
        ParameterUse[] uses = new ParameterUse[n];
        for (int i = 0; i < n; i++) {
            DatedValue v = p.values().get(i);
            from[i] = v.from().toEpochDay();
            vals[i] = v.value();
            uses[i] = new ParameterUse(p.name(), v.value(), v.from(), p.policyRef(), p.assumption().isPresent());
        }
        return new CompiledValue(0, from, vals, uses);
    }

    boolean isParameter() {
        return fromDays != null;
    }

    @SuppressWarnings("NullAway") // a parameter's value: fromDays, values and uses are set together
    private int segment(long epochDay) {
        for (int i = fromDays.length - 1; i > 0; i--) {
            if (fromDays[i] <= epochDay) {
                return i;
            }
        }
        if (fromDays[0] > epochDay) {
            throw new IllegalStateException("Parameter '" + uses[0].name() + "' has no value on "
                    + LocalDate.ofEpochDay(epochDay) + "; its first value is from " + uses[0].effectiveFrom());
        }
        return 0;
    }

    @SuppressWarnings("NullAway") // values is set when fromDays is; a literal's lastFrom is the first day
    long at(long epochDay) {
        return epochDay >= lastFrom ? lastValue : values[segment(epochDay)];
    }

    /** @return the parameter use behind the value of that day, or null for a literal */
    @SuppressWarnings("NullAway") // uses is set when fromDays is
    @Nullable ParameterUse useAt(long epochDay) {
        return fromDays == null ? null : uses[segment(epochDay)];
    }
}
