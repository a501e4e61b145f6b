package org.jiceng.io.geojson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.Grid;
import org.jiceng.grid.index.GridShape;
import org.jiceng.io.geojson.internal.Geometries;
import org.locationtech.jts.geom.Geometry;

/**
 * What a GeoJSON FeatureCollection of areas and grids carries: the records and their boundaries as
 * JTS geometries ({@link org.locationtech.jts.geom.Point}, {@link org.locationtech.jts.geom.Polygon} or
 * {@link org.locationtech.jts.geom.MultiPolygon} in WGS-84 lon/lat degrees, x = longitude).
 *
 * <p>Geometry travels beside the records, keyed by the records' {@code geometryRef}: an {@link Area}
 * or {@link Grid} whose {@code geometryRef} is a key of {@link #boundaries()} is written with that
 * boundary as its feature geometry. On import, a feature with a geometry but no
 * {@code geometry_ref} property gets its feature id as geometry reference.
 *
 * @param areas areas, in document order
 * @param grids grids, in document order
 * @param boundaries boundaries by geometry reference, in insertion order
 */
public record GeoJsonDocument(List<Area> areas, List<Grid> grids, Map<String, Geometry> boundaries) {

    /**
     * Copies everything, geometries included (JTS geometries are mutable: the document keeps its own
     * copies, and {@link #boundaries()} returns them, so treat them as read-only); null lists and maps
     * become empty.
     *
     * @param areas areas, in document order
     * @param grids grids, in document order
     * @param boundaries boundaries by geometry reference, in insertion order
     * @throws NullPointerException if a record in the lists, or a key or boundary in the map, is null
     * @throws IllegalArgumentException if a boundary is not a non-empty Point, Polygon or MultiPolygon
     */
    public GeoJsonDocument {
        areas = List.copyOf(Objects.requireNonNull(areas, "areas must not be null"));
        grids = List.copyOf(Objects.requireNonNull(grids, "grids must not be null"));
        Map<String, Geometry> copy = new LinkedHashMap<>();
        if (boundaries != null) {
            boundaries.forEach((ref, boundary) -> {
                Objects.requireNonNull(ref, "geometry reference");
                Objects.requireNonNull(boundary, () -> "boundary of " + ref);
                if (!Geometries.isBoundaryType(boundary)) {
                    throw new IllegalArgumentException("Boundary " + ref + " must be a non-empty Point, Polygon or "
                            + "MultiPolygon, was " + (boundary.isEmpty() ? "an empty " : "a ")
                            + boundary.getGeometryType());
                }
                copy.put(ref, boundary.copy());
            });
        }
        boundaries = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * @param geometryRef a geometry reference
     * @return the boundary stored under it
     */
    public Optional<Geometry> boundary(String geometryRef) {
        return Optional.ofNullable(boundaries.get(geometryRef));
    }

    /**
     * The bridge to grid lookup: one {@link GridShape} per grid whose boundary is polygonal, in document
     * order, for {@code GridIndexes.create(shapes)}.
     *
     * @return the shapes of the grids that have a polygonal boundary
     * @throws IllegalArgumentException when a boundary is invalid for a {@link GridShape} (which an import
     *     with the default {@link InvalidGeometry#REJECT} never lets through)
     */
    public List<GridShape> gridShapes() {
        List<GridShape> shapes = new ArrayList<>();
        for (Grid grid : grids) {
            grid.geometryRef().map(boundaries::get).filter(g -> g.getDimension() == 2)
                    .ifPresent(g -> shapes.add(new GridShape(grid.id(), g)));
        }
        return List.copyOf(shapes);
    }

    /**
     * Shapes for the areas with a polygonal boundary (districts, subdistricts, communities…), keyed by
     * area id, so that {@code GridIndexes.create(doc.areaShapes())} locates the area of a point.
     *
     * @return one shape per area with a polygonal boundary, in document order
     * @throws IllegalArgumentException when a boundary is invalid for a {@link GridShape}
     */
    public List<GridShape> areaShapes() {
        List<GridShape> shapes = new ArrayList<>();
        for (Area area : areas) {
            area.geometryRef().map(boundaries::get).filter(g -> g.getDimension() == 2)
                    .ifPresent(g -> shapes.add(new GridShape(area.id(), g)));
        }
        return List.copyOf(shapes);
    }

    /**
     * Applies a coordinate transform to every boundary, e.g. {@code ChinaOffsets::gcj02ToWgs84} for a
     * portal's GCJ-02 boundaries.
     *
     * @param transform maps one geometry to another of the same type
     * @return a document with the same records and transformed boundaries
     */
    public GeoJsonDocument mapBoundaries(UnaryOperator<Geometry> transform) {
        Map<String, Geometry> mapped = new LinkedHashMap<>();
        boundaries.forEach((ref, g) -> mapped.put(ref, transform.apply(g)));
        return new GeoJsonDocument(areas, grids, mapped);
    }

    /** @return a document without records */
    public static GeoJsonDocument empty() {
        return new GeoJsonDocument(List.of(), List.of(), Map.of());
    }
}
