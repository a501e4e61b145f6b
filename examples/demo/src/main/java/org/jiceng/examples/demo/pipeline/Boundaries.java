package org.jiceng.examples.demo.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Turns partition geometry into GeoJSON boundaries: the polygons of an area; points and lines become a small square. */
public final class Boundaries {

    private static final GeometryFactory JTS = new GeometryFactory();

    private Boundaries() {
    }

    /**
     * @param g a JTS geometry in lon/lat
     * @return its polygons (a polygon, or a multi-polygon for several parts)
     * @throws IllegalArgumentException when the geometry has no area even after buffering
     */
    public static Geometry of(Geometry g) {
        Geometry area = g.getDimension() < 2 ? g.buffer(0.0004, 1) : g;
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < area.getNumGeometries(); i++) {
            if (area.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                polygons.add(p);
            }
        }
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("Geometry " + g.getGeometryType() + " has no area to write as a boundary");
        }
        return polygons.size() == 1 ? polygons.get(0) : JTS.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }
}
