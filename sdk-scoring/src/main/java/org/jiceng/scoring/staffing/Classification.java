package org.jiceng.scoring.staffing;

import java.util.Map;

/**
 * The outcome of classifying one community.
 *
 * @param sizeClass the class
 * @param staffQuota the staff quota of that class
 * @param byMeasure the class each measure alone would give ("area", "population", "serviceLoad")
 * @param explanation a human-readable reason
 */
public record Classification(SizeClass sizeClass, int staffQuota, Map<String, SizeClass> byMeasure,
        String explanation) {

    /**
     * Copies the map.
     *
     * @param sizeClass the class
     * @param staffQuota the staff quota of that class
     * @param byMeasure the class each measure alone would give ("area", "population", "serviceLoad")
     * @param explanation a human-readable reason
     * @throws NullPointerException if {@code byMeasure} or a key or value in it is null
     */
    public Classification {
        byMeasure = Map.copyOf(byMeasure);
    }
}
