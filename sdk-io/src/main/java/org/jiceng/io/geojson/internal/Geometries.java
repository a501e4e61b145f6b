package org.jiceng.io.geojson.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** JTS helpers of the GeoJSON format: the factory, RFC 7946 ring orientation, exact hashes. Not API. */
public final class Geometries {

    /** Floating precision, no SRID: coordinates are WGS-84 lon/lat degrees as read. */
    public static final GeometryFactory FACTORY = new GeometryFactory();

    private Geometries() {
    }

    /**
     * @param g a geometry
     * @return true for the types GeoJSON boundaries carry: Point, Polygon, MultiPolygon (non-empty)
     */
    public static boolean isBoundaryType(Geometry g) {
        return !g.isEmpty() && (g instanceof Point || g instanceof Polygon || g instanceof MultiPolygon);
    }

    /**
     * @param g a geometry of dimension 2, possibly a collection (as {@code GeometryFixer} may return)
     * @return its polygons: the polygon itself, or a MultiPolygon of all polygonal parts
     */
    public static Geometry polygonal(Geometry g) {
        if (g instanceof Polygon || g instanceof MultiPolygon) {
            return g;
        }
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) {
                parts.add(p);
            } else if (part instanceof MultiPolygon mp) {
                for (int j = 0; j < mp.getNumGeometries(); j++) {
                    parts.add((Polygon) mp.getGeometryN(j));
                }
            }
        }
        return parts.size() == 1 ? parts.get(0) : FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
    }

    /**
     * Applies the right-hand rule of RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise.
     * A ring of zero area is kept as it is.
     *
     * @param g a Point, Polygon or MultiPolygon
     * @return an equal geometry with RFC 7946 orientation (the same instance when nothing changes)
     */
    public static Geometry rfc7946(Geometry g) {
        if (g instanceof Polygon p) {
            return oriented(p);
        }
        if (g instanceof MultiPolygon mp) {
            Polygon[] parts = new Polygon[mp.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = oriented((Polygon) mp.getGeometryN(i));
            }
            return FACTORY.createMultiPolygon(parts);
        }
        return g;
    }

    private static Polygon oriented(Polygon p) {
        LinearRing shell = oriented(p.getExteriorRing(), true);
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = oriented(p.getInteriorRingN(i), false);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing oriented(LinearRing ring, boolean counterClockwise) {
        double area = signedArea2(ring.getCoordinates());
        return area == 0 || (area > 0) == counterClockwise ? ring : ring.reverse();
    }

    /**
     * Twice the signed area in the lon/lat plane (shoelace formula), positive for a counterclockwise
     * ring. The sum is exact (products of doubles summed as decimals, rounded once), so a ring and its
     * reverse always get opposite signs, even when nearly flat.
     *
     * @param ring closed ring coordinates
     * @return twice the signed planar area
     */
    public static double signedArea2(Coordinate[] ring) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < ring.length - 1; i++) {
            Coordinate a = ring[i];
            Coordinate b = ring[i + 1];
            sum = sum.add(new BigDecimal(a.x).multiply(new BigDecimal(b.y)))
                    .subtract(new BigDecimal(b.x).multiply(new BigDecimal(a.y)));
        }
        return sum.doubleValue();
    }

    /**
     * A hash of the type, structure and exact x/y values (unlike {@link Geometry#hashCode()}, which
     * hashes the envelope only).
     *
     * @param g a geometry
     * @return the hash
     */
    public static int exactHash(Geometry g) {
        int h = g.getGeometryType().hashCode();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                h = 31 * h + ringHash(p.getExteriorRing().getCoordinates());
                for (int r = 0; r < p.getNumInteriorRing(); r++) {
                    h = 31 * h + ringHash(p.getInteriorRingN(r).getCoordinates());
                }
            } else {
                h = 31 * h + ringHash(part.getCoordinates());
            }
        }
        return h;
    }

    private static int ringHash(Coordinate[] cs) {
        int h = cs.length;
        for (Coordinate c : cs) {
            h = 31 * h + Double.hashCode(c.x == 0.0 ? 0.0 : c.x);
            h = 31 * h + Double.hashCode(c.y == 0.0 ? 0.0 : c.y);
        }
        return h;
    }

    /**
     * @param c a coordinate
     * @return {@code [lon, lat]} with the shortest exact decimal of each value
     */
    public static String describe(Coordinate c) {
        return "[" + number(c.x) + ", " + number(c.y) + "]";
    }

    /**
     * @param d a number
     * @return its shortest round-tripping decimal, locale-independent
     */
    public static String number(double d) {
        return Double.toString(d);
    }
}
