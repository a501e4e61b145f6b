package org.jiceng.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.model.Checks;

/**
 * A named rule-set parameter whose value changes over time, e.g. "points per meeting" or "monthly
 * volunteer cap". Every value is dated and the parameter cites the policy that sets it; values the
 * source documents do not give carry an {@link #assumption()} note so readers know to check them.
 *
 * @param name unique name within the rule set
 * @param description what it means
 * @param policyRef the policy document, article or seed the value comes from
 * @param assumption present when the value is an assumption of this SDK, not a published figure
 * @param values the dated values, sorted by date, at least one, no two on the same day
 * @param overrides true when this parameter deliberately replaces the parent rule set's one
 */
public record Parameter(String name, String description, String policyRef, Optional<String> assumption,
        List<DatedValue> values, boolean overrides) {

    /**
     * Validates and sorts the values.
     *
     * @param name unique name within the rule set
     * @param description what it means
     * @param policyRef the policy document, article or seed the value comes from
     * @param assumption present when the value is an assumption of this SDK, not a published figure
     * @param values the dated values, sorted by date, at least one, no two on the same day
     * @param overrides true when this parameter deliberately replaces the parent rule set's one
     */
    public Parameter {
        Objects.requireNonNull(name, "name");
        Checks.nonNull(description, "description");
        Checks.nonNull(policyRef, "policyRef");
        Checks.nonNull(assumption, "assumption");
        List<DatedValue> sorted = new ArrayList<>(Objects.requireNonNull(values, "values"));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("Parameter '" + name + "' needs at least one dated value");
        }
        sorted.sort(Comparator.comparing(DatedValue::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().equals(sorted.get(i - 1).from())) {
                throw new IllegalArgumentException("Parameter '" + name + "' has two values from "
                        + sorted.get(i).from());
            }
        }
        values = List.copyOf(sorted);
    }

    /**
     * @param name name
     * @param policyRef policy reference
     * @param from first day
     * @param hundredths value in hundredths
     * @return a parameter with one value and no assumption
     */
    public static Parameter of(String name, String policyRef, LocalDate from, long hundredths) {
        return new Parameter(name, "", policyRef, Optional.empty(), List.of(new DatedValue(from, hundredths)), false);
    }

    /**
     * @param day a day
     * @return the value in force on that day, if any
     */
    public Optional<DatedValue> valueAt(LocalDate day) {
        DatedValue found = null;
        for (DatedValue v : values) {
            if (v.from().isAfter(day)) {
                break;
            }
            found = v;
        }
        return Optional.ofNullable(found);
    }
}
