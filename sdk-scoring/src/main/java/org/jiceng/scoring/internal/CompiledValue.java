package org.jiceng.scoring.internal;

import java.time.LocalDate;
import org.jiceng.scoring.DatedValue;
import org.jiceng.scoring.Parameter;
import org.jiceng.scoring.ParameterUse;
import org.jiceng.scoring.ValueRef;

/**
 * A {@link ValueRef} resolved against the rule set: a literal, or a parameter's dated values as
 * primitive arrays so that looking up the value of a day allocates nothing.
 */
final class CompiledValue {

    private final long literal;
    private final long[] fromDays;
    private final long[] values;
    private final ParameterUse[] uses;

    private CompiledValue(long literal, long[] fromDays, long[] values, ParameterUse[] uses) {
        this.literal = literal;
        this.fromDays = fromDays;
        this.values = values;
        this.uses = uses;
    }

    static CompiledValue of(ValueRef ref, java.util.Map<String, Parameter> parameters) {
        if (ref instanceof ValueRef.Literal l) {
            return new CompiledValue(l.hundredths(), null, null, null);
        }
        Parameter p = parameters.get(((ValueRef.Param) ref).name());
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

    long at(long epochDay) {
        return fromDays == null ? literal : values[segment(epochDay)];
    }

    /** @return the parameter use behind the value of that day, or null for a literal */
    ParameterUse useAt(long epochDay) {
        return fromDays == null ? null : uses[segment(epochDay)];
    }
}
