package org.jiceng.grid.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

class GaussKrugerTest {

    private static final double A = GaussKruger.CGCS2000_A;
    private static final double E2 = GaussKruger.CGCS2000_F * (2 - GaussKruger.CGCS2000_F);
    private static final GeometryFactory GF = new GeometryFactory();

    /** Meridian arc from the equator by Simpson integration of the meridian radius of curvature. */
    private static double meridianArc(double latDeg) {
        int steps = 20_000;
        double phi = Math.toRadians(latDeg);
        double h = phi / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double s = Math.sin(i * h);
            double m = A * (1 - E2) / Math.pow(1 - E2 * s * s, 1.5);
            sum += m * (i == 0 || i == steps ? 1 : (i % 2 == 1 ? 4 : 2));
        }
        return sum * h / 3;
    }

    @Test
    void integratorReproducesThePublishedQuarterMeridian() {
        // GRS80 / CGCS2000 quarter meridian: 10,001,965.729 m.
        assertThat(meridianArc(90)).isCloseTo(10_001_965.729, within(0.001));
    }

    @Test
    void northingOnTheCentralMeridianIsTheMeridianArc() {
        GaussKruger gk = GaussKruger.threeDegreeZone(34);
        for (double lat : new double[] {1, 24.88, 30, 45, 53.5}) {
            double[] en = gk.forward(102, lat);
            assertThat(en[0]).isCloseTo(GaussKruger.FALSE_EASTING, within(1e-6));
            assertThat(en[1]).isCloseTo(meridianArc(lat), within(0.001));
        }
        assertThat(gk.forward(102, 45)[1]).isCloseTo(4_984_944.378, within(0.01));
    }

    @Test
    void shortParallelArcHasTheLengthOfThePrimeVerticalCircle() {
        double lat = 25.0;
        double s = Math.sin(Math.toRadians(lat));
        double n = A / Math.sqrt(1 - E2 * s * s);
        double expected = n * Math.cos(Math.toRadians(lat)) * Math.toRadians(0.01);
        LineString line = GF.createLineString(new Coordinate[] {new Coordinate(102.695, lat), new Coordinate(102.705, lat)});
        assertThat(Measures.lengthMetres(line)).isCloseTo(expected, within(0.001));
    }

    @Test
    void areaOfALatLonCellMatchesTheEllipsoidalFormula() {
        double lon0 = 102.70;
        double lat0 = 24.95;
        double d = 0.02;
        Coordinate[] ring = new Coordinate[4 * 40 + 1];
        int k = 0;
        for (int i = 0; i < 40; i++) {
            ring[k++] = new Coordinate(lon0 + d * i / 40, lat0);
        }
        for (int i = 0; i < 40; i++) {
            ring[k++] = new Coordinate(lon0 + d, lat0 + d * i / 40);
        }
        for (int i = 0; i < 40; i++) {
            ring[k++] = new Coordinate(lon0 + d - d * i / 40, lat0 + d);
        }
        for (int i = 0; i < 40; i++) {
            ring[k++] = new Coordinate(lon0, lat0 + d - d * i / 40);
        }
        ring[k] = ring[0];
        Polygon cell = GF.createPolygon(ring);
        double expected = quadrangleArea(lat0, lat0 + d, d);
        assertThat(Measures.areaSquareMetres(cell)).isCloseTo(expected, within(expected * 1e-6));
    }

    /** Exact area of an ellipsoidal quadrangle: b^2 dLambda / 2 [q(phi2) - q(phi1)]. */
    private static double quadrangleArea(double lat1, double lat2, double dLonDeg) {
        double b2 = A * A * (1 - E2);
        return b2 * Math.toRadians(dLonDeg) / 2 * (q(lat2) - q(lat1));
    }

    private static double q(double latDeg) {
        double e = Math.sqrt(E2);
        double s = Math.sin(Math.toRadians(latDeg));
        return s / (1 - E2 * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
    }

    @Test
    void threeDegreeZonesFollowTheNationalNumbering() {
        assertThat(GaussKruger.threeDegreeZoneOf(102.7)).isEqualTo(34);
        assertThat(GaussKruger.threeDegreeZoneOf(116.4)).isEqualTo(39);
        assertThat(GaussKruger.threeDegreeZone(39).centralMeridian()).isEqualTo(117.0);
        assertThatThrownBy(() -> GaussKruger.threeDegreeZone(0)).hasMessageContaining("1..60");
    }

    @Property
    void inverseUndoesForwardWithinTheZone(
            @ForAll @DoubleRange(min = 73.6, max = 134.7) double lon,
            @ForAll @DoubleRange(min = 3.0, max = 53.5) double lat) {
        GaussKruger gk = GaussKruger.threeDegreeZone(GaussKruger.threeDegreeZoneOf(lon));
        double[] en = gk.forward(lon, lat);
        double[] back = gk.inverse(en[0], en[1]);
        assertThat(back[0]).isCloseTo(lon, within(1e-9));
        assertThat(back[1]).isCloseTo(lat, within(1e-9));
    }

    @Test
    void polsbyPopperOfASquareIsPiOverFour() {
        double d = 0.01;
        Polygon square = GF.createPolygon(new Coordinate[] {new Coordinate(102.7, 25), new Coordinate(102.7 + d, 25),
            new Coordinate(102.7 + d, 25 + d), new Coordinate(102.7, 25 + d), new Coordinate(102.7, 25)});
        // Not exactly a square in metres (cos(lat) shrinks east-west), so compare with the rectangle's value.
        double ratio = Math.cos(Math.toRadians(25.005)) * 1.0; // east-west / north-south, approximately
        double expected = 4 * Math.PI * ratio / Math.pow(2 * (1 + ratio), 2);
        assertThat(Measures.polsbyPopper(square)).isCloseTo(expected, within(0.01));
    }
}
