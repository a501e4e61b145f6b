package org.jiceng.grid.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

/** Hostile partition inputs: invalid boundaries, co-located points, points outside the boundary. */
class PartitionBoundaryInputTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** Assigns point i to grid {@code rule(i)}. */
    private record Fixed(IntUnaryOperator rule) implements Partitioner {
        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public int[] assign(PlanarPoints points, int gridCount) {
            return IntStream.range(0, points.size()).map(rule).toArray();
        }
    }

    private static List<WeightedPoint> grid(int side, double lon0, double lat0, double step) {
        List<WeightedPoint> out = new ArrayList<>();
        for (int i = 0; i < side * side; i++) {
            out.add(new WeightedPoint("p" + i, lon0 + (i % side + 0.5) * step, lat0 + (i / side + 0.5) * step, 1));
        }
        return out;
    }

    private static Coordinate c(double x, double y) {
        return new Coordinate(x, y);
    }

    @Test
    void aSelfIntersectingBoundaryIsRejectedWhenTheRequestIsBuiltNamingReasonLocationAndRing() {
        // A bow tie: its edges cross at (116.405, 39.905).
        Geometry bowTie = FACTORY.createPolygon(new Coordinate[] {c(116.40, 39.90), c(116.41, 39.91),
            c(116.41, 39.90), c(116.40, 39.91), c(116.40, 39.90)});
        PartitionRequest request = PartitionRequest.of(grid(4, 116.40, 39.90, 0.002), 2);

        assertThatThrownBy(() -> request.withBoundary(bowTie)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Self-intersection").hasMessageContaining("(116.4050000, 39.9050000)")
                .hasMessageContaining("on the exterior ring of polygon 1");
    }

    @Test
    void aHoleOutsideItsShellIsRejectedNamingTheHole() {
        LinearRing shell = FACTORY.createLinearRing(new Coordinate[] {c(116.40, 39.90), c(116.41, 39.90),
            c(116.41, 39.91), c(116.40, 39.91), c(116.40, 39.90)});
        LinearRing hole = FACTORY.createLinearRing(new Coordinate[] {c(116.42, 39.90), c(116.43, 39.90),
            c(116.43, 39.91), c(116.42, 39.90)});
        Geometry polygon = FACTORY.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
            (org.locationtech.jts.geom.Polygon) FACTORY.toGeometry(new Envelope(116.5, 116.6, 39.9, 40.0)),
            FACTORY.createPolygon(shell, new LinearRing[] {hole})});

        assertThatThrownBy(() -> PartitionRequest.of(grid(4, 116.40, 39.90, 0.002), 2).withBoundary(polygon))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Hole lies outside shell")
                .hasMessageContaining("hole 1 of polygon 2");
    }

    @Test
    void aGridWhosePointsAllShareLocationsWithAnotherGridsIsReportedWithoutAPolygon() {
        List<WeightedPoint> points = new ArrayList<>(grid(4, 116.40, 39.90, 0.002));
        for (int i = 0; i < 16; i++) {
            WeightedPoint twin = points.get(i);
            points.add(new WeightedPoint("twin" + i, twin.lon(), twin.lat(), 1));
        }
        Partition p = GridPartitioning.with(new Fixed(i -> i < 16 ? 0 : 1))
                .partition(PartitionRequest.of(points, 2).withContiguity(ContiguityRule.REPORT));

        assertThat(p.grids().get(1).polygon().orElseThrow().isEmpty()).isTrue();
        assertThat(p.issues()).hasSize(1);
        GridIssue issue = p.issues().get(0);
        assertThat(issue.gridIndex()).isEqualTo(1);
        assertThat(issue.kind()).isEqualTo(GridIssue.Kind.EMPTY_POLYGON);
        assertThat(issue.pointIndices()).containsExactlyElementsOf(IntStream.range(16, 32).boxed().toList());
        assertThat(issue.message()).contains("16 points (twin0 at (116.4010000, 39.9010000)")
                .contains("same location as points of other grids (e.g. p0 of grid 1)");
        assertThat(p.quality().gridsWithIssues()).isEqualTo(1);
    }

    @Test
    void pointsOutsideTheBoundaryAreReportedNotLeftInSilentlyEmptyGrids() {
        List<WeightedPoint> points = new ArrayList<>(grid(5, 116.40, 39.90, 0.002));
        points.add(new WeightedPoint("far1", 116.45, 39.905, 3));
        points.add(new WeightedPoint("far2", 116.45, 39.906, 3));
        points.add(new WeightedPoint("edge", 116.4105, 39.905, 1));
        Geometry box = FACTORY.toGeometry(new Envelope(116.40, 116.41, 39.90, 39.91));
        // Grid 0: the box's west half; grid 1: its east half and the point just east of it; grid 2: the far points.
        Partition p = GridPartitioning.with(new Fixed(i -> i >= 25 ? (i == 27 ? 1 : 2) : i % 5 < 3 ? 0 : 1))
                .partition(PartitionRequest.of(points, 3).withBoundary(box).withContiguity(false));

        assertThat(p.issues()).extracting(GridIssue::gridIndex, GridIssue::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, GridIssue.Kind.MEMBERS_OUTSIDE_POLYGON),
                org.assertj.core.groups.Tuple.tuple(2, GridIssue.Kind.EMPTY_POLYGON));
        assertThat(p.issues().get(0).pointIndices()).containsExactly(27);
        assertThat(p.issues().get(0).message()).contains("does not cover 1 of its").contains("edge at (116.4105000")
                .contains("outside the boundary");
        assertThat(p.issues().get(1).pointIndices()).containsExactly(25, 26);
        assertThat(p.issues().get(1).message()).startsWith("grid 3 has no polygon: 2 points (far1")
                .contains("outside the boundary");
        assertThat(p.quality().gridsWithIssues()).isEqualTo(2);
    }
}
