package org.jiceng.scoring;

import java.util.Objects;
import org.jiceng.core.model.Checks;

/**
 * One indicator of a {@link CompositeIndex} category.
 *
 * @param id stable id, matched against the {@code indicator} attribute of indicator events
 * @param label displayed name
 * @param weight share within its category, in hundredths of a percent ({@code 2500} is 25%)
 */
public record IndexIndicator(String id, String label, long weight) {

    /**
     * Checks the components.
     *
     * @param id stable id, matched against the {@code indicator} attribute of indicator events
     * @param label displayed name
     * @param weight share within its category, in hundredths of a percent ({@code 2500} is 25%)
     * @throws IllegalArgumentException when the weight is not positive
     */
    public IndexIndicator {
        Objects.requireNonNull(id, "id");
        Checks.nonNull(label, "label");
        if (weight <= 0) {
            throw new IllegalArgumentException("Indicator '" + id + "' weight must be positive, was " + Points.format(weight));
        }
    }
}
