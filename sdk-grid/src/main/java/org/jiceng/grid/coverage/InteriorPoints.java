package org.jiceng.grid.coverage;

import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.polygon.PolygonTriangulator;

/**
 * A point strictly inside a polygon (not on its boundary), where to send someone to look at a defect.
 * JTS's {@code InteriorPointArea} first (the middle of the widest horizontal chord); for slivers where
 * rounding puts that on the boundary, the centroid of the largest triangle of the polygon's
 * triangulation, then the centre of the largest inscribed circle.
 */
final class InteriorPoints {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private InteriorPoints() {
    }

    /**
     * @param region a non-empty polygon
     * @return a point in its interior when one can be represented, else the best found
     */
    static Coordinate strictlyInside(Polygon region) {
        Coordinate scan = region.getInteriorPoint().getCoordinate();
        if (scan != null && region.contains(FACTORY.createPoint(scan))) {
            return scan;
        }
        Geometry triangles = PolygonTriangulator.triangulate(region);
        Coordinate best = null;
        double bestArea = 0;
        for (int t = 0; t < triangles.getNumGeometries(); t++) {
            Geometry triangle = triangles.getGeometryN(t);
            Coordinate centroid = triangle.getCentroid().getCoordinate();
            if (triangle.getArea() > bestArea && centroid != null && region.contains(FACTORY.createPoint(centroid))) {
                best = centroid;
                bestArea = triangle.getArea();
            }
        }
        if (best != null) {
            return best;
        }
        double tolerance = Math.max(region.getEnvelopeInternal().getDiameter() * 1e-9, Double.MIN_NORMAL);
        Coordinate centre = MaximumInscribedCircle.getCenter(region, tolerance).getCoordinate();
        return centre != null ? centre : scan;
    }
}
