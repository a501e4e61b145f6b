package org.jiceng.grid.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.grid.geo.Measures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

class LineSegmenterTest {

    private static final GeometryFactory GF = new GeometryFactory();

    /** A meandering river: a random walk of 2..60 vertices with steps of 5 m to 2 km. */
    static LineString river(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(59);
        Coordinate[] c = new Coordinate[n];
        double lon = 102.6 + r.nextDouble() * 0.2;
        double lat = 24.8 + r.nextDouble() * 0.2;
        double heading = r.nextDouble() * 2 * Math.PI;
        for (int i = 0; i < n; i++) {
            c[i] = new Coordinate(lon, lat);
            double step = (5 + r.nextDouble() * 2000) / 111_000.0;
            heading += r.nextGaussian() * 0.6;
            lon += step * Math.cos(heading) / Math.cos(Math.toRadians(lat));
            lat += step * Math.sin(heading);
        }
        return GF.createLineString(c);
    }

    @Property
    void equalPartsSumToTheLineLengthAndJoinUp(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int parts) {
        LineString line = river(seed);
        double length = Measures.lengthMetres(line);
        List<LineSegment> segments = LineSegmenter.intoParts("r", line, parts);
        assertThat(segments).hasSize(parts);
        assertThat(segments.stream().mapToDouble(LineSegment::lengthMetres).sum()).isCloseTo(length, within(length * 1e-9));
        for (int i = 0; i < parts; i++) {
            LineSegment s = segments.get(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(s.lengthMetres()).isCloseTo(length / parts, within(length * 1e-9));
            // The geometry really is that long (re-measured independently of the cut bookkeeping).
            assertThat(Measures.lengthMetres(s.geometry())).isCloseTo(s.lengthMetres(), within(1e-3 + s.lengthMetres() * 1e-5));
            if (i > 0) {
                assertThat(s.geometry().getStartPoint().getCoordinate()
                        .distance(segments.get(i - 1).geometry().getEndPoint().getCoordinate())).isLessThan(1e-12);
            }
        }
        assertThat(segments.get(0).geometry().getStartPoint().getCoordinate().distance(line.getCoordinateN(0)))
                .isLessThan(1e-9);
        assertThat(segments.get(parts - 1).geometry().getEndPoint().getCoordinate()
                .distance(line.getCoordinateN(line.getNumPoints() - 1))).isLessThan(1e-9);
    }

    @Property
    void targetLengthSegmentsSumToTheLineAndOnlyTheLastIsShorter(@ForAll long seed,
            @ForAll @DoubleRange(min = 50, max = 5000) double target) {
        LineString line = river(seed);
        double length = Measures.lengthMetres(line);
        List<LineSegment> segments = LineSegmenter.byLength("r", line, target);
        assertThat(segments.stream().mapToDouble(LineSegment::lengthMetres).sum()).isCloseTo(length, within(length * 1e-9));
        assertThat(segments).hasSize((int) Math.max(1, Math.ceil(length / target - 1e-9)));
        for (int i = 0; i < segments.size() - 1; i++) {
            assertThat(segments.get(i).lengthMetres()).isCloseTo(target, within(target * 1e-9));
        }
        LineSegment last = segments.get(segments.size() - 1);
        assertThat(last.lengthMetres()).isPositive().isLessThanOrEqualTo(target * (1 + 1e-9));
    }

    @Test
    void networkGivesEveryLineASegmentAndTheRestToTheLongestPieces() {
        LineString shortLine = GF.createLineString(new Coordinate[] {new Coordinate(102.7, 25), new Coordinate(102.71, 25)});
        LineString longLine = GF.createLineString(new Coordinate[] {new Coordinate(102.7, 25.1), new Coordinate(102.79, 25.1)});
        java.util.Map<String, LineString> lines = new java.util.LinkedHashMap<>();
        lines.put("short", shortLine);
        lines.put("long", longLine);
        List<LineSegment> segments = LineSegmenter.network(lines, 10);
        assertThat(segments).hasSize(10);
        assertThat(segments.stream().filter(s -> s.lineId().equals("short"))).hasSize(1);
        assertThat(segments.stream().filter(s -> s.lineId().equals("long"))).hasSize(9);
        assertThat(segments.get(1).id()).isEqualTo("long-001");
    }

    @Test
    void rejectsDegenerateInput() {
        LineString point = GF.createLineString(new Coordinate[] {new Coordinate(102.7, 25), new Coordinate(102.7, 25)});
        assertThatThrownBy(() -> LineSegmenter.intoParts("p", point, 2)).hasMessageContaining("zero length");
        assertThatThrownBy(() -> LineSegmenter.byLength("r", river(1), 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> LineSegmenter.intoParts("r", river(1), 0)).hasMessageContaining("parts must be");
    }
}
