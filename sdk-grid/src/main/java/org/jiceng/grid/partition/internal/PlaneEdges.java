package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Segments that lie in cells of a raster that the boundary does not touch are decided by those cells
 * ({@link BoundaryCells}: most borders, far from the boundary's rings); others that meet no boundary segment
 * by an index lookup and one point location; the exact relate runs only for segments that cross the
 * boundary's rings. Not thread-safe (one per graph construction).
 */
final class PlaneEdges {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** DE-9IM pattern: the interiors of the boundary and the segment intersect. */
    private static final String INTERIORS_INTERSECT = "T********";
    /** Pieces of a border shorter than this (metres) between crossings are left to the exact relate. */
    private static final double SHORTEST_PIECE = 1e-6;
    /** Crossings at a smaller sine of the angle than this are left to the exact relate. */
    private static final double GRAZING = 1e-6;

    private final STRtree segments = new STRtree();
    private final RelateNG boundary;
    private final LineIntersector intersector = new RobustLineIntersector();
    private final IndexedPointInAreaLocator inside;
    private final Envelope extent;
    private final BoundaryCells cells;
    /** Where a border crosses the rings, as fractions of its length (scratch). */
    private double[] along = new double[8];

    /**
     * @param planarBoundary a valid polygonal boundary in the points' metres
     * @param sites how many sites the borders will be asked about (sets the cells' size)
     */
    PlaneEdges(Geometry planarBoundary, int sites) {
        this.boundary = RelateNG.prepare(planarBoundary);
        this.inside = new IndexedPointInAreaLocator(planarBoundary);
        this.extent = new Envelope(planarBoundary.getEnvelopeInternal());
        List<LineSegment> ringSegments = new ArrayList<>();
        for (int i = 0; i < planarBoundary.getNumGeometries(); i++) {
            if (planarBoundary.getGeometryN(i) instanceof Polygon polygon) {
                for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                    Coordinate[] ring = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r))
                            .getCoordinates();
                    for (int j = 0; j + 1 < ring.length; j++) {
                        LineSegment s = new LineSegment(ring[j], ring[j + 1]);
                        segments.insert(new Envelope(s.p0, s.p1), s);
                        ringSegments.add(s);
                    }
                }
            }
        }
        segments.build();
        this.cells = BoundaryCells.of(extent, ringSegments, inside, sites);
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
        int side = cells.side(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y));
        if (side != BoundaryCells.UNKNOWN) {
            return side == BoundaryCells.INSIDE;
        }
        return keepsBorderExactly(a, b);
    }

    /**
     * As {@link #keepsBorder}, without the shortcut through the cells the boundary does not touch: a border
     * that meets no ring segment is inside when its midpoint is; one that crosses the rings is cut at the
     * crossings, and it is inside when the midpoint of one of its pieces is (a piece has no crossing within it,
     * so it is wholly on one side). Where that cannot be told reliably (a piece shorter than a micrometre, a
     * crossing at a grazing angle, a piece along a ring), the exact relate decides.
     *
     * @param a one end of the shared border
     * @param b its other end
     * @return whether the border has a part of positive length inside the boundary
     */
    boolean keepsBorderExactly(Coordinate a, Coordinate b) {
        if (a.equals2D(b)) {
            return false;
        }
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double length = Math.hypot(dx, dy);
        int crossings = 0;
        for (Object o : segments.query(new Envelope(a, b))) {
            LineSegment s = (LineSegment) o;
            intersector.computeIntersection(a, b, s.p0, s.p1);
            if (!intersector.hasIntersection()) {
                continue;
            }
            double sx = s.p1.x - s.p0.x;
            double sy = s.p1.y - s.p0.y;
            if (intersector.getIntersectionNum() != 1
                    || Math.abs(dx * sy - dy * sx) < GRAZING * length * Math.hypot(sx, sy)) {
                return keepsBorderByRelate(a, b);
            }
            Coordinate p = intersector.getIntersection(0);
            if (crossings == along.length) {
                along = Arrays.copyOf(along, 2 * crossings);
            }
            along[crossings++] = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (length * length)));
        }
        if (crossings == 0) {
            return inside.locate(new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2)) == Location.INTERIOR;
        }
        Arrays.sort(along, 0, crossings);
        double from = 0;
        for (int j = 0; j <= crossings; j++) {
            double to = j < crossings ? along[j] : 1;
            if (to <= from) {
                continue;
            }
            if ((to - from) * length < SHORTEST_PIECE) {
                return keepsBorderByRelate(a, b);
            }
            double t = (from + to) / 2;
            int location = inside.locate(new Coordinate(a.x + t * dx, a.y + t * dy));
            if (location == Location.INTERIOR) {
                return true;
            }
            if (location == Location.BOUNDARY) {
                return keepsBorderByRelate(a, b);
            }
            from = to;
        }
        return false;
    }

    /**
     * The reference for {@link #keepsBorderExactly}: the exact relate for a border that meets a ring segment,
     * its midpoint's location otherwise.
     *
     * @param a one end of the shared border
     * @param b its other end
     * @return whether the border has a part of positive length inside the boundary
     */
    boolean keepsBorderByRelate(Coordinate a, Coordinate b) {
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
