package org.jiceng.io.geojson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.Grid;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.geojson.internal.FeatureCollectionReader;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.locationtech.jts.geom.Geometry;

/**
 * Everyday entry points for GeoJSON with geometry: read areas, grids and boundaries together (through
 * the {@link Importer}, so validation, error policy and report are the same as for every format), and
 * write them back.
 *
 * <pre>{@code
 * GeoJsonImport imported = GeoJson.read(Path.of("西山区网格.geojson"));
 * Optional<Geometry> shape = imported.document().boundary(grid.geometryRef().orElseThrow());
 * GeoJson.write(imported.document(), Path.of("out.geojson"));
 *
 * // A map portal's boundary file (DataV / AMap, GCJ-02) as shapes to locate points in:
 * List<GridShape> districts = GeoJson.readBoundaries(Path.of("530100_full.json"))
 *         .mapGeometries(ChinaOffsets::gcj02ToWgs84).gridShapes();
 * Optional<String> adcode = GridIndexes.create(districts).locate(102.71, 25.04);
 * }</pre>
 *
 * <p>Geometry is JTS ({@code org.locationtech.jts.geom}): points, polygons and multipolygons in lon/lat
 * degrees. Invalid polygons are rejected with the JTS reason unless {@link InvalidGeometry#REPAIR} is
 * chosen in {@link GeoJsonOptions}.
 */
public final class GeoJson {

    private GeoJson() {
    }

    /**
     * @param file a GeoJSON file
     * @return the accepted records with their boundaries, and the report
     * @throws ImportException when the file cannot be read (with the partial report)
     */
    public static GeoJsonImport read(Path file) {
        return read(ImportSource.of(file), ImportOptions.defaults());
    }

    /**
     * Reads a FeatureCollection. Only boundaries referenced by accepted records are kept.
     *
     * @param source the bytes
     * @param options error policy, limits, validation
     * @return the accepted records with their boundaries, and the report
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static GeoJsonImport read(ImportSource source, ImportOptions options) {
        return read(source, options, GeoJsonOptions.defaults());
    }

    /**
     * Reads a FeatureCollection of areas and grids written by other tools: DataV / AMap features (id from
     * {@code adcode}, level {@code district} or {@code street}, parent from {@code parent.adcode}) become
     * areas. Only boundaries referenced by accepted records are kept.
     *
     * @param source the bytes
     * @param options error policy, limits, validation
     * @param geoOptions id properties and what to do with invalid geometry
     * @return the accepted records with their boundaries, and the report
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static GeoJsonImport read(ImportSource source, ImportOptions options, GeoJsonOptions geoOptions) {
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        ImportResult result = Importer.of(new Connected(geoOptions, FeatureCollectionReader.Mode.RECORDS, boundaries::put), options).read(source);
        Set<String> referenced = new HashSet<>();
        result.dataset().areas().forEach(a -> a.geometryRef().ifPresent(referenced::add));
        result.dataset().grids().forEach(g -> g.geometryRef().ifPresent(referenced::add));
        boundaries.keySet().retainAll(referenced);
        return new GeoJsonImport(new GeoJsonDocument(result.dataset().areas(), result.dataset().grids(), boundaries),
                result.report());
    }

    /**
     * Reads every feature of a boundary file with an id and a geometry, whatever its level or kind (a
     * DataV province file, a city's district file, a vendor's grid layer), with default options.
     *
     * @param file a GeoJSON FeatureCollection
     * @return the features and the report
     * @throws ImportException when the file cannot be read
     */
    public static BoundaryImport readBoundaries(Path file) {
        return readBoundaries(ImportSource.of(file), ImportOptions.defaults(), GeoJsonOptions.defaults());
    }

    /**
     * Reads every feature with an id and a geometry as a {@link BoundaryFeature}; a feature without an id
     * property, without geometry or with an invalid one (unless repaired) is rejected in the report.
     *
     * @param source the bytes
     * @param options error policy and limits
     * @param geoOptions id properties and what to do with invalid geometry
     * @return the features and the report
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static BoundaryImport readBoundaries(ImportSource source, ImportOptions options, GeoJsonOptions geoOptions) {
        List<BoundaryFeature> features = new ArrayList<>();
        FormatProvider format = new Connected(geoOptions, FeatureCollectionReader.Mode.BOUNDARIES, (ref, g) -> { });
        ImportReport report = Importer.of(format, options).stream(source, record -> {
            if (record instanceof BoundaryFeature feature) {
                features.add(feature);
            }
        });
        return new BoundaryImport(features, report);
    }

    /**
     * Reads buildings (or any weighted locations) for grid partitioning: a FeatureCollection of Point
     * features, each with an id (feature {@code id} or the id properties) and a non-negative integer
     * {@code households} (or {@code 户数}) property. Other properties are one warning each per file.
     *
     * @param source the bytes
     * @param options error policy and limits
     * @param geoOptions id properties
     * @return the points in file order and the report
     * @throws ImportException when the document cannot be read further (with the partial report)
     */
    public static WeightedPointImport readWeightedPoints(ImportSource source, ImportOptions options,
            GeoJsonOptions geoOptions) {
        List<WeightedPoint> points = new ArrayList<>();
        FormatProvider format = new Connected(geoOptions, FeatureCollectionReader.Mode.WEIGHTED_POINTS, (ref, g) -> { });
        ImportReport report = Importer.of(format, options).stream(source, record -> {
            if (record instanceof WeightedPoint point) {
                points.add(point);
            }
        });
        return new WeightedPointImport(points, report);
    }

    /**
     * Writes areas, grids and their boundaries (right-hand rule applied) as UTF-8; the stream is
     * flushed, not closed.
     *
     * @param document records and boundaries
     * @param out destination
     * @throws IOException when writing fails
     */
    public static void write(GeoJsonDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        try (FormatWriter writer = new GeoJsonFormatProvider().openWriter(out, ExportOptions.defaults(),
                document::boundary)) {
            for (Area area : document.areas()) {
                writer.write(area);
            }
            for (Grid grid : document.grids()) {
                writer.write(grid);
            }
        }
    }

    /**
     * @param document records and boundaries
     * @param file destination, replaced if it exists
     * @throws IOException when writing fails
     */
    public static void write(GeoJsonDocument document, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(document, out);
        }
    }

    /**
     * The geojson format with its boundary side channel connected: reading areas and grids (their
     * boundaries go to a map), or every feature as a {@link BoundaryFeature}.
     */
    private static final class Connected implements FormatProvider {
        private final GeoJsonFormatProvider geojson;
        private final FeatureCollectionReader.Mode mode;
        private final BiConsumer<String, Geometry> boundaries;

        Connected(GeoJsonOptions geoOptions, FeatureCollectionReader.Mode mode, BiConsumer<String, Geometry> boundaries) {
            this.geojson = new GeoJsonFormatProvider(geoOptions);
            this.mode = mode;
            this.boundaries = boundaries;
        }

        @Override
        public String name() {
            return geojson.name();
        }

        @Override
        public List<String> fileExtensions() {
            return geojson.fileExtensions();
        }

        @Override
        public void read(ImportSource source, ImportOptions options, ReadSink sink) {
            geojson.readFeatures(source, options, sink, mode, boundaries);
        }

        @Override
        public FormatWriter openWriter(OutputStream out, ExportOptions options) throws IOException {
            return geojson.openWriter(out, options);
        }
    }
}
