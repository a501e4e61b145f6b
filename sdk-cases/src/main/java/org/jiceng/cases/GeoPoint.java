package org.jiceng.cases;

/**
 * A WGS-84 / CGCS2000 point where a case was reported.
 *
 * @param lon longitude in degrees, -180..180
 * @param lat latitude in degrees, -90..90
 */
public record GeoPoint(double lon, double lat) {

    /**
     * Validates the ranges.
     *
     * @param lon longitude in degrees, -180..180
     * @param lat latitude in degrees, -90..90
     */
    public GeoPoint {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("GeoPoint longitude must be a finite number in [-180, 180], was " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("GeoPoint latitude must be a finite number in [-90, 90], was " + lat);
        }
    }
}
