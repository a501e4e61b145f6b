package org.jiceng.io.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.geojson.GeoJson;
import org.jiceng.io.geojson.GeoJsonOptions;
import org.jiceng.io.geojson.WeightedPointImport;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.junit.jupiter.api.Test;

/** Buildings with household counts as a hand-written GeoJSON layer, read for grid partitioning. */
class WeightedPointsGeoJsonTest {

    @Test
    void pointsWithHouseholdsAreReadAndEveryOtherFeatureIsReported() {
        WeightedPointImport read = GeoJson.readWeightedPoints(RealWorldFiles.source("geojson/buildings.geojson"),
                ImportOptions.defaults(), GeoJsonOptions.defaults());

        assertThat(read.report().read()).isEqualTo(6);
        assertThat(read.report().accepted()).isEqualTo(3);
        assertThat(read.report().rejected()).isEqualTo(3);
        assertThat(read.points()).containsExactly(new WeightedPoint("b1", 102.6012, 25.0031, 48),
                new WeightedPoint("b2", 102.6025, 25.0036, 36), new WeightedPoint("b3", 102.6031, 25.0042, 0));
        assertThat(read.report().errors()).extracting(e -> e.location().sheet().orElseThrow(), RowError::constraint)
                .containsExactly(tuple("/features/3", "format"), tuple("/features/4", "format"),
                        tuple("/features/5", "required"));
        assertThat(read.report().errors().get(1).messageEn()).contains("must have a Point geometry");
        assertThat(read.report().warnings()).extracting(w -> w.column().orElseThrow(), ImportWarning::rule)
                .containsExactly(tuple("geometry/coordinates/2", "geometry:altitude-dropped"),
                        tuple("properties/name", "column-ignored"), tuple("properties/名称", "column-ignored"));
        assertThat(read.report().warnings().get(0).originalValue()).contains("1893.2");
        assertThat(read.report().normalised()).isEqualTo(1);
    }
}
