package org.jiceng.benchmarks.io.geo;

import java.util.Locale;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Grid;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.geojson.GeoJson;
import org.jiceng.io.geojson.GeoJsonDocument;
import org.jiceng.io.geojson.GeoJsonFormatProvider;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.spi.ImportSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * GeoJSON import of grid features (each a 33-position polygon with properties), in features per
 * second: the full import (streaming parse, mapping, geometry checks, Bean Validation, report) against
 * its peer, Jackson's tree parse of the same bytes with no mapping (the same parser, the raw cost).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GeoJsonImportBenchmark {

    private static final GeometryFactory JTS = new GeometryFactory();

    /** Features in the document. */
    static final int FEATURES = 5_000;

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private byte[] document;
    private GeoJsonFormatProvider format;

    /** Builds a FeatureCollection of {@value #FEATURES} grids with polygon boundaries. */
    @Setup
    public void setUp() throws IOException {
        List<Grid> grids = new ArrayList<>(FEATURES);
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        for (int i = 0; i < FEATURES; i++) {
            String id = "g" + i;
            grids.add(new Grid(id, "530112006001" + String.format(Locale.ROOT, "%03d", i % 1000), "第" + i + "网格", "a1",
                    Optional.empty(), List.of("p" + i, "p" + (i + 1)), 300 + i % 50, Optional.of(id)));
            boundaries.put(id, JTS.createPolygon(circle(102.6 + (i % 100) * 0.001, 24.9 + (i / 100) * 0.001, 0.0004)));
        }
        GeoJsonDocument doc = new GeoJsonDocument(List.of(Area.of("a1", "西华社区", AreaLevel.COMMUNITY, null)), grids,
                boundaries);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJson.write(doc, out);
        document = out.toByteArray();
        format = new GeoJsonFormatProvider();
    }

    private static Coordinate[] circle(double lon, double lat, double r) {
        Coordinate[] ring = new Coordinate[33];
        for (int k = 0; k < 32; k++) {
            double a = 2 * Math.PI * k / 32;
            ring[k] = new Coordinate(lon + r * Math.cos(a), lat + r * Math.sin(a));
        }
        ring[32] = ring[0].copy();
        return ring;
    }

    /** @return the report of the full import with Bean Validation */
    @Benchmark
    @OperationsPerInvocation(FEATURES + 1)
    public ImportReport jicengImportValidated(Blackhole hole) {
        return Importer.of(format, ImportOptions.defaults()).stream(ImportSource.of("g.geojson", document), hole::consume);
    }

    /** @return the report of the import without Bean Validation */
    @Benchmark
    @OperationsPerInvocation(FEATURES + 1)
    public ImportReport jicengImportUnvalidated(Blackhole hole) {
        return Importer.of(format, ImportOptions.defaults().withValidation(false))
                .stream(ImportSource.of("g.geojson", document), hole::consume);
    }

    /**
     * Peer: Jackson's tree parse of the whole document, touching each feature.
     *
     * @return the number of features
     * @throws IOException never for this document
     */
    @Benchmark
    @OperationsPerInvocation(FEATURES + 1)
    public int peerJacksonTreeParse(Blackhole hole) throws IOException {
        JsonNode features = JACKSON.readTree(document).path("features");
        for (JsonNode f : features) {
            hole.consume(f.path("properties"));
        }
        return features.size();
    }
}
