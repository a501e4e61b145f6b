package org.jiceng.scoring.staffing;

/**
 * The measures a community is classified by.
 *
 * @param areaSquareKm area in square kilometres (e.g. from sdk-grid's
 *     {@code org.jiceng.grid.geo.Measures#areaSquareMetres} / 1e6), {@code >= 0}
 * @param population resident population, {@code >= 0}
 * @param serviceLoad yearly service demand (cases, requests and whistles handled), {@code >= 0}
 */
public record CommunityProfile(double areaSquareKm, long population, long serviceLoad) {

    /**
     * Validates the ranges.
     *
     * @param areaSquareKm area in square kilometres (e.g. from sdk-grid's
     *         {@code org.jiceng.grid.geo.Measures#areaSquareMetres} / 1e6), {@code >= 0}
     * @param population resident population, {@code >= 0}
     * @param serviceLoad yearly service demand (cases, requests and whistles handled), {@code >= 0}
     * @throws IllegalArgumentException if a measure is negative or not finite
     */
    public CommunityProfile {
        if (!(areaSquareKm >= 0) || Double.isInfinite(areaSquareKm) || population < 0 || serviceLoad < 0) {
            throw new IllegalArgumentException("Community measures must be finite and >= 0, were area "
                    + areaSquareKm + " km2, population " + population + ", service load " + serviceLoad);
        }
    }

    /** @return the area in whole square metres (rounded half up), the unit the area banding grades */
    public long areaSquareMetres() {
        return Math.round(areaSquareKm * 1_000_000);
    }
}
