package org.jiceng.grid.coverage;

import java.util.Objects;

/**
 * Settings for {@link CoverageValidator}.
 *
 * @param minAreaSquareMetres regions smaller than this are ignored as numerical slivers (default
 *     {@value #DEFAULT_MIN_AREA} m²); 0 reports every region of positive area
 * @param gapDomain where to look for gaps when no parent boundary is given
 */
public record CoverageOptions(double minAreaSquareMetres, GapDomain gapDomain) {

    /** Default sliver threshold in square metres. */
    public static final double DEFAULT_MIN_AREA = 0.01;

    /**
     * Validates the components.
     *
     * @param minAreaSquareMetres regions smaller than this are ignored as numerical slivers (default
     *         {@value #DEFAULT_MIN_AREA} m²); 0 reports every region of positive area
     * @param gapDomain where to look for gaps when no parent boundary is given
     * @throws NullPointerException if {@code gapDomain} is null
     * @throws IllegalArgumentException if {@code minAreaSquareMetres} is negative or not finite
     */
    public CoverageOptions {
        if (!(minAreaSquareMetres >= 0) || Double.isInfinite(minAreaSquareMetres)) {
            throw new IllegalArgumentException("minAreaSquareMetres must be finite and >= 0, was " + minAreaSquareMetres);
        }
        Objects.requireNonNull(gapDomain, "gapDomain");
    }

    /** @return 0.01 m² sliver threshold, gaps looked for in holes of the union */
    public static CoverageOptions defaults() {
        return new CoverageOptions(DEFAULT_MIN_AREA, GapDomain.ENCLOSED);
    }

    /**
     * @param squareMetres the new sliver threshold
     * @return a copy with that threshold
     */
    public CoverageOptions withMinArea(double squareMetres) {
        return new CoverageOptions(squareMetres, gapDomain);
    }

    /**
     * @param domain the new gap domain
     * @return a copy with that gap domain
     */
    public CoverageOptions withGapDomain(GapDomain domain) {
        return new CoverageOptions(minAreaSquareMetres, domain);
    }
}
