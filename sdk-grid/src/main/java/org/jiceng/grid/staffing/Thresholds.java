package org.jiceng.grid.staffing;

/**
 * Lower bounds of the medium, large and extra-large classes for one measure: a value below
 * {@code medium} is small, at or above {@code extraLarge} extra-large.
 *
 * @param medium lower bound of {@link SizeClass#MEDIUM}
 * @param large lower bound of {@link SizeClass#LARGE}
 * @param extraLarge lower bound of {@link SizeClass#EXTRA_LARGE}
 */
public record Thresholds(double medium, double large, double extraLarge) {

    /**
     * Requires {@code 0 < medium < large < extraLarge}, all finite.
     *
     * @param medium lower bound of {@link SizeClass#MEDIUM}
     * @param large lower bound of {@link SizeClass#LARGE}
     * @param extraLarge lower bound of {@link SizeClass#EXTRA_LARGE}
     * @throws IllegalArgumentException unless {@code 0 < medium < large < extraLarge} and {@code extraLarge} is finite
     */
    public Thresholds {
        if (!(medium > 0 && medium < large && large < extraLarge) || Double.isInfinite(extraLarge)) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 < medium < large < extraLarge, were "
                    + medium + ", " + large + ", " + extraLarge);
        }
    }

    /**
     * @param value a measured value, {@code >= 0}
     * @return its class on this measure
     */
    public SizeClass classify(double value) {
        if (value >= extraLarge) {
            return SizeClass.EXTRA_LARGE;
        }
        if (value >= large) {
            return SizeClass.LARGE;
        }
        return value >= medium ? SizeClass.MEDIUM : SizeClass.SMALL;
    }
}
