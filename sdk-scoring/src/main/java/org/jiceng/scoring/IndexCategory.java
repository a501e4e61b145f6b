package org.jiceng.scoring;

import java.util.List;
import java.util.Objects;
import org.jiceng.core.model.Checks;

/**
 * One category of a {@link CompositeIndex}, e.g. 组织建设.
 *
 * @param id stable id
 * @param label displayed name
 * @param weight share of the index, in hundredths of a percent
 * @param indicators the indicators; their weights sum to 100%
 */
public record IndexCategory(String id, String label, long weight, List<IndexIndicator> indicators) {

    /**
     * Validates.
     *
     * @param id stable id
     * @param label displayed name
     * @param weight share of the index, in hundredths of a percent
     * @param indicators the indicators; their weights sum to 100%
     */
    public IndexCategory {
        Objects.requireNonNull(id, "id");
        Checks.nonNull(label, "label");
        if (weight <= 0) {
            throw new IllegalArgumentException("Category '" + id + "' weight must be positive, was " + Points.format(weight));
        }
        indicators = Checks.list(indicators, "indicators");
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("Category '" + id + "' needs at least one indicator");
        }
        long sum = indicators.stream().mapToLong(IndexIndicator::weight).sum();
        if (sum != 100 * Points.SCALE) {
            throw new IllegalArgumentException("Indicator weights of category '" + id + "' must sum to 100, but sum to "
                    + Points.format(sum));
        }
    }
}
