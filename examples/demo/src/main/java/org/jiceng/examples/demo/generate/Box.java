package org.jiceng.examples.demo.generate;

/**
 * An axis-aligned lon/lat rectangle: the generated boundary of a community or compound.
 *
 * @param minLon west edge
 * @param minLat south edge
 * @param maxLon east edge
 * @param maxLat north edge
 */
public record Box(double minLon, double minLat, double maxLon, double maxLat) {

    /** Validates that the box is not inverted. */
    public Box {
        if (!(minLon < maxLon && minLat < maxLat)) {
            throw new IllegalArgumentException("Inverted box " + minLon + "," + minLat + " " + maxLon + "," + maxLat);
        }
    }

    /**
     * @param lon longitude
     * @param lat latitude
     * @return true when the point is inside or on the edge
     */
    public boolean contains(double lon, double lat) {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }

    /** @return the width in degrees of longitude */
    public double width() {
        return maxLon - minLon;
    }

    /** @return the height in degrees of latitude */
    public double height() {
        return maxLat - minLat;
    }
}
