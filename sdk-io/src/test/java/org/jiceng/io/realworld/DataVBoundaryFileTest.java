package org.jiceng.io.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.geojson.BoundaryFeature;
import org.jiceng.io.geojson.BoundaryImport;
import org.jiceng.io.geojson.GeoJson;
import org.jiceng.io.geojson.GeoJsonImport;
import org.jiceng.io.geojson.GeoJsonOptions;
import org.jiceng.io.geojson.InvalidGeometry;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A city's district file as the DataV / AMap portals publish it ({@code 530100_full.json}: MultiPolygons,
 * {@code adcode} as a number, {@code level}, {@code parent: {adcode}}, {@code center}, {@code centroid},
 * {@code acroutes}, no feature id), written by hand: five districts of Kunming, 官渡区 in two parts, 西山区
 * with a hole, and 呈贡区 drawn as a bow-tie that crosses itself at (102.85, 24.86).
 */
class DataVBoundaryFileTest {

    private static final String DISTRICTS = "datav/530100_full.json";
    private static final String CITIES = "datav/530000_full.json";

    @Test
    void districtsBecomeAreasWithAdcodeIdsLevelsAndParentsAndTheBowTieIsRejectedWithTheJtsReason() {
        GeoJsonImport imported = GeoJson.read(RealWorldFiles.source(DISTRICTS), ImportOptions.defaults(),
                GeoJsonOptions.defaults());
        ImportReport report = imported.report();

        assertThat(report.read()).isEqualTo(5);
        assertThat(report.accepted()).isEqualTo(4);
        assertThat(report.rejected()).isEqualTo(1);
        List<Area> areas = imported.document().areas();
        assertThat(areas).extracting(Area::id).containsExactly("530102", "530103", "530111", "530112");
        assertThat(areas).extracting(Area::name).containsExactly("五华区", "盘龙区", "官渡区", "西山区");
        assertThat(areas).allSatisfy(a -> {
            assertThat(a.level()).isEqualTo(AreaLevel.DISTRICT);
            assertThat(a.parentId()).contains("530100");
            assertThat(a.divisionCode()).contains(a.id());
            assertThat(a.geometryRef()).contains(a.id());
        });

        assertThat(report.normalised()).isZero();
        assertThat(report.warnings()).as("portal properties the model has no field for, once per file")
                .extracting(w -> w.column().orElseThrow(), ImportWarning::rule)
                .containsExactly(tuple("properties/center", "column-ignored"), tuple("properties/centroid", "column-ignored"),
                        tuple("properties/childrenNum", "column-ignored"),
                        tuple("properties/subFeatureIndex", "column-ignored"),
                        tuple("properties/acroutes", "column-ignored"));

        RowError bowTie = report.errors().get(0);
        assertThat(bowTie.location().sheet()).contains("/features/4");
        assertThat(bowTie.location().row()).isEqualTo(5);
        assertThat(bowTie.column()).contains("geometry");
        assertThat(bowTie.messageEn()).contains("invalid geometry (JTS: Self-intersection at (102.85, 24.86))")
                .contains("InvalidGeometry.REPAIR");
        assertThat(bowTie.messageZh()).contains("几何无效").contains("Self-intersection");
    }

    @Test
    void everyCoordinateIsKeptExactlyAsWrittenWithPartsAndHoles() throws IOException {
        GeoJsonImport imported = GeoJson.read(RealWorldFiles.source(DISTRICTS), ImportOptions.defaults(),
                GeoJsonOptions.defaults());
        Map<String, Geometry> boundaries = imported.document().boundaries();

        assertThat(boundaries.get("530111").getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(boundaries.get("530111").getNumGeometries()).isEqualTo(2);
        assertThat(((Polygon) boundaries.get("530112").getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
        JsonNode features = new ObjectMapper().readTree(RealWorldFiles.bytes(DISTRICTS)).path("features");
        for (int i = 0; i < 4; i++) {
            String id = features.get(i).at("/properties/adcode").asText();
            assertThat(coordinates(boundaries.get(id))).as(id)
                    .containsExactlyElementsOf(coordinates(features.get(i).at("/geometry/coordinates")));
        }
    }

    @Test
    void repairIsAnExplicitOptionAndTheRepairedBowTieBecomesTwoValidTriangles() {
        GeoJsonImport imported = GeoJson.read(RealWorldFiles.source(DISTRICTS), ImportOptions.defaults(),
                GeoJsonOptions.defaults().withInvalidGeometry(InvalidGeometry.REPAIR));

        assertThat(imported.report().read()).isEqualTo(5);
        assertThat(imported.report().accepted()).isEqualTo(5);
        assertThat(imported.report().rejected()).isZero();
        assertThat(imported.report().normalised()).isEqualTo(1);
        ImportWarning repair = imported.report().warnings().stream().filter(w -> w.rule().equals("geometry:repaired"))
                .findFirst().orElseThrow();
        assertThat(repair.location().sheet()).contains("/features/4");
        assertThat(repair.column()).contains("geometry");
        assertThat(repair.originalValue()).contains("MultiPolygon of 1 part(s), 5 positions, invalid");
        assertThat(repair.normalisedValue()).contains("MultiPolygon of 2 part(s), 8 positions");
        assertThat(repair.messageEn()).contains("Self-intersection");
        Geometry chenggong = imported.document().boundary("530114").orElseThrow();
        assertThat(chenggong.isValid()).isTrue();
        assertThat(chenggong.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(chenggong.getNumGeometries()).isEqualTo(2);
        assertThat(chenggong.getArea()).isCloseTo(0.004, org.assertj.core.api.Assertions.within(1e-9));
        Geometry wuhua = imported.document().boundary("530102").orElseThrow();
        assertThat(wuhua.getNumGeometries()).as("valid boundaries are not touched").isEqualTo(1);
    }

    @Test
    void aConfiguredIdPropertyWinsOverTheDefaults() {
        GeoJsonImport imported = GeoJson.read(RealWorldFiles.source(DISTRICTS), ImportOptions.defaults(),
                GeoJsonOptions.defaults().withIdProperties("name"));
        assertThat(imported.document().areas()).extracting(Area::id)
                .containsExactly("五华区", "盘龙区", "官渡区", "西山区");
        assertThat(imported.document().areas().get(0).divisionCode()).as("adcode still the division code")
                .contains("530102");
    }

    @Test
    void citiesAreAboveTheAreaModelAndRejectedAsAreasSayingHowToReadThem() {
        GeoJsonImport imported = GeoJson.read(RealWorldFiles.source(CITIES), ImportOptions.defaults(),
                GeoJsonOptions.defaults());
        assertThat(imported.report().read()).isEqualTo(3);
        assertThat(imported.report().accepted()).isZero();
        assertThat(imported.report().rejected()).isEqualTo(3);
        assertThat(imported.report().errors()).filteredOn(e -> e.column().equals(Optional.of("properties/level")))
                .hasSize(3).allSatisfy(e -> assertThat(e.messageEn()).contains("level city is above a district")
                        .contains("GeoJson.readBoundaries"));
    }

    @Test
    void anyLevelReadsAsBoundariesAndAnUnclosedRingIsRejectedOrClosedOnlyWhenAsked() {
        BoundaryImport strict = GeoJson.readBoundaries(RealWorldFiles.source(CITIES), ImportOptions.defaults(),
                GeoJsonOptions.defaults());
        assertThat(strict.report().read()).isEqualTo(3);
        assertThat(strict.report().accepted()).isEqualTo(1);
        assertThat(strict.report().rejected()).isEqualTo(2);
        BoundaryFeature kunming = strict.features().get(0);
        assertThat(kunming.id()).isEqualTo("530100");
        assertThat(kunming.name()).contains("昆明市");
        assertThat(kunming.level()).contains("city");
        assertThat(kunming.parentId()).contains("530000");
        assertThat(strict.report().errors()).extracting(RowError::constraint, e -> e.location().sheet().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("format", "/features/1"),
                        org.assertj.core.groups.Tuple.tuple("required", "/features/2"));
        assertThat(strict.report().errors().get(0).messageEn()).contains("Ring is not closed")
                .contains("first [103.67, 24.6], last [103.67, 27.05]");

        BoundaryImport repaired = GeoJson.readBoundaries(RealWorldFiles.source(CITIES), ImportOptions.defaults(),
                GeoJsonOptions.defaults().withInvalidGeometry(InvalidGeometry.REPAIR));
        assertThat(repaired.report().accepted()).isEqualTo(2);
        assertThat(repaired.report().rejected()).isEqualTo(1);
        assertThat(repaired.report().normalised()).isEqualTo(1);
        assertThat(repaired.report().warnings()).filteredOn(w -> w.rule().equals("geometry:closed-ring"))
                .singleElement().satisfies(w -> {
                    assertThat(w.column()).contains("geometry/coordinates/0/0");
                    assertThat(w.originalValue()).contains("4 positions, last [103.67, 27.05]");
                    assertThat(w.normalisedValue()).contains("5 positions, last [103.67, 24.6]");
                });
        Geometry qujing = repaired.features().get(1).geometry();
        assertThat(qujing.getNumPoints()).as("four corners and the repeated first").isEqualTo(5);
        assertThat(qujing.isValid()).isTrue();
    }

    private static List<Coordinate> coordinates(Geometry g) {
        List<Coordinate> out = new ArrayList<>();
        for (Coordinate c : g.getCoordinates()) {
            out.add(new Coordinate(c.x, c.y));
        }
        return out;
    }

    /** Every [lon, lat] of a GeoJSON coordinates array, in order, as the text says. */
    private static List<Coordinate> coordinates(JsonNode node) {
        List<Coordinate> out = new ArrayList<>();
        if (node.isArray() && node.size() > 0 && node.get(0).isNumber()) {
            out.add(new Coordinate(node.get(0).doubleValue(), node.get(1).doubleValue()));
            return out;
        }
        node.forEach(child -> out.addAll(coordinates(child)));
        return out;
    }
}
