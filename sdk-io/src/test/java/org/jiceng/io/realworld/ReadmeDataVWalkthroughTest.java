package org.jiceng.io.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jiceng.core.geo.LonLat;
import org.jiceng.grid.geo.ChinaOffsets;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.jiceng.io.geojson.BoundaryImport;
import org.jiceng.io.geojson.GeoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Does what the README's "Using the SDK" says about boundary files, on a DataV-style district file: read it,
 * bring its GCJ-02 boundaries to WGS-84, make grid shapes and locate households given in WGS-84.
 */
class ReadmeDataVWalkthroughTest {

    @TempDir
    Path dir;

    @Test
    void aPortalDistrictFileLocatesWgs84HouseholdsInTheirDistrict() throws IOException {
        Path file = dir.resolve("530100_full.json");
        Files.write(file, RealWorldFiles.bytes("datav/530100_full.json"));

        // --- the README snippet ---
        BoundaryImport districts = GeoJson.readBoundaries(file);
        List<GridShape> shapes = districts.mapGeometries(ChinaOffsets::gcj02ToWgs84).gridShapes();
        GridIndex index = GridIndexes.create(shapes);
        // ---

        assertThat(districts.report().read()).isEqualTo(5);
        assertThat(districts.report().rejected()).as("the bow-tie 呈贡区, reported").isEqualTo(1);
        assertThat(shapes).extracting(GridShape::gridId).containsExactly("530102", "530103", "530111", "530112");
        assertThat(locate(index, 102.66, 25.10)).contains("530102");
        assertThat(locate(index, 102.76, 25.12)).contains("530103");
        assertThat(locate(index, 102.895, 25.095)).as("官渡区's second part").contains("530111");
        assertThat(locate(index, 102.60, 24.95)).contains("530112");
        assertThat(locate(index, 102.65, 24.95)).as("inside 西山区's hole").isEmpty();
        assertThat(locate(index, 102.82, 24.86)).as("呈贡区 was rejected").isEmpty();
    }

    @Test
    void withoutTheDatumConversionAHouseholdNearABorderLandsInTheWrongDistrict() throws IOException {
        Path file = dir.resolve("530100_full.json");
        Files.write(file, RealWorldFiles.bytes("datav/530100_full.json"));
        GridIndex gcj = GridIndexes.create(GeoJson.readBoundaries(file).gridShapes());
        GridIndex wgs = GridIndexes.create(GeoJson.readBoundaries(file).mapGeometries(ChinaOffsets::gcj02ToWgs84)
                .gridShapes());
        // A household 100 m east of the 西山/官渡 border at lon 102.70 (GCJ-02, where the map shows it); its
        // GPS position (WGS-84) is some 140 m further west, across the unconverted border line.
        LonLat onTheMap = new LonLat(102.7010, 24.98);
        LonLat household = ChinaOffsets.gcj02ToWgs84(onTheMap);
        assertThat(household.lon()).isLessThan(102.70);
        assertThat(wgs.locate(household.lon(), household.lat())).contains("530111");
        assertThat(gcj.locate(household.lon(), household.lat())).as("GCJ-02 boundaries, WGS-84 point").contains("530112");
    }

    /** Locates the WGS-84 position of a point given in GCJ-02 (a household's GPS position). */
    private static Optional<String> locate(GridIndex index, double gcjLon, double gcjLat) {
        LonLat p = ChinaOffsets.gcj02ToWgs84(new LonLat(gcjLon, gcjLat));
        return index.locate(p.lon(), p.lat());
    }
}
