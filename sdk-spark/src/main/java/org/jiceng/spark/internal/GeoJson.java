package org.jiceng.spark.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** GeoJSON geometry text for polygons and multipolygons (coordinates as Java prints doubles: exact). */
public final class GeoJson {

    private GeoJson() {
    }

    /**
     * @param g a Polygon or MultiPolygon
     * @return its GeoJSON geometry object
     * @throws IllegalArgumentException for other geometry types
     */
    public static String write(Geometry g) {
        StringBuilder out = new StringBuilder();
        if (g instanceof Polygon p) {
            out.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(p, out);
        } else if (g instanceof MultiPolygon m) {
            out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < m.getNumGeometries(); i++) {
                out.append(i == 0 ? "" : ",");
                polygon((Polygon) m.getGeometryN(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("GeoJSON is written for polygons only, not " + g.getGeometryType());
        }
        return out.append('}').toString();
    }

    private static void polygon(Polygon p, StringBuilder out) {
        out.append('[');
        ring(p.getExteriorRing(), out);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            out.append(',');
            ring(p.getInteriorRingN(i), out);
        }
        out.append(']');
    }

    private static void ring(LineString ring, StringBuilder out) {
        out.append('[');
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            out.append(i == 0 ? "[" : ",[").append(cs[i].x).append(',').append(cs[i].y).append(']');
        }
        out.append(']');
    }
}
