package org.jiceng.io.geojson;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jiceng.grid.index.GridShape;
import org.jiceng.io.report.ImportReport;
import org.locationtech.jts.geom.Geometry;

/**
 * The features of a boundary file and the import report (features read, accepted, rejected with the
 * JTS reason of an invalid geometry).
 *
 * @param features the accepted features in file order
 * @param report the report
 */
public record BoundaryImport(List<BoundaryFeature> features, ImportReport report) {

    /**
     * Copies the list.
     *
     * @param features the accepted features in file order
     * @param report the report
     * @throws NullPointerException if an argument or a feature is null
     */
    public BoundaryImport {
        features = List.copyOf(features);
        Objects.requireNonNull(report, "report");
    }

    /**
     * The bridge to grid lookup: every polygonal feature as a {@link GridShape} keyed by its id, for
     * {@code GridIndexes.create(shapes)}; point features are left out.
     *
     * @return the shapes in file order
     */
    public List<GridShape> gridShapes() {
        return features.stream().filter(BoundaryFeature::isPolygonal).map(BoundaryFeature::toGridShape).toList();
    }

    /** @return the geometries in file order, e.g. for JTS operations */
    public List<Geometry> geometries() {
        return features.stream().map(BoundaryFeature::geometry).toList();
    }

    /**
     * Applies a coordinate transform to every geometry, e.g. {@code ChinaOffsets::gcj02ToWgs84} for a map
     * portal's GCJ-02 boundaries.
     *
     * @param transform maps one geometry to another
     * @return the same features with transformed geometries, and the same report
     */
    public BoundaryImport mapGeometries(UnaryOperator<Geometry> transform) {
        return new BoundaryImport(features.stream().map(f -> new BoundaryFeature(f.id(), f.name(), f.level(),
                f.parentId(), transform.apply(f.geometry()))).toList(), report);
    }
}
