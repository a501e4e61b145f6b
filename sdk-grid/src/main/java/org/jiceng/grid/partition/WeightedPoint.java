package org.jiceng.grid.partition;

import java.util.Objects;

/**
 * An indivisible item to partition, typically a building with its household count.
 *
 * @param id identifier of the item (for example the building's area id); non-blank
 * @param lon WGS-84/CGCS2000 longitude in degrees
 * @param lat WGS-84/CGCS2000 latitude in degrees
 * @param weight load of the item (households), {@code >= 0}
 */
public record WeightedPoint(String id, double lon, double lat, long weight) {

    /**
     * Validates the components.
     *
     * @param id identifier of the item (for example the building's area id); non-blank
     * @param lon WGS-84/CGCS2000 longitude in degrees
     * @param lat WGS-84/CGCS2000 latitude in degrees
     * @param weight load of the item (households), {@code >= 0}
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if the id is blank, longitude is outside [-180, 180], latitude outside (-90,
     *         90), or the weight is negative
     */
    public WeightedPoint {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("WeightedPoint id must not be blank");
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("WeightedPoint " + id + ": longitude must be in [-180, 180], was " + lon);
        }
        if (!Double.isFinite(lat) || lat <= -90 || lat >= 90) {
            throw new IllegalArgumentException("WeightedPoint " + id + ": latitude must be in (-90, 90), was " + lat);
        }
        if (weight < 0) {
            throw new IllegalArgumentException("WeightedPoint " + id + ": weight must be >= 0, was " + weight);
        }
    }
}
