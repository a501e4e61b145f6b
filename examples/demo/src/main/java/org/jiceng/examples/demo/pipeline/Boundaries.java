package org.jiceng.examples.demo.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.io.geojson.Boundary;
import org.jiceng.io.geojson.LinearRing;
import org.jiceng.io.geojson.MultiPolygon;
import org.jiceng.io.geojson.Polygon;
import org.jiceng.io.geojson.Position;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Converts JTS geometries to the SDK's GeoJSON boundaries; points and lines become a small square. */
public final class Boundaries {

    private Boundaries() {
    }

    /**
     * @param g a JTS geometry in lon/lat
     * @return its polygons as a GeoJSON boundary (a polygon, or a multi-polygon for several parts)
     * @throws IllegalArgumentException when the geometry has no area even after buffering
     */
    public static Boundary of(Geometry g) {
        Geometry area = g.getDimension() < 2 ? g.buffer(0.0004, 1) : g;
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < area.getNumGeometries(); i++) {
            if (area.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon p && !p.isEmpty()) {
                List<LinearRing> holes = new ArrayList<>();
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    holes.add(ring(p.getInteriorRingN(h).getCoordinates()));
                }
                polygons.add(new Polygon(ring(p.getExteriorRing().getCoordinates()), holes).normalized());
            }
        }
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("Geometry " + g.getGeometryType() + " has no area to write as a boundary");
        }
        return polygons.size() == 1 ? polygons.get(0) : new MultiPolygon(polygons).normalized();
    }

    private static LinearRing ring(Coordinate[] cs) {
        List<Position> positions = new ArrayList<>(cs.length);
        for (Coordinate c : cs) {
            positions.add(Position.of(c.x, c.y));
        }
        return new LinearRing(positions);
    }
}
