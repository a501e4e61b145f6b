package org.jiceng.core.geo;

/**
 * A longitude/latitude pair in decimal degrees, longitude first (the order of GeoJSON and of JTS
 * {@code x, y}): the SDK's one value type for a position, used by case locations, the China datum
 * conversions and the GeoJSON format alike.
 *
 * <p>Which datum a value is in (WGS-84/CGCS2000, GCJ-02 or BD-09) is given by the method that produced
 * or consumes it; the SDK stores WGS-84/CGCS2000. {@code -0.0} is stored as {@code 0.0} (the same
 * place), so that equal positions are {@code equals} and round trips through text are exact.
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
     * @throws IllegalArgumentException if longitude is outside [-180, 180] or latitude outside [-90, 90], or
     *         either is not finite
     */
    public LonLat {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("Longitude must be a finite number in [-180, 180], was " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("Latitude must be a finite number in [-90, 90], was " + lat);
        }
        lon = lon == 0.0 ? 0.0 : lon;
        lat = lat == 0.0 ? 0.0 : lat;
    }

    /**
     * @param lon longitude in degrees
     * @param lat latitude in degrees
     * @return the position
     * @throws IllegalArgumentException as the constructor
     */
    public static LonLat of(double lon, double lat) {
        return new LonLat(lon, lat);
    }
}
