package org.jiceng.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jiceng.grid.geo.ChinaOffsets;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** The SDK's bridge from a GeoJSON file to grid lookup, without a hand-written converter. */
class GridShapeBridgeTest {

    private static GeoJsonDocument fixture() throws IOException {
        return GeoJson.read(ImportSource.of("xishan-grids.geojson", GeoJsonMappingTest.fixture("xishan-grids.geojson")),
                ImportOptions.defaults()).document();
    }

    @Test
    void gridsWithPolygonsBecomeShapesKeyedByGridIdAndLocatePoints() throws IOException {
        GeoJsonDocument doc = fixture();

        assertThat(doc.gridShapes()).extracting(GridShape::gridId).as("the second grid has no geometry")
                .containsExactly("G-530112006001-001");
        GridIndex grids = GridIndexes.create(doc.gridShapes());
        assertThat(grids.locate(102.61, 24.958)).contains("G-530112006001-001");
        assertThat(grids.locate(102.606, 24.953)).as("in the grid's hole").isEmpty();
    }

    @Test
    void areasWithPolygonsBecomeShapesKeyedByAreaId() throws IOException {
        GridIndex areas = GridIndexes.create(fixture().areaShapes());
        assertThat(areas.locate(102.645, 24.9565)).as("in the community's second part, inside the subdistrict too: "
                + "the lowest id owns").contains("530112006");
        assertThat(areas.locate(102.658, 24.99)).as("outside the community").contains("530112006");
        assertThat(fixture().areaShapes()).extracting(GridShape::gridId).containsExactly("530112006", "530112006001");
    }

    @Test
    void boundariesMapThroughADatumConversionKeepingTheRecords() throws IOException {
        GeoJsonDocument gcj = fixture();
        GeoJsonDocument wgs = gcj.mapBoundaries(ChinaOffsets::gcj02ToWgs84);

        assertThat(wgs.areas()).isEqualTo(gcj.areas());
        assertThat(wgs.grids()).isEqualTo(gcj.grids());
        Geometry before = gcj.boundary("shape-g1").orElseThrow();
        Geometry after = wgs.boundary("shape-g1").orElseThrow();
        assertThat(after.getNumPoints()).isEqualTo(before.getNumPoints());
        assertThat(after.getCoordinates()[0].x).isLessThan(before.getCoordinates()[0].x);
        assertThat(gcj.boundary("shape-g1").orElseThrow().equalsExact(before)).as("the source document is unchanged")
                .isTrue();
    }
}
