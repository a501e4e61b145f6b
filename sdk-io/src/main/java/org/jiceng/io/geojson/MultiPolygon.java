package org.jiceng.io.geojson;

import java.util.List;

/**
 * A GeoJSON MultiPolygon (RFC 7946 §3.1.7), e.g. a community with an exclave.
 *
 * @param polygons the parts, at least one
 */
public record MultiPolygon(List<Polygon> polygons) implements Boundary {

    /**
     * Validates and copies.
     *
     * @param polygons the parts, at least one
     * @throws NullPointerException if {@code polygons} or a polygon is null
     * @throws IllegalArgumentException if there is no polygon
     */
    public MultiPolygon {
        polygons = List.copyOf(polygons);
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("A MultiPolygon boundary needs at least one polygon");
        }
    }

    @Override
    public MultiPolygon normalized() {
        return new MultiPolygon(polygons.stream().map(Polygon::normalized).toList());
    }

    @Override
    public String geoJsonType() {
        return "MultiPolygon";
    }

    @Override
    public int positionCount() {
        return polygons.stream().mapToInt(Polygon::positionCount).sum();
    }
}
