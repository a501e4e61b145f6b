package org.jiceng.io.geojson;

import java.util.Objects;
import java.util.Optional;
import org.jiceng.grid.index.GridShape;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a boundary file as published (a DataV / AMap province, city, district or street, a
 * vendor's grid layer), read without turning it into an area or grid record: whatever its level, with
 * its geometry as a JTS geometry in the file's lon/lat degrees.
 *
 * @param id the feature {@code id}, else the first present id property ({@link GeoJsonOptions#idProperties()})
 * @param name the {@code name} property, when present
 * @param level the {@code level} property as written (e.g. {@code district}), when present
 * @param parentId the {@code parent_id} property, else DataV's {@code parent.adcode}, when present
 * @param geometry a non-empty Point, Polygon or MultiPolygon (treat as read-only)
 */
public record BoundaryFeature(String id, Optional<String> name, Optional<String> level, Optional<String> parentId,
        Geometry geometry) {

    /**
     * Validates the components.
     *
     * @param id the feature id
     * @param name the name, when present
     * @param level the level as written, when present
     * @param parentId the parent id, when present
     * @param geometry a non-empty Point, Polygon or MultiPolygon
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the id is blank
     */
    public BoundaryFeature {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A boundary feature id must not be blank");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(geometry, "geometry");
    }

    /** @return true when the geometry has an area (Polygon or MultiPolygon), false for a Point */
    public boolean isPolygonal() {
        return geometry.getDimension() == 2;
    }

    /**
     * @return this boundary as a shape for {@code GridIndexes.create}, keyed by the feature id
     * @throws IllegalStateException when the geometry is a point
     */
    public GridShape toGridShape() {
        if (!isPolygonal()) {
            throw new IllegalStateException("Feature " + id + " is a " + geometry.getGeometryType()
                    + ", not a polygon: it has no shape to locate points in");
        }
        return new GridShape(id, geometry);
    }
}
