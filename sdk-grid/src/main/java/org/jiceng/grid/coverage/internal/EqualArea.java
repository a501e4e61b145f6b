package org.jiceng.grid.coverage.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Areas of lon/lat polygons in square metres, via the Lambert cylindrical equal-area projection of a
 * sphere with the mean Earth radius (x = R·λ, y = R·sin φ). Area is preserved by that projection,
 * so the planar shoelace area of the projected ring is the spherical area (up to the difference
 * between a straight lon/lat edge and its projected image, negligible at grid scale); the sphere
 * differs from the CGCS2000 ellipsoid by well under 1% in area at Chinese latitudes. Not API.
 */
public final class EqualArea {

    /** Mean Earth radius (IUGG) in metres. */
    static final double RADIUS = 6_371_008.8;

    private EqualArea() {
    }

    /**
     * @param geometry a geometry in lon/lat degrees; only its polygons count
     * @return the area in square metres
     */
    public static double squareMetres(Geometry geometry) {
        if (geometry instanceof Polygon p) {
            double area = Math.abs(ringArea(p.getExteriorRing()));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                area -= Math.abs(ringArea(p.getInteriorRingN(h)));
            }
            return Math.max(0, area);
        }
        if (geometry instanceof GeometryCollection) {
            double total = 0;
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                total += squareMetres(geometry.getGeometryN(i));
            }
            return total;
        }
        return 0;
    }

    /** Shoelace on projected coordinates taken relative to the first vertex, to keep precision. */
    private static double ringArea(LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        if (cs.length < 4) {
            return 0;
        }
        double x0 = Math.toRadians(cs[0].x) * RADIUS;
        double y0 = Math.sin(Math.toRadians(cs[0].y)) * RADIUS;
        double sum = 0;
        double px = 0;
        double py = 0;
        for (int i = 1; i < cs.length; i++) {
            double x = Math.toRadians(cs[i].x) * RADIUS - x0;
            double y = Math.sin(Math.toRadians(cs[i].y)) * RADIUS - y0;
            sum += px * y - x * py;
            px = x;
            py = y;
        }
        return sum / 2;
    }
}
