package org.jiceng.io.geojson;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Person;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Formats;
import org.jiceng.io.HeaderLanguage;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.IoLimits;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class GeoJsonFormatProviderTest {

    private final GeoJsonFormatProvider provider = new GeoJsonFormatProvider();

    @Test
    void isFoundByNameAndExtensionThroughThePluginLoader() {
        assertThat(Formats.forName("geojson")).isInstanceOf(GeoJsonFormatProvider.class);
        assertThat(Formats.forFileName("西山区网格.GeoJSON")).get().isInstanceOf(GeoJsonFormatProvider.class);
    }

    @Test
    void locatesRowsByJsonPointerLineAndIndex() throws IOException {
        CollectingSink sink = new CollectingSink();
        provider.read(ImportSource.of("broken.geojson", GeoJsonMappingTest.fixture("broken-features.geojson")),
                ImportOptions.defaults(), sink);

        assertThat(sink.records).hasSize(1);
        assertThat(sink.rows.get(0).location().sheet()).contains("/features/0");
        assertThat(sink.rows.get(0).location().line()).isEqualTo(4);
        assertThat(sink.rows.get(0).location().row()).isEqualTo(1);
        assertThat(sink.rows.get(0).columnOf("level")).contains("properties/level");
        assertThat(sink.rows.get(0).rawValueOf("level")).contains("社区");
        assertThat(sink.rejected).hasSize(8);
        RowError badLevel = sink.rejected.get(0).get(0);
        assertThat(badLevel.location().sheet()).contains("/features/1");
        assertThat(badLevel.location().row()).isEqualTo(2);
        assertThat(badLevel.column()).contains("properties/level");
        assertThat(badLevel.rawValue()).contains("\"省\"");
        assertThat(badLevel.constraint()).isEqualTo("format");
        assertThat(sink.rejected.get(5).get(0).constraint()).as("duplicate id").isEqualTo("invariant");
        assertThat(sink.rejected.get(7)).extracting(RowError::constraint).contains("required");
    }

    @Test
    void handsBoundariesOfAcceptedFeaturesToTheSideChannel() throws IOException {
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        provider.read(ImportSource.of("x.geojson", GeoJsonMappingTest.fixture("xishan-grids.geojson")),
                ImportOptions.defaults(), new CollectingSink(), boundaries::put);

        assertThat(boundaries).containsOnlyKeys("530112006", "530112006001", "shape-g1");
    }

    @Test
    void streamingReadRejectsADifferentShapeUnderAKnownGeometryRef() {
        String template = "{\"type\":\"Feature\",\"id\":\"%s\",\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[1,1],[2,1],[2,%s],[1,1]]]},\"properties\":{\"kind\":\"area\",\"name\":\"A\","
                + "\"level\":\"楼栋\",\"geometry_ref\":\"r\"}}";
        String json = "{\"type\":\"FeatureCollection\",\"features\":[" + String.format(Locale.ROOT, template, "a", "2") + ","
                + String.format(Locale.ROOT, template, "b", "2") + "," + String.format(Locale.ROOT, template, "c", "3") + "]}";
        CollectingSink sink = new CollectingSink();
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        provider.read(ImportSource.of("r.geojson", json.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults(),
                sink, boundaries::put);

        assertThat(sink.records).hasSize(2);
        assertThat(sink.rejected).singleElement()
                .satisfies(errors -> assertThat(errors.get(0).location().sheet()).contains("/features/2"));
        assertThat(boundaries).containsOnlyKeys("r");
    }

    @Test
    void throwsOnlyTheDocumentedImportErrorForBrokenDocuments() {
        assertKind("{\"type\":\"FeatureCollection\",\"features\":[", ImportException.Kind.MALFORMED);
        assertKind("{\"type\":\"Topology\",\"features\":[]}", ImportException.Kind.UNMAPPABLE);
        assertKind("[1,2]", ImportException.Kind.UNMAPPABLE);
    }

    @Test
    void refusesAFeatureLongerThanTheRowLimitWithoutBufferingIt() {
        String huge = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\""
                + "长".repeat(200_000) + "\"}}]}";
        ImportOptions options = ImportOptions.defaults().withLimits(IoLimits.defaults().withMaxRowChars(1_000));
        assertThatThrownBy(() -> provider.read(ImportSource.of("huge.geojson", huge.getBytes(StandardCharsets.UTF_8)),
                options, new CollectingSink()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED);
                    assertThat(e.location().sheet()).contains("/features/0");
                    assertThat(e.messageZh()).contains("上限");
                });
    }

    @Test
    void refusesMoreFeaturesThanMaxRows() {
        String three = "{\"type\":\"FeatureCollection\",\"features\":[{},{},{}]}";
        ImportOptions options = ImportOptions.defaults().withLimits(IoLimits.defaults().withMaxRows(2));
        assertThatThrownBy(() -> provider.read(ImportSource.of("t.geojson", three.getBytes(StandardCharsets.UTF_8)),
                options, new CollectingSink()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED));
    }

    @Test
    void writerStreamsAreasAndGridsAndRefusesOtherKinds() throws IOException {
        Area area = Area.of("a", "西华社区", AreaLevel.COMMUNITY, null).withGeometryRef("r");
        Polygon shape = Shapes.polygon(Shapes.square(102.6, 24.9, 0.1, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter writer = provider.openWriter(out, ExportOptions.defaults().withLanguage(HeaderLanguage.ENGLISH),
                ref -> ref.equals("r") ? Optional.of(shape) : Optional.empty())) {
            writer.write(area);
            assertThatThrownBy(() -> writer.write(Person.of("p", "李华"))).isInstanceOf(IllegalArgumentException.class);
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"level\":\"COMMUNITY\"");
        Collected rows = Collected.all();
        GeoJsonDocument back = GeoJsonMappingTest.read(out.toByteArray(), rows);
        assertThat(back.areas()).containsExactly(area);
        assertThat(back.boundaries()).containsEntry("r", shape);
    }

    @Property
    void randomBytesThroughTheProviderOnlyThrowImportException(@ForAll @Size(max = 200) byte[] bytes) {
        FormatProvider format = provider;
        CollectingSink sink = new CollectingSink();
        try {
            format.read(ImportSource.of("fuzz.geojson", bytes), ImportOptions.defaults(), sink);
            sink.rejected.forEach(errors -> assertThat(errors).isNotEmpty());
        } catch (ImportException expected) {
            assertThat(expected.messageZh()).isNotBlank();
        }
    }

    private void assertKind(String json, ImportException.Kind kind) {
        assertThatThrownBy(() -> provider.read(ImportSource.of("t.geojson", json.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults(), new CollectingSink()))
                .as(json)
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

}
