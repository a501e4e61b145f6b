package org.jiceng.io.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.Grid;
import org.jiceng.io.geojson.internal.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes areas and grids as an RFC 7946 FeatureCollection, streaming one feature at a time.
 *
 * <p>Each feature has the record id as {@code id}, its geometry (a JTS {@link Point}, or {@link Polygon} /
 * {@link MultiPolygon} with the right-hand rule applied; a third coordinate, when not NaN, is written as
 * the altitude) or {@code null} as {@code geometry}, and
 * these properties:
 * <table>
 * <caption>Feature properties</caption>
 * <tr><th>property</th><th>area</th><th>grid</th></tr>
 * <tr><td>{@code kind}</td><td>{@code "area"}</td><td>{@code "grid"}</td></tr>
 * <tr><td>{@code name}</td><td>name</td><td>name</td></tr>
 * <tr><td>{@code level}</td><td>{@link org.jiceng.core.model.AreaLevel} label, e.g. {@code 社区} (constant names are accepted on import)</td><td>-</td></tr>
 * <tr><td>{@code code}</td><td>division code, if any</td><td>grid code</td></tr>
 * <tr><td>{@code parent_id}</td><td>parent area, if any</td><td>parent grid, if any</td></tr>
 * <tr><td>{@code area_id}</td><td>-</td><td>the area the grid divides</td></tr>
 * <tr><td>{@code households}</td><td>if known</td><td>households</td></tr>
 * <tr><td>{@code population}</td><td>if known</td><td>-</td></tr>
 * <tr><td>{@code responsible_person_ids}</td><td>-</td><td>array, in order</td></tr>
 * <tr><td>{@code geometry_ref}</td><td>if set</td><td>if set</td></tr>
 * </table>
 * Absent optional values are omitted, never written as {@code null}.
 */
public final class GeoJsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final boolean pretty;
    private final boolean englishLevels;

    private GeoJsonWriter(boolean pretty, boolean englishLevels) {
        this.pretty = pretty;
        this.englishLevels = englishLevels;
    }

    /** @return a writer producing compact JSON with Chinese level labels */
    public static GeoJsonWriter compact() {
        return new GeoJsonWriter(false, false);
    }

    /** @return a writer producing indented JSON with Chinese level labels */
    public static GeoJsonWriter pretty() {
        return new GeoJsonWriter(true, false);
    }

    /**
     * @param english true to write levels as constant names ({@code COMMUNITY}), false for Chinese
     *     labels ({@code 社区}); imports accept both
     * @return a copy of this writer with that choice
     */
    public GeoJsonWriter englishLevels(boolean english) {
        return new GeoJsonWriter(pretty, english);
    }

    /**
     * Writes the document as UTF-8; the stream is flushed, not closed.
     *
     * @param document areas, grids and boundaries
     * @param out destination
     * @throws UncheckedIOException when writing fails
     */
    public void write(GeoJsonDocument document, OutputStream out) {
        try (FeatureStream features = open(out, document::boundary)) {
            for (Area area : document.areas()) {
                features.write(area);
            }
            for (Grid grid : document.grids()) {
                features.write(grid);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write GeoJSON FeatureCollection: " + e.getMessage(), e);
        }
    }

    /**
     * Starts a FeatureCollection to which features are written one at a time.
     *
     * @param out destination (flushed, not closed, by {@link FeatureStream#close()})
     * @param boundaries looks up the boundary of a geometry reference; records whose reference it does
     *     not know are written with a {@code null} geometry (and keep their {@code geometry_ref})
     * @return the open collection
     * @throws IOException when writing the preamble fails
     */
    public FeatureStream open(OutputStream out, Function<String, Optional<Geometry>> boundaries) throws IOException {
        JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        gen.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        if (pretty) {
            gen.useDefaultPrettyPrinter();
        }
        gen.writeStartObject();
        gen.writeStringField("type", "FeatureCollection");
        gen.writeArrayFieldStart("features");
        return new FeatureStream(gen, boundaries, englishLevels);
    }

    /** An open FeatureCollection: write features, then close to finish the document. */
    public static final class FeatureStream implements Closeable {

        private final JsonGenerator gen;
        private final Function<String, Optional<Geometry>> boundaries;
        private final boolean englishLevels;
        private boolean closed;

        private FeatureStream(JsonGenerator gen, Function<String, Optional<Geometry>> boundaries,
                boolean englishLevels) {
            this.gen = gen;
            this.boundaries = boundaries;
            this.englishLevels = englishLevels;
        }

        /**
         * @param area an area, written as one feature
         * @throws IOException when writing fails
         */
        public void write(Area area) throws IOException {
            writeArea(gen, area, area.geometryRef().flatMap(boundaries), englishLevels);
        }

        /**
         * @param grid a grid, written as one feature
         * @throws IOException when writing fails
         */
        public void write(Grid grid) throws IOException {
            writeGrid(gen, grid, grid.geometryRef().flatMap(boundaries));
        }

        /** Ends the feature array and the collection, and flushes. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            gen.writeEndArray();
            gen.writeEndObject();
            gen.close();
        }
    }

    private static void writeArea(JsonGenerator gen, Area area, Optional<Geometry> boundary, boolean englishLevels)
            throws IOException {
        startFeature(gen, area.id(), boundary);
        gen.writeStringField("kind", "area");
        gen.writeStringField("name", area.name());
        gen.writeStringField("level", englishLevels ? area.level().name() : area.level().label());
        optional(gen, "code", area.divisionCode());
        optional(gen, "parent_id", area.parentId());
        if (area.households().isPresent()) {
            gen.writeNumberField("households", area.households().get());
        }
        if (area.population().isPresent()) {
            gen.writeNumberField("population", area.population().get());
        }
        optional(gen, "geometry_ref", area.geometryRef());
        endFeature(gen);
    }

    private static void writeGrid(JsonGenerator gen, Grid grid, Optional<Geometry> boundary) throws IOException {
        startFeature(gen, grid.id(), boundary);
        gen.writeStringField("kind", "grid");
        gen.writeStringField("name", grid.name());
        gen.writeStringField("code", grid.code());
        optional(gen, "parent_id", grid.parentGridId());
        gen.writeStringField("area_id", grid.areaId());
        gen.writeNumberField("households", grid.households());
        gen.writeArrayFieldStart("responsible_person_ids");
        for (String personId : grid.responsiblePersonIds()) {
            gen.writeString(personId);
        }
        gen.writeEndArray();
        optional(gen, "geometry_ref", grid.geometryRef());
        endFeature(gen);
    }

    private static void startFeature(JsonGenerator gen, String id, Optional<Geometry> boundary) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", "Feature");
        gen.writeStringField("id", id);
        gen.writeFieldName("geometry");
        if (boundary.isPresent()) {
            writeBoundary(gen, Geometries.rfc7946(boundary.get()));
        } else {
            gen.writeNull();
        }
        gen.writeObjectFieldStart("properties");
    }

    private static void endFeature(JsonGenerator gen) throws IOException {
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void optional(JsonGenerator gen, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            gen.writeStringField(field, value.get());
        }
    }

    private static void writeBoundary(JsonGenerator gen, Geometry boundary) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", boundary.getGeometryType());
        gen.writeArrayFieldStart("coordinates");
        if (boundary instanceof Point point) {
            writeCoordinate(gen, point.getCoordinate(), false);
        } else if (boundary instanceof Polygon polygon) {
            writePolygon(gen, polygon);
        } else if (boundary instanceof MultiPolygon multi) {
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                gen.writeStartArray();
                writePolygon(gen, (Polygon) multi.getGeometryN(i));
                gen.writeEndArray();
            }
        } else {
            throw new IllegalArgumentException("GeoJSON boundaries are Point, Polygon or MultiPolygon, not "
                    + boundary.getGeometryType());
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writePolygon(JsonGenerator gen, Polygon polygon) throws IOException {
        writeRing(gen, polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            writeRing(gen, polygon.getInteriorRingN(i));
        }
    }

    private static void writeRing(JsonGenerator gen, LineString ring) throws IOException {
        gen.writeStartArray();
        for (Coordinate c : ring.getCoordinates()) {
            writeCoordinate(gen, c, true);
        }
        gen.writeEndArray();
    }

    private static void writeCoordinate(JsonGenerator gen, Coordinate c, boolean asArray) throws IOException {
        if (asArray) {
            gen.writeStartArray();
        }
        gen.writeNumber(c.x == 0.0 ? 0.0 : c.x);
        gen.writeNumber(c.y == 0.0 ? 0.0 : c.y);
        if (!Double.isNaN(c.getZ())) {
            gen.writeNumber(c.getZ());
        }
        if (asArray) {
            gen.writeEndArray();
        }
    }
}
