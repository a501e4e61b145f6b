package org.jiceng.grid.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Lengths and areas in metres of geometries stored in WGS-84/CGCS2000 lon/lat degrees.
 *
 * <p>Each geometry is projected with a {@link GaussKruger} transverse Mercator whose central
 * meridian is the centre of the geometry's envelope. The projection is conformal with scale
 * k = 1 + x^2 / (2 R^2) at distance x from the central meridian, so for a geometry of east-west
 * extent D the relative length error is below (D/2)^2 / (2 R^2) and the area error below twice
 * that: under 1e-6 for D = 18 km (a subdistrict), 3e-5 for D = 100 km. Use it for communities,
 * grids, rivers and districts, not for continents.
 */
public final class Measures {

    private Measures() {
    }

    /**
     * @param wgs84 a geometry in lon/lat degrees
     * @return the local projection used to measure it
     */
    public static GaussKruger localProjection(Geometry wgs84) {
        Envelope env = wgs84.getEnvelopeInternal();
        if (env.isNull()) {
            return GaussKruger.withCentralMeridian(0);
        }
        return GaussKruger.withCentralMeridian((env.getMinX() + env.getMaxX()) / 2);
    }

    /**
     * @param wgs84 a geometry in lon/lat degrees
     * @return its length (lines) or perimeter (polygons) in metres
     */
    public static double lengthMetres(Geometry wgs84) {
        return localProjection(wgs84).project(wgs84).getLength();
    }

    /**
     * @param wgs84 a geometry in lon/lat degrees
     * @return its area in square metres (0 for points and lines)
     */
    public static double areaSquareMetres(Geometry wgs84) {
        return localProjection(wgs84).project(wgs84).getArea();
    }

    /**
     * Polsby-Popper compactness 4 pi A / P^2 of a geometry, measured in metres: 1 for a disc,
     * about 0.785 for a square, towards 0 for long thin shapes; 0 for a geometry without area.
     *
     * @param wgs84 a geometry in lon/lat degrees
     * @return the compactness in [0, 1]
     */
    public static double polsbyPopper(Geometry wgs84) {
        Geometry projected = localProjection(wgs84).project(wgs84);
        double perimeter = projected.getLength();
        return perimeter > 0 ? 4 * Math.PI * projected.getArea() / (perimeter * perimeter) : 0.0;
    }
}
