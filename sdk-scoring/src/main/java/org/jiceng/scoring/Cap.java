package org.jiceng.scoring;

import java.util.Objects;
import java.util.Optional;

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
     * Checks the maximum and period are present; a null group is treated as empty (the rule's own counter).
     *
     * @param max the most points per subject per period
     * @param period the period
     * @param group rules naming the same group share one counter; empty means the rule's own counter
     */
    public Cap {
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(period, "period");
        group = group == null ? Optional.empty() : group;
    }
}
