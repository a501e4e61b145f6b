package org.jiceng.grid.index;

import java.util.Objects;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The boundary of one grid (网格) as a polygon or multipolygon in WGS-84 / CGCS2000 longitude and
 * latitude degrees (x = longitude, y = latitude).
 *
 * <p>The geometry is checked on construction: it must be a non-empty, topologically valid
 * {@link Polygon} or {@link MultiPolygon} whose coordinates are finite, with longitudes in
 * [-180, 180] and latitudes in [-90, 90]. Convert GCJ-02 or BD-09 coordinates before building a shape.
 *
 * <p>The record keeps its own copy of the geometry. JTS geometries cannot be frozen, so
 * {@link #geometry()} returns that copy itself: treat it as read-only (indexes built from the shape
 * keep their own data and are not affected by later changes, but {@link GridIndex#shapes()} would be).
 *
 * @param gridId the grid identifier (matches {@code org.jiceng.core.model.Grid#id()}); not blank
 * @param geometry the grid boundary, polygonal, in lon/lat degrees
 */
public record GridShape(String gridId, Geometry geometry) {

    /**
     * Validates the id and the geometry and copies the geometry.
     *
     * @param gridId the grid identifier (matches {@code org.jiceng.core.model.Grid#id()}); not blank
     * @param geometry the grid boundary, polygonal, in lon/lat degrees
     * @throws NullPointerException if {@code geometry} is null
     * @throws IllegalArgumentException if the id is blank, or the geometry is not a non-empty, valid Polygon or
     *         MultiPolygon with coordinates in range
     */
    public GridShape {
        if (gridId == null || gridId.isBlank()) {
            throw new IllegalArgumentException("GridShape gridId must not be blank, was " + quoted(gridId));
        }
        Objects.requireNonNull(geometry, () -> "GridShape " + gridId + ": geometry must not be null");
        if (!(geometry instanceof Polygon) && !(geometry instanceof MultiPolygon)) {
            throw new IllegalArgumentException("GridShape " + gridId + ": geometry must be a Polygon or MultiPolygon, was "
                    + geometry.getGeometryType());
        }
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException("GridShape " + gridId + ": geometry must not be empty");
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || c.x < -180 || c.x > 180 || c.y < -90 || c.y > 90) {
                throw new IllegalArgumentException("GridShape " + gridId + ": coordinate (" + c.x + ", " + c.y
                        + ") is not a WGS-84 lon/lat pair (lon in [-180, 180], lat in [-90, 90], finite)");
            }
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            throw new IllegalArgumentException("GridShape " + gridId + ": geometry is not valid: " + error.getMessage()
                    + " at (" + error.getCoordinate().x + ", " + error.getCoordinate().y
                    + "); repair it first, e.g. with org.locationtech.jts.geom.util.GeometryFixer");
        }
        geometry = geometry.copy();
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
