package org.jiceng.io.geojson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.Grid;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.HeaderLanguage;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.geojson.internal.FeatureCollectionReader;
import org.jiceng.io.geojson.internal.JsonDocumentException;
import org.jiceng.io.geojson.internal.SinkBridge;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.locationtech.jts.geom.Geometry;

/**
 * The {@code geojson} format: areas and grids as an RFC 7946 FeatureCollection, extension
 * {@code .geojson}. The feature properties are listed in {@link GeoJsonWriter}.
 *
 * <p>Rows are features; a row's location names its JSON pointer ({@code /features/3}) as
 * {@link SourceLocation#sheet()}, the line where it starts and its 1-based index as row. Row errors
 * name the member path inside the feature as column, e.g. {@code properties/level} or
 * {@code geometry/coordinates/0/4}.
 *
 * <p>Geometry: the generic SPI moves records only. {@link #read(ImportSource, ImportOptions, ReadSink,
 * BiConsumer)} and {@link #openWriter(OutputStream, ExportOptions, Function)} also carry the boundaries
 * by geometry reference; {@link GeoJson} wraps them for everyday use. Without them, features are
 * written with a {@code null} geometry and keep their {@code geometry_ref}.
 *
 * <p>Limits ({@link org.jiceng.io.IoLimits}): {@code maxRows} features; one feature at most
 * {@code 4 × maxRowChars} bytes and {@code maxRowChars / 6} positions; nesting {@code maxJsonDepth}.
 * A declared {@link ImportOptions#kind()} is ignored: the {@code kind} property of each feature decides.
 *
 * <p>Features written by other tools ({@link GeoJsonOptions}): without a feature {@code id}, the first
 * present of the id properties (default {@code id}, {@code adcode}, {@code code}) is the id; without
 * {@code kind}, a {@code level} makes an area (DataV / AMap {@code district} and {@code street} included;
 * {@code country}, {@code province} and {@code city} are refused, as the model's areas start at the
 * district) and an {@code area_id} a grid; DataV's {@code parent: {"adcode": …}} is the parent; a 6-digit
 * {@code adcode} of a district is its division code. Polygons are checked with JTS {@code IsValidOp}:
 * invalid ones are rejected with the JTS reason, or repaired with a warning under
 * {@link InvalidGeometry#REPAIR}. Properties no record takes are one warning each per file.
 */
public final class GeoJsonFormatProvider implements FormatProvider {

    /** The format name. */
    public static final String NAME = "geojson";

    private final GeoJsonOptions geoOptions;

    /** Creates the provider with {@link GeoJsonOptions#defaults()} (used by the plugin loader). */
    public GeoJsonFormatProvider() {
        this(GeoJsonOptions.defaults());
    }

    /**
     * @param geoOptions id properties and the invalid-geometry policy, e.g. for a DataV boundary file
     *     with repair allowed: {@code GeoJsonOptions.defaults().withInvalidGeometry(InvalidGeometry.REPAIR)}
     */
    public GeoJsonFormatProvider(GeoJsonOptions geoOptions) {
        this.geoOptions = Objects.requireNonNull(geoOptions, "geoOptions");
    }

    /** @return the id properties and invalid-geometry policy of this provider */
    public GeoJsonOptions geoOptions() {
        return geoOptions;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("geojson");
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.of(RecordKind.AREAS, RecordKind.GRIDS);
    }

    @Override
    public boolean multiKind() {
        return true;
    }

    @Override
    public void read(ImportSource source, ImportOptions options, ReadSink sink) {
        read(source, options, sink, (ref, boundary) -> { });
    }

    /**
     * Reads features like {@link #read(ImportSource, ImportOptions, ReadSink)} and also hands the
     * boundary of every accepted feature to {@code boundaries}, keyed by the record's geometry
     * reference ({@code geometry_ref}, else the feature id), once per reference and as soon as it is
     * read: the provider itself keeps no geometry.
     *
     * @param source the bytes and their name
     * @param options limits
     * @param sink receives records and rejected rows
     * @param boundaries receives (geometry reference, boundary) of accepted features
     * @throws ImportException when the document cannot be read further; never any other exception
     */
    public void read(ImportSource source, ImportOptions options, ReadSink sink,
            BiConsumer<String, Geometry> boundaries) {
        readFeatures(source, options, sink, FeatureCollectionReader.Mode.RECORDS, boundaries);
    }

    /**
     * Reads the features as records, or as {@link BoundaryFeature}s.
     *
     * @param source the bytes and their name
     * @param options limits
     * @param sink receives records and rejected rows
     * @param mode what every feature becomes
     * @param boundaries receives (geometry reference, geometry) of accepted area and grid features
     */
    void readFeatures(ImportSource source, ImportOptions options, ReadSink sink, FeatureCollectionReader.Mode mode,
            BiConsumer<String, Geometry> boundaries) {
        Objects.requireNonNull(sink, "sink");
        FeatureCollectionReader reader = new FeatureCollectionReader(SinkBridge.maxRows(options),
                SinkBridge.maxRowBytes(options.limits()), SinkBridge.maxPositions(options.limits()),
                options.limits().maxJsonDepth(), geoOptions);
        reader.reading(mode);
        SinkBridge bridge = new SinkBridge(source.name(), sink, GeoJsonFormatProvider::fieldPaths);
        try (InputStream in = source.open()) {
            reader.stream(in, bridge, boundaries);
            SinkBridge.warnIgnored(sink, source.name(), "properties", reader.ignoredProperties(),
                    ImportWarning.COLUMN_IGNORED);
        } catch (JsonDocumentException e) {
            throw SinkBridge.toImportException(source.name(), e);
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.IO, SourceLocation.of(source.name()),
                    "cannot read GeoJSON: " + e.getMessage(), "无法读取 GeoJSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> fieldPaths(Record record) {
        return record instanceof Area ? FeatureCollectionReader.AREA_FIELDS
                : record instanceof Grid ? FeatureCollectionReader.GRID_FIELDS : Map.of();
    }

    @Override
    public FormatWriter openWriter(OutputStream out, ExportOptions options) throws IOException {
        return openWriter(out, options, ref -> Optional.empty());
    }

    /**
     * Opens a streaming writer that writes each area or grid with its boundary.
     *
     * @param out destination (not closed)
     * @param options export options; the language picks level labels (Chinese) or constant names (English)
     * @param boundaries boundary by geometry reference
     * @return a writer accepting {@link Area} and {@link Grid} records
     * @throws IOException when writing the preamble fails
     */
    public FormatWriter openWriter(OutputStream out, ExportOptions options,
            Function<String, Optional<Geometry>> boundaries) throws IOException {
        GeoJsonWriter.FeatureStream features = GeoJsonWriter.compact()
                .englishLevels(options.language() == HeaderLanguage.ENGLISH).open(out, boundaries);
        return new FormatWriter() {
            @Override
            public void write(Record record) throws IOException {
                if (record instanceof Area area) {
                    features.write(area);
                } else if (record instanceof Grid grid) {
                    features.write(grid);
                } else {
                    throw new IllegalArgumentException("GeoJSON carries areas and grids only, not "
                            + (record == null ? "null" : record.getClass().getSimpleName()));
                }
            }

            @Override
            public void close() throws IOException {
                features.close();
            }
        };
    }
}
