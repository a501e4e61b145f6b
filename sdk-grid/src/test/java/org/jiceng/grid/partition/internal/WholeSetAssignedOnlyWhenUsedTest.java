package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jiceng.grid.partition.PartitionRequest;
import org.jiceng.grid.partition.PartitionSettings;
import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.partition.PartitionerCapabilities;
import org.jiceng.grid.partition.PlanarPoints;
import org.jiceng.grid.partition.WeightedPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * When a boundary in several pieces splits the points into parts, each part is assigned on its own; the
 * pipeline must not also assign all points as one set only to discard it. When the points lie in one part
 * after all, that assignment is the one used.
 */
class WholeSetAssignedOnlyWhenUsedTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** Side of each square and the water between them, in degrees (about 1 km and 400 m). */
    private static final double SIDE = 0.01;
    private static final double GAP = 0.004;
    private static final int N = 600;
    private static final int K = 6;

    @Test
    void eachPartIsAssignedOnItsOwnAndAllPointsNeverAsOneSet() {
        Counting counting = new Counting();
        PartitionPipeline.Result result = new PartitionPipeline(counting, PartitionSettings.defaults())
                .run(PartitionRequest.of(points(2), K).withBoundary(twoSquares()));

        assertThat(counting.sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isLessThan(N));
        assertThat(result.quality().nonContiguousGrids()).hasValue(0);
        assertThat(result.members().length).isEqualTo(K);
    }

    @Test
    void allPointsAreAssignedAsOneSetWhenTheyLieInOnePieceOfTheBoundary() {
        Counting counting = new Counting();
        PartitionPipeline.Result result = new PartitionPipeline(counting, PartitionSettings.defaults())
                .run(PartitionRequest.of(points(1), K).withBoundary(twoSquares()));

        assertThat(counting.sizes).containsExactly(N);
        assertThat(result.members().length).isEqualTo(K);
    }

    /** N points spread over the first {@code squares} squares. */
    private static List<WeightedPoint> points(int squares) {
        Random random = new Random(7);
        List<WeightedPoint> points = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            int square = random.nextInt(squares);
            double lon = 116.2 + square * (SIDE + GAP) + random.nextDouble() * SIDE;
            double lat = 39.9 + random.nextDouble() * SIDE;
            points.add(new WeightedPoint("p" + i, lon, lat, 1 + random.nextInt(20)));
        }
        return points;
    }

    private static Geometry twoSquares() {
        return FACTORY.createMultiPolygon(new Polygon[] {square(0), square(1)});
    }

    private static Polygon square(int index) {
        double margin = 0.0001;
        double x0 = 116.2 + index * (SIDE + GAP) - margin;
        double x1 = x0 + SIDE + 2 * margin;
        double y0 = 39.9 - margin;
        double y1 = 39.9 + SIDE + margin;
        return FACTORY.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    /** The default partitioner, noting how many points it is asked to assign each time. */
    private static final class Counting implements Partitioner {
        private final Partitioner inner = new RefinedPartitioner(PartitionSettings.defaults());
        final List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public int[] assign(PlanarPoints points, int gridCount) {
            sizes.add(points.size());
            return inner.assign(points, gridCount);
        }

        @Override
        public PartitionerCapabilities capabilities() {
            return inner.capabilities();
        }
    }
}
