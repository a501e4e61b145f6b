package org.jiceng.grid.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.jiceng.core.geo.LonLat;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class ChinaOffsetsGeometryTest {

    private static final GeometryFactory JTS = new GeometryFactory();
    /** 1e-7 degree is about 1 cm. */
    private static final double CM = 1e-7;

    private static LinearRing ring(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length; i += 2) {
            cs[i / 2] = new Coordinate(xy[i], xy[i + 1]);
        }
        cs[cs.length - 1] = cs[0].copy();
        return JTS.createLinearRing(cs);
    }

    @Test
    void everyVertexMovesExactlyAsThePointConversionMovesIt() {
        // Published reference pair (eviltransform): WGS-84 Shanghai (121.5272106, 31.1774276)
        // -> GCJ-02 (121.531541859215, 31.17530398364597).
        Polygon wgs = JTS.createPolygon(ring(121.5272106, 31.1774276, 121.6, 31.1774276, 121.6, 31.25, 121.5272106, 31.25));
        Geometry gcj = ChinaOffsets.wgs84ToGcj02(wgs);

        assertThat(gcj.getGeometryType()).isEqualTo("Polygon");
        assertThat(gcj.getNumPoints()).isEqualTo(wgs.getNumPoints());
        Coordinate first = gcj.getCoordinates()[0];
        assertThat(first.x).isCloseTo(121.531541859215, within(CM));
        assertThat(first.y).isCloseTo(31.17530398364597, within(CM));
        Coordinate[] in = wgs.getCoordinates();
        Coordinate[] out = gcj.getCoordinates();
        for (int i = 0; i < in.length; i++) {
            LonLat expected = ChinaOffsets.wgs84ToGcj02(new LonLat(in[i].x, in[i].y));
            assertThat(out[i].x).isEqualTo(expected.lon());
            assertThat(out[i].y).isEqualTo(expected.lat());
        }
        assertThat(wgs.getCoordinates()[0].x).as("input untouched").isEqualTo(121.5272106);
    }

    @Test
    void multiPolygonsKeepTheirPartsHolesAndAltitudes() {
        Polygon withHole = JTS.createPolygon(ring(102.6, 25.0, 102.7, 25.0, 102.7, 25.1, 102.6, 25.1),
                new LinearRing[] {ring(102.62, 25.02, 102.62, 25.04, 102.64, 25.04, 102.64, 25.02)});
        Coordinate[] high = {new Coordinate(102.8, 25.0, 1890.5), new Coordinate(102.9, 25.0, 1890.5),
            new Coordinate(102.9, 25.1, 1891.0), new Coordinate(102.8, 25.0, 1890.5)};
        MultiPolygon gcj = JTS.createMultiPolygon(new Polygon[] {withHole, JTS.createPolygon(high)});

        Geometry wgs = ChinaOffsets.gcj02ToWgs84(gcj);

        assertThat(wgs.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(wgs.getNumGeometries()).isEqualTo(2);
        assertThat(((Polygon) wgs.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
        assertThat(wgs.getGeometryN(1).getCoordinates()[2].getZ()).isEqualTo(1891.0);
        assertThat(wgs.isValid()).isTrue();
        Geometry back = ChinaOffsets.wgs84ToGcj02(wgs);
        Coordinate[] original = gcj.getCoordinates();
        Coordinate[] roundTrip = back.getCoordinates();
        for (int i = 0; i < original.length; i++) {
            assertThat(roundTrip[i].x).isCloseTo(original[i].x, within(1e-8));
            assertThat(roundTrip[i].y).isCloseTo(original[i].y, within(1e-8));
        }
    }

    @Test
    void bd09GeometriesConvertThroughTheSameOffsetsAsPoints() {
        // coordtransform reference: GCJ-02 (116.404, 39.915) -> BD-09 (116.41036949371029, 39.92133699351021)
        Polygon gcj = JTS.createPolygon(ring(116.404, 39.915, 116.41, 39.915, 116.41, 39.92));
        Geometry bd = ChinaOffsets.convert(gcj, Datum.GCJ02, Datum.BD09);
        assertThat(bd.getCoordinates()[0].x).isCloseTo(116.41036949371029, within(1e-9));
        assertThat(bd.getCoordinates()[0].y).isCloseTo(39.92133699351021, within(1e-9));
        Geometry wgs = ChinaOffsets.bd09ToWgs84(bd);
        LonLat expected = ChinaOffsets.gcj02ToWgs84(new LonLat(116.404, 39.915));
        assertThat(wgs.getCoordinates()[0].x).isCloseTo(expected.lon(), within(CM));
        assertThat(wgs.getCoordinates()[0].y).isCloseTo(expected.lat(), within(CM));
    }

    @Test
    void aConversionThatBreaksValidityIsReportedWithTheJtsReasonNotReturnedSilently() {
        // A hole whose corner lies a hair inside the middle of a one-degree shell edge: the offsets bend
        // along the edge (the edge stays straight between its moved ends), so the corner crosses it.
        Polygon wgs = brokenByOffsets();
        assertThat(wgs.isValid()).isTrue();

        DatumConversion c = ChinaOffsets.convertChecked(wgs, Datum.WGS84, Datum.GCJ02);

        assertThat(c.keptValidity()).isFalse();
        assertThat(c.invalidAfter()).get().asString().containsAnyOf("Self-intersection", "Interior is disconnected",
                "Hole lies outside shell", "Ring Self-intersection");
        assertThatThrownBy(() -> ChinaOffsets.wgs84ToGcj02(wgs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("became invalid converting WGS84 to GCJ02");
    }

    /** A one-degree square with a triangular hole whose highest corner is 1e-9 degree below the top edge. */
    static Polygon brokenByOffsets() {
        return JTS.createPolygon(ring(102.0, 25.0, 103.0, 25.0, 103.0, 26.0, 102.0, 26.0),
                new LinearRing[] {ring(102.5, 26.0 - 1e-9, 102.4, 25.5, 102.6, 25.5)});
    }

    @Test
    void convertingToTheSameDatumChangesNothing() {
        Polygon p = JTS.createPolygon(ring(102.6, 25.0, 102.7, 25.0, 102.7, 25.1));
        assertThat(ChinaOffsets.convert(p, Datum.GCJ02, Datum.GCJ02).equalsExact(p)).isTrue();
    }
}
