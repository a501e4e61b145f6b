package org.jiceng.io.geojson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.Grid;

/**
 * What a GeoJSON FeatureCollection of areas and grids carries: the records and their boundaries.
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
public record GeoJsonDocument(List<Area> areas, List<Grid> grids, Map<String, Boundary> boundaries) {

    /**
     * Copies everything; null lists and maps become empty.
     *
     * @param areas areas, in document order
     * @param grids grids, in document order
     * @param boundaries boundaries by geometry reference, in insertion order
     * @throws NullPointerException if a record in the lists, or a key or boundary in the map, is null
     */
    public GeoJsonDocument {
        areas = areas == null ? List.of() : List.copyOf(areas);
        grids = grids == null ? List.of() : List.copyOf(grids);
        Map<String, Boundary> copy = new LinkedHashMap<>();
        if (boundaries != null) {
            boundaries.forEach((ref, boundary) -> copy.put(Objects.requireNonNull(ref, "geometry reference"),
                    Objects.requireNonNull(boundary, () -> "boundary of " + ref)));
        }
        boundaries = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * @param geometryRef a geometry reference
     * @return the boundary stored under it
     */
    public Optional<Boundary> boundary(String geometryRef) {
        return Optional.ofNullable(boundaries.get(geometryRef));
    }

    /** @return a document without records */
    public static GeoJsonDocument empty() {
        return new GeoJsonDocument(List.of(), List.of(), Map.of());
    }
}
