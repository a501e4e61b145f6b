package org.jiceng.io.geojson;

import org.jiceng.io.geojson.internal.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** JTS shapes for GeoJSON tests. */
final class Shapes {

    static final GeometryFactory JTS = new GeometryFactory();

    private Shapes() {
    }

    static LinearRing square(double x, double y, double size, boolean ccw) {
        Coordinate[] cs = {new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size),
            new Coordinate(x, y + size), new Coordinate(x, y)};
        LinearRing ring = JTS.createLinearRing(cs);
        return ccw ? ring : ring.reverse();
    }

    static Polygon polygon(LinearRing shell, LinearRing... holes) {
        return JTS.createPolygon(shell, holes);
    }

    static MultiPolygon multi(Polygon... parts) {
        return JTS.createMultiPolygon(parts);
    }

    static Point point(double lon, double lat) {
        return JTS.createPoint(new Coordinate(lon, lat));
    }

    static Geometry normalized(Geometry g) {
        return Geometries.rfc7946(g);
    }
}
