package org.jiceng.io.geojson;

/**
 * A GeoJSON position (RFC 7946 §3.1.1) in WGS-84 / CGCS2000 degrees, longitude first.
 *
 * <p>An altitude, which GeoJSON allows as a third element, is not kept: grid and area boundaries are
 * planar.
 *
 * @param lon longitude in degrees, -180 to 180
 * @param lat latitude in degrees, -90 to 90
 */
public record Position(double lon, double lat) {

    /**
     * Validates that both coordinates are finite and in range.
     *
     * @param lon longitude in degrees, -180 to 180
     * @param lat latitude in degrees, -90 to 90
     * @throws IllegalArgumentException if longitude is outside [-180, 180] or latitude outside [-90, 90], or either
     *         is not finite
     */
    public Position {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("Longitude must be a finite number in [-180, 180], was " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("Latitude must be a finite number in [-90, 90], was " + lat);
        }
        // -0.0 and 0.0 are the same place; normalising keeps equals() and round trips exact.
        lon = lon == 0.0 ? 0.0 : lon;
        lat = lat == 0.0 ? 0.0 : lat;
    }

    /**
     * @param lon longitude in degrees
     * @param lat latitude in degrees
     * @return the position
     */
    public static Position of(double lon, double lat) {
        return new Position(lon, lat);
    }
}
