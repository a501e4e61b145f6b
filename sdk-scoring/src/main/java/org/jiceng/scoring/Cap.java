package org.jiceng.scoring;

import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.model.Checks;

/**
 * A ceiling on the points one subject can get from a rule (or from every rule sharing the cap's
 * {@link #group()}) within one calendar period. Deductions are capped on their absolute size.
 *
 * @param max the most points per subject per period
 * @param period the period
 * @param group rules naming the same group share one counter; empty means the rule's own counter
 */
public record Cap(ValueRef max, PeriodUnit period, Optional<String> group) {

    /**
     * Checks the maximum, period and group are present.
     *
     * @param max the most points per subject per period
     * @param period the period
     * @param group rules naming the same group share one counter; empty means the rule's own counter
     */
    public Cap {
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(period, "period");
        Checks.nonNull(group, "group");
    }
}
