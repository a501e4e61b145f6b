package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Up-front validation of a partition boundary, so that an invalid one is explained where it is given
 * (which ring, the JTS reason, the location) instead of failing later, deep inside an overlay, with a
 * {@code TopologyException}.
 */
public final class BoundaryCheck {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private BoundaryCheck() {
    }

    /**
     * @param boundary a polygonal geometry in lon/lat
     * @throws IllegalArgumentException when it is not valid in the sense of JTS {@link IsValidOp}, naming
     *     the reason, the location and the ring(s) there
     */
    public static void requireValid(Geometry boundary) {
        TopologyValidationError error = new IsValidOp(boundary).getValidationError();
        if (error == null) {
            return;
        }
        Coordinate at = error.getCoordinate();
        String where = at == null ? "" : String.format(Locale.ROOT, " at (%.7f, %.7f)", at.x, at.y);
        String rings = at == null || !Double.isFinite(at.x) || !Double.isFinite(at.y) ? "" : ringsAt(boundary, at);
        throw new IllegalArgumentException("boundary is not a valid polygonal geometry: " + error.getMessage() + where
                + rings + " (JTS IsValidOp; fix the geometry, e.g. with GeometryFixer, before partitioning)");
    }

    /** The rings passing through (or nearest to) a location, e.g. " on the exterior ring of polygon 1". */
    private static String ringsAt(Geometry boundary, Coordinate at) {
        Point p = FACTORY.createPoint(at);
        double tolerance = 1e-9 * Math.max(1, boundary.getEnvelopeInternal().getDiameter());
        List<String> names = new ArrayList<>();
        String nearest = "";
        double nearestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < boundary.getNumGeometries(); i++) {
            if (!(boundary.getGeometryN(i) instanceof Polygon polygon)) {
                continue;
            }
            for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                LinearRing ring = r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r);
                String name = (r < 0 ? "the exterior ring" : "hole " + (r + 1)) + " of polygon " + (i + 1);
                double d = ring.isEmpty() ? Double.POSITIVE_INFINITY : ring.distance(p);
                if (d <= tolerance) {
                    names.add(name);
                }
                if (d < nearestDistance) {
                    nearestDistance = d;
                    nearest = name;
                }
            }
        }
        if (!names.isEmpty()) {
            return " on " + String.join(" and ", names);
        }
        return nearest.isEmpty() ? "" : " near " + nearest;
    }
}
