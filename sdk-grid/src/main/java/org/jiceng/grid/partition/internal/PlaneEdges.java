package org.jiceng.grid.partition.internal;

import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;

/**
 * Which Delaunay edges join two points in the plane of a boundary: those whose dual Voronoi edge (the
 * border the two points' cells share) has a part of positive length inside the boundary. Grid polygons
 * are merged Voronoi cells clipped to the boundary, so a grid is one polygon exactly when its members are
 * connected through such edges: two points on opposite shores of a concave bay, in separate parts of a
 * multi-part boundary, or near the boundary with cells that meet only outside it, are not neighbours.
 * Segments that meet no boundary segment are decided by an index lookup and one point location; the
 * exact relate runs only for segments that cross the boundary's rings. Not thread-safe (one per graph
 * construction).
 */
final class PlaneEdges {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** DE-9IM pattern: the interiors of the boundary and the segment intersect. */
    private static final String INTERIORS_INTERSECT = "T********";

    private final STRtree segments = new STRtree();
    private final RelateNG boundary;
    private final LineIntersector intersector = new RobustLineIntersector();
    private final IndexedPointInAreaLocator inside;
    private final Envelope extent;

    /** @param planarBoundary a valid polygonal boundary in the points' metres */
    PlaneEdges(Geometry planarBoundary) {
        this.boundary = RelateNG.prepare(planarBoundary);
        this.inside = new IndexedPointInAreaLocator(planarBoundary);
        this.extent = new Envelope(planarBoundary.getEnvelopeInternal());
        for (int i = 0; i < planarBoundary.getNumGeometries(); i++) {
            if (planarBoundary.getGeometryN(i) instanceof Polygon polygon) {
                for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                    Coordinate[] ring = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r))
                            .getCoordinates();
                    for (int j = 0; j + 1 < ring.length; j++) {
                        LineSegment s = new LineSegment(ring[j], ring[j + 1]);
                        segments.insert(new Envelope(s.p0, s.p1), s);
                    }
                }
            }
        }
        segments.build();
    }

    /**
     * @param a one end of the shared border (a circumcentre)
     * @param b its other end
     * @return whether the border has a part of positive length inside the boundary
     */
    boolean keepsBorder(Coordinate a, Coordinate b) {
        if (a.equals2D(b)) {
            return false;
        }
        for (Object o : segments.query(new Envelope(a, b))) {
            LineSegment s = (LineSegment) o;
            intersector.computeIntersection(a, b, s.p0, s.p1);
            if (intersector.hasIntersection()) {
                LineString border = FACTORY.createLineString(new Coordinate[] {a, b});
                return boundary.evaluate(border, INTERIORS_INTERSECT);
            }
        }
        return inside.locate(new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2)) == Location.INTERIOR;
    }

    /**
     * A length that takes a ray from any point of the boundary's and the sites' envelope beyond both: the
     * cells of two neighbouring sites on the hull share a ray, which is followed this far.
     *
     * @param x x per site
     * @param y y per site
     * @return twice the perimeter of that envelope
     */
    double reach(double[] x, double[] y) {
        Envelope all = new Envelope(extent);
        for (int i = 0; i < x.length; i++) {
            all.expandToInclude(x[i], y[i]);
        }
        return 4 * (all.getWidth() + all.getHeight()) + 1;
    }

    /**
     * For edges whose shared border cannot be computed (collinear points): whether the straight edge stays
     * on one side of the boundary (covered by it, or not entering its interior).
     *
     * @param a one end
     * @param b the other end
     * @return whether the edge a-b stays on one side of the boundary
     */
    boolean keepsEdge(Coordinate a, Coordinate b) {
        LineString edge = FACTORY.createLineString(new Coordinate[] {a, b});
        return boundary.evaluate(edge, RelatePredicate.coveredBy()) || !boundary.evaluate(edge, INTERIORS_INTERSECT);
    }
}
