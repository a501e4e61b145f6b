package org.jiceng.grid.coverage;

import org.jiceng.grid.geo.GaussKruger;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Area in square metres on the CGCS2000 ellipsoid of a polygonal region whose edges are straight in
 * lon/lat (as GeoJSON edges and JTS overlays in degrees are). The region is integrated exactly edge by
 * edge ({@code A = -∮ F(φ) dλ}, F the authalic zone-area function), so two regions sharing an edge, or
 * a sliver between two copies of one long straight edge, are measured consistently: a sliver that is
 * negligible in lon/lat stays negligible in square metres. Projecting the vertices instead (without
 * densifying) replaces each long lon/lat-straight edge by a chord that can lie 100 m off it over 50 km,
 * and turned a 0.004 m² sliver into a 6.5 km² phantom gap.
 */
final class EllipsoidArea {

    private static final double A = GaussKruger.CGCS2000_A;
    private static final double E2 = GaussKruger.CGCS2000_F * (2 - GaussKruger.CGCS2000_F);
    private static final double E = Math.sqrt(E2);
    /** 5-point Gauss-Legendre nodes and weights on [0, 1]. */
    private static final double[] NODES = {0.5 - 0.4530899229693320, 0.5 - 0.2692346550528415, 0.5,
        0.5 + 0.2692346550528415, 0.5 + 0.4530899229693320};
    private static final double[] WEIGHTS = {0.1184634425280945, 0.2393143352496832, 0.2844444444444444,
        0.2393143352496832, 0.1184634425280945};

    private EllipsoidArea() {
    }

    /**
     * @param wgs84 a polygonal geometry in lon/lat degrees (other geometries measure 0)
     * @return its area in square metres
     */
    static double squareMetres(Geometry wgs84) {
        double total = 0;
        for (int i = 0; i < wgs84.getNumGeometries(); i++) {
            if (wgs84.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                double reference = Math.toRadians(p.getEnvelopeInternal().getMinY());
                double area = ring(p.getExteriorRing(), reference);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    area -= ring(p.getInteriorRingN(h), reference);
                }
                total += Math.max(0, area);
            }
        }
        return total;
    }

    /** The ring's enclosed area, from zone areas measured from a reference latitude (closed rings: any works). */
    private static double ring(LineString ring, double reference) {
        double offset = zone(reference);
        double sum = 0;
        Coordinate[] c = ring.getCoordinates();
        for (int j = 0; j + 1 < c.length; j++) {
            double dLambda = Math.toRadians(c[j + 1].x - c[j].x);
            if (dLambda == 0) {
                continue;
            }
            double phi1 = Math.toRadians(c[j].y);
            double dPhi = Math.toRadians(c[j + 1].y) - phi1;
            double mean = 0;
            for (int q = 0; q < NODES.length; q++) {
                mean += WEIGHTS[q] * (zone(phi1 + dPhi * NODES[q]) - offset);
            }
            sum -= mean * dLambda;
        }
        return Math.abs(sum);
    }

    /** Area between the equator and latitude phi per radian of longitude, on the ellipsoid. */
    private static double zone(double phi) {
        double s = Math.sin(phi);
        double es = E * s;
        return A * A * (1 - E2) * (s / (2 * (1 - es * es)) + Math.log((1 + es) / (1 - es)) / (4 * E));
    }
}
