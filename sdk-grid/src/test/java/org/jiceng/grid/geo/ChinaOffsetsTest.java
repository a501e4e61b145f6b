package org.jiceng.grid.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.jiceng.core.geo.LonLat;
import org.junit.jupiter.api.Test;

class ChinaOffsetsTest {

    /** 1e-7 degree is about 1 cm. */
    private static final double CM = 1e-7;

    // Published reference pairs (wgsLat, wgsLon, gcjLat, gcjLon) from the eviltransform test suites.
    private static final double[][] WGS_GCJ = {
        {31.1774276, 121.5272106, 31.17530398364597, 121.531541859215},   // Shanghai
        {22.543847, 113.912316, 22.540796131694766, 113.9171764808363},   // Shenzhen
        {39.911954, 116.377817, 39.91334545536069, 116.38404722455657},   // Beijing
    };

    @Test
    void wgs84ToGcj02MatchesPublishedReferencePoints() {
        for (double[] r : WGS_GCJ) {
            LonLat gcj = ChinaOffsets.wgs84ToGcj02(new LonLat(r[1], r[0]));
            assertThat(gcj.lat()).isCloseTo(r[2], within(CM));
            assertThat(gcj.lon()).isCloseTo(r[3], within(CM));
        }
    }

    @Test
    void gcj02ToWgs84RecoversPublishedWgsPointsWithinACentimetre() {
        for (double[] r : WGS_GCJ) {
            LonLat wgs = ChinaOffsets.gcj02ToWgs84(new LonLat(r[3], r[2]));
            assertThat(wgs.lat()).isCloseTo(r[0], within(CM));
            assertThat(wgs.lon()).isCloseTo(r[1], within(CM));
        }
    }

    @Test
    void gcj02ToBd09MatchesPublishedReferencePoint() {
        // coordtransform reference: GCJ-02 (116.404, 39.915) -> BD-09 (116.41036949371029, 39.92133699351021)
        LonLat bd = ChinaOffsets.gcj02ToBd09(new LonLat(116.404, 39.915));
        assertThat(bd.lon()).isCloseTo(116.41036949371029, within(1e-9));
        assertThat(bd.lat()).isCloseTo(39.92133699351021, within(1e-9));
    }

    @Test
    void bd09ToGcj02AgreesWithThePublishedClosedFormInverseWithinTenCentimetres() {
        // coordtransform reference: BD-09 (116.404, 39.915) -> GCJ-02 (116.39762729119315, 39.90865673957631),
        // computed with the customary closed-form approximation, which is itself off by a few centimetres
        // (its result maps forward to a point 0.04 m from the input); ours iterates to 1e-8 degree.
        LonLat gcj = ChinaOffsets.bd09ToGcj02(new LonLat(116.404, 39.915));
        assertThat(gcj.lon()).isCloseTo(116.39762729119315, within(1e-6));
        assertThat(gcj.lat()).isCloseTo(39.90865673957631, within(1e-6));
        LonLat forward = ChinaOffsets.gcj02ToBd09(gcj);
        assertThat(forward.lon()).isCloseTo(116.404, within(1e-8));
        assertThat(forward.lat()).isCloseTo(39.915, within(1e-8));
    }

    @Test
    void leavesPointsOutsideChinaUnchangedInGcj02() {
        LonLat paris = new LonLat(2.35, 48.85);
        assertThat(ChinaOffsets.wgs84ToGcj02(paris)).isEqualTo(paris);
        assertThat(ChinaOffsets.gcj02ToWgs84(paris)).isEqualTo(paris);
    }

    @Property
    void gcj02InverseIsWithinOneCentimetreOfTheTruePosition(
            @ForAll @DoubleRange(min = 73.6, max = 134.7) double lon,
            @ForAll @DoubleRange(min = 18.2, max = 53.5) double lat) {
        LonLat wgs = new LonLat(lon, lat);
        LonLat gcj = ChinaOffsets.wgs84ToGcj02(wgs);
        LonLat back = ChinaOffsets.gcj02ToWgs84(gcj);
        assertThat(metresBetween(wgs, back)).isLessThan(0.01);
        // The offset itself is real: typically a few hundred metres, never zero inside China.
        assertThat(metresBetween(wgs, gcj)).isBetween(1.0, 2000.0);
    }

    @Property
    void bd09RoundTripIsWithinOneCentimetre(
            @ForAll @DoubleRange(min = 73.6, max = 134.7) double lon,
            @ForAll @DoubleRange(min = 18.2, max = 53.5) double lat) {
        LonLat wgs = new LonLat(lon, lat);
        LonLat back = ChinaOffsets.bd09ToWgs84(ChinaOffsets.wgs84ToBd09(wgs));
        assertThat(metresBetween(wgs, back)).isLessThan(0.01);
    }

    /** Equirectangular distance, accurate enough for centimetre to kilometre separations. */
    private static double metresBetween(LonLat a, LonLat b) {
        double r = 6_371_000;
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return r * Math.hypot(dLat, dLon);
    }
}
