package org.jiceng.grid.geo;

/**
 * A longitude/latitude pair in decimal degrees. Which datum it is in (WGS-84/CGCS2000, GCJ-02 or
 * BD-09) is given by the method that produced or consumes it; the SDK stores WGS-84/CGCS2000.
 *
 * @param lon longitude in degrees, within [-180, 180]
 * @param lat latitude in degrees, within [-90, 90]
 */
public record LonLat(double lon, double lat) {

    /**
     * Rejects non-finite or out-of-range values.
     *
     * @param lon longitude in degrees, within [-180, 180]
     * @param lat latitude in degrees, within [-90, 90]
     * @throws IllegalArgumentException if longitude is outside [-180, 180] or latitude outside [-90, 90], or either
     *         is not finite
     */
    public LonLat {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("Longitude must be a finite number in [-180, 180], was " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("Latitude must be a finite number in [-90, 90], was " + lat);
        }
    }
}
