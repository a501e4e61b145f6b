package org.jiceng.io.geojson;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Grid;
import org.jiceng.io.geojson.internal.FeatureCollectionReader;
import org.jiceng.io.geojson.internal.JsonDocumentException;
import org.jiceng.io.geojson.internal.JsonProblem;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static GeoJsonDocument read(byte[] bytes, Collected listener) {
        return new FeatureCollectionReader(100_000, 1 << 20, 1_000_000, 100, GeoJsonOptions.defaults()).read(new ByteArrayInputStream(bytes), listener);
    }

    static byte[] write(GeoJsonDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonWriter.compact().write(document, out);
        return out.toByteArray();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = GeoJsonMappingTest.class.getResourceAsStream("/fixtures/geojson/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void exportsLonLatOrderAndRightHandRule() throws IOException {
        Polygon clockwise = Shapes.polygon(Shapes.square(102.6, 24.9, 0.1, false), Shapes.square(102.62, 24.92, 0.01, true));
        Area area = Area.of("a1", "永兴路社区", AreaLevel.COMMUNITY, "s1").withGeometryRef("shape-1");
        JsonNode feature = JSON.readTree(write(new GeoJsonDocument(List.of(area), List.of(),
                Map.of("shape-1", clockwise)))).path("features").get(0);

        JsonNode rings = feature.path("geometry").path("coordinates");
        assertThat(feature.path("geometry").path("type").asText()).isEqualTo("Polygon");
        assertThat(rings.get(0).get(0).get(0).asDouble()).isEqualTo(102.6);
        assertThat(rings.get(0).get(0).get(1).asDouble()).isEqualTo(24.9);
        assertThat(signedArea(rings.get(0))).as("exterior counterclockwise").isPositive();
        assertThat(signedArea(rings.get(1))).as("hole clockwise").isNegative();
    }

    @Test
    void writesPropertiesOfAreasAndGridsWithoutNulls() throws IOException {
        Area area = Area.of("a1", "碧鸡街道", AreaLevel.SUBDISTRICT, "d1").withDivisionCode("530112006000")
                .withCounts(100, 250);
        Grid grid = new Grid("g1", "530112006001001", "第一网格", "a1", Optional.empty(), List.of("p2", "p1"), 412,
                Optional.empty());
        JsonNode features = JSON.readTree(write(new GeoJsonDocument(List.of(area), List.of(grid), Map.of())))
                .path("features");

        JsonNode a = features.get(0).path("properties");
        assertThat(features.get(0).path("id").asText()).isEqualTo("a1");
        assertThat(features.get(0).path("geometry").isNull()).isTrue();
        assertThat(a.path("kind").asText()).isEqualTo("area");
        assertThat(a.path("level").asText()).isEqualTo("街道");
        assertThat(a.path("code").asText()).isEqualTo("530112006000");
        assertThat(a.path("parent_id").asText()).isEqualTo("d1");
        assertThat(a.path("households").asInt()).isEqualTo(100);
        assertThat(a.path("population").asInt()).isEqualTo(250);
        assertThat(a.has("geometry_ref")).isFalse();
        JsonNode g = features.get(1).path("properties");
        assertThat(g.path("kind").asText()).isEqualTo("grid");
        assertThat(g.path("area_id").asText()).isEqualTo("a1");
        assertThat(g.has("parent_id")).isFalse();
        assertThat(g.path("responsible_person_ids").toString()).isEqualTo("[\"p2\",\"p1\"]");
    }

    @Test
    void importsRealWorldShapedFeatureCollection() throws IOException {
        Collected rows = Collected.all();
        GeoJsonDocument doc = read(fixture("xishan-grids.geojson"), rows);

        assertThat(rows.rejected).isEmpty();
        assertThat(rows.accepted).containsExactly("/features/0", "/features/1", "/features/2", "/features/3");
        assertThat(doc.areas()).extracting(Area::id).containsExactly("530112006", "530112006001");
        Area community = doc.areas().get(1);
        assertThat(community.level()).isEqualTo(AreaLevel.COMMUNITY);
        assertThat(community.households()).contains(3215);
        assertThat(community.population()).isEmpty();
        assertThat(community.geometryRef()).as("feature id becomes the geometry reference").contains("530112006001");
        assertThat(doc.boundary("530112006001")).get().isInstanceOf(MultiPolygon.class);
        MultiPolygon parts = (MultiPolygon) doc.boundary("530112006001").get();
        Coordinate corner = ((Polygon) parts.getGeometryN(1)).getExteriorRing().getCoordinateN(0);
        assertThat(corner.equals2D(new Coordinate(102.64, 24.955))).isTrue();
        assertThat(corner.getZ()).as("altitude kept, not dropped in silence").isNotNaN();

        Grid first = doc.grids().get(0);
        assertThat(first.geometryRef()).contains("shape-g1");
        assertThat(first.responsiblePersonIds()).containsExactly("p-li-hua", "p-zhao-min");
        assertThat(((Polygon) doc.boundary("shape-g1").get()).getNumInteriorRing()).isEqualTo(1);
        Grid second = doc.grids().get(1);
        assertThat(second.id()).as("numeric feature id").isEqualTo("2");
        assertThat(second.parentGridId()).contains("G-530112006001-001");
        assertThat(second.geometryRef()).isEmpty();
    }

    @Test
    void rejectsFaultyFeaturesWithPointerAndConstraint() throws IOException {
        Collected rows = Collected.all();
        GeoJsonDocument doc = read(fixture("broken-features.geojson"), rows);

        assertThat(rows.accepted).containsExactly("/features/0");
        assertThat(doc.areas()).extracting(Area::id).containsExactly("ok-1");
        assertThat(rows.rejected.keySet()).containsExactly("/features/1", "/features/2", "/features/3",
                "/features/4", "/features/5", "/features/6", "/features/7", "/features/8");
        assertThat(only(rows, "/features/1").constraint()).isEqualTo("enum:AreaLevel");
        assertThat(only(rows, "/features/1").field()).isEqualTo("properties/level");
        assertThat(only(rows, "/features/1").rawValue()).isEqualTo("\"省\"");
        assertThat(only(rows, "/features/2").constraint()).isEqualTo("geometry:closed-ring");
        assertThat(only(rows, "/features/3").constraint()).isEqualTo("geometry:range");
        assertThat(only(rows, "/features/3").field()).isEqualTo("geometry/coordinates/0/0");
        assertThat(only(rows, "/features/4").constraint()).isEqualTo("geometry:type");
        assertThat(only(rows, "/features/5").constraint()).isEqualTo("min:0");
        assertThat(only(rows, "/features/6").constraint()).isEqualTo("unique-id");
        assertThat(only(rows, "/features/7").constraint()).isEqualTo("type:object");
        assertThat(rows.rejected.get("/features/8")).extracting(JsonProblem::field)
                .contains("properties/name", "properties/code", "properties/area_id", "properties/households",
                        "properties/responsible_person_ids");
        rows.rejected.values().stream().flatMap(List::stream).forEach(p -> {
            assertThat(p.messageZh()).isNotBlank();
            assertThat(p.messageEn()).isNotBlank();
        });
    }

    @Test
    void buildingsTravelAsPointsWithTheirHouseholds() throws IOException {
        Area building = Area.of("b3", "3号楼", AreaLevel.BUILDING, "c1").withGeometryRef("b3").withCounts(48, 130);
        byte[] bytes = write(new GeoJsonDocument(List.of(building), List.of(), Map.of("b3", Shapes.point(102.61, 24.95))));
        JsonNode geometry = JSON.readTree(bytes).at("/features/0/geometry");
        assertThat(geometry.path("type").asText()).isEqualTo("Point");
        assertThat(geometry.path("coordinates").toString()).isEqualTo("[102.61,24.95]");

        Collected rows = Collected.all();
        GeoJsonDocument back = read(bytes, rows);
        assertThat(back.areas()).containsExactly(building);
        assertThat(back.boundary("b3")).contains(Shapes.point(102.61, 24.95));
    }

    @Test
    void stopsAtFirstRejectedFeatureWhenAsked() throws IOException {
        Collected rows = new Collected(false);
        read(fixture("broken-features.geojson"), rows);

        assertThat(rows.accepted).containsExactly("/features/0");
        assertThat(rows.rejected).containsOnlyKeys("/features/1");
    }

    @Test
    void rejectsTwoFeaturesNamingOneGeometryRefWithDifferentShapes() {
        String template = "{\"type\":\"Feature\",\"id\":\"%s\",\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[1,1],[2,1],[2,%s],[1,1]]]},\"properties\":{\"kind\":\"area\",\"name\":\"A\","
                + "\"level\":\"楼栋\",\"geometry_ref\":\"r\"}}";
        String json = "{\"type\":\"FeatureCollection\",\"features\":[" + String.format(Locale.ROOT, template, "a", "2") + ","
                + String.format(Locale.ROOT, template, "b", "2") + "," + String.format(Locale.ROOT, template, "c", "3") + "]}";
        Collected rows = Collected.all();
        GeoJsonDocument doc = read(json.getBytes(StandardCharsets.UTF_8), rows);

        assertThat(rows.accepted).as("same shape under the same ref is fine").containsExactly("/features/0",
                "/features/1");
        assertThat(only(rows, "/features/2").constraint()).isEqualTo("geometry:consistent-ref");
        assertThat(doc.boundaries()).containsOnlyKeys("r");
    }

    @Test
    void refusesDocumentsThatAreNotFeatureCollections() {
        for (String text : List.of("[]", "{\"type\":\"Feature\",\"features\":[]}", "{\"features\":[]}",
                "{\"type\":\"FeatureCollection\",\"features\":{}}", "{\"type\":\"FeatureCollection\",\"features\":[",
                "", "{} {}")) {
            assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.UTF_8), Collected.all()))
                    .as(text).isInstanceOf(JsonDocumentException.class);
        }
    }

    @Test
    void refusesMoreFeaturesThanTheLimit() {
        byte[] three = "{\"type\":\"FeatureCollection\",\"features\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new FeatureCollectionReader(2, 1 << 20, 10, 100, GeoJsonOptions.defaults()).read(new ByteArrayInputStream(three),
                Collected.all()))
                .isInstanceOf(JsonDocumentException.class)
                .satisfies(e -> assertThat(((JsonDocumentException) e).constraint()).isEqualTo("max-rows:2"));
    }

    @Test
    void rejectsGeometryWithMorePositionsThanTheLimit() throws IOException {
        Collected rows = Collected.all();
        new FeatureCollectionReader(100, 1 << 20, 5, 100, GeoJsonOptions.defaults()).read(new ByteArrayInputStream(fixture("xishan-grids.geojson")), rows);

        assertThat(rows.accepted).containsExactly("/features/0", "/features/3");
        assertThat(only(rows, "/features/1").constraint()).isEqualTo("max-positions:5");
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "{\"type\":\"FeatureCollection\",\"features\":[" + "[".repeat(200) + "]".repeat(200) + "]}";
        assertThatThrownBy(() -> read(deep.getBytes(StandardCharsets.UTF_8), Collected.all()))
                .isInstanceOf(JsonDocumentException.class)
                .satisfies(e -> assertThat(((JsonDocumentException) e).constraint()).isEqualTo("json-limits"));
    }

    private static JsonProblem only(Collected rows, String pointer) {
        assertThat(rows.rejected.get(pointer)).as(pointer).hasSize(1);
        return rows.rejected.get(pointer).get(0);
    }

    private static double signedArea(JsonNode ring) {
        double sum = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            sum += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        return sum;
    }
}
