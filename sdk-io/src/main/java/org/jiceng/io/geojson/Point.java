package org.jiceng.io.geojson;

import java.util.Objects;

/**
 * A GeoJSON Point (RFC 7946 §3.1.2): the location of a record without extent, typically a building
 * (楼栋) with its household count, which is what grid partitioning weighs.
 *
 * @param position the location
 */
public record Point(Position position) implements Boundary {

    /**
     * Validates the position.
     *
     * @param position the location
     * @throws NullPointerException if {@code position} is null
     */
    public Point {
        Objects.requireNonNull(position, "position");
    }

    /**
     * @param lon longitude in degrees
     * @param lat latitude in degrees
     * @return the point
     */
    public static Point of(double lon, double lat) {
        return new Point(Position.of(lon, lat));
    }

    /** @return this point: orientation does not apply */
    @Override
    public Point normalized() {
        return this;
    }

    @Override
    public String geoJsonType() {
        return "Point";
    }

    @Override
    public int positionCount() {
        return 1;
    }
}
