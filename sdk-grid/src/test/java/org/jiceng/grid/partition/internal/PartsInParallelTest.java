package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.grid.partition.ContiguityRule;
import org.jiceng.grid.partition.PartitionSettings;
import org.jiceng.grid.partition.PlanarPoints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The parts of a multi-part boundary are partitioned and repaired at the same time on several threads; the
 * grids must be those of one part after the other on one thread.
 */
class PartsInParallelTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** Side of each part's square, and the water between two squares, in metres. */
    private static final double SIDE = 1000;
    private static final double GAP = 400;

    @Property
    void theGridsOfEveryPartAreTheSameOnOneThreadAndOnSeveral(@ForAll @IntRange(min = 150, max = 500) int n,
            @ForAll @IntRange(min = 3, max = 9) int k, @ForAll boolean require, @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            int part = random.nextInt(3);
            x[i] = part * (SIDE + GAP) + random.nextDouble() * SIDE;
            y[i] = random.nextDouble() * SIDE;
            w[i] = 1 + random.nextInt(20);
        }
        PlanarPoints planar = PlanarPoints.ofMetres(x, y, w);
        Geometry boundary = FACTORY.createMultiPolygon(new Polygon[] {square(0), square(1), square(2)});
        DelaunayGraph graph = DelaunayGraph.of(planar, boundary);
        PartsOfThePlane parts = PartsOfThePlane.of(graph, planar, k).orElseThrow();
        PartitionSettings settings = PartitionSettings.defaults();
        PartitionPipeline pipeline = new PartitionPipeline(new RefinedPartitioner(settings), settings);
        ContiguityRule rule = require ? ContiguityRule.REQUIRE : ContiguityRule.REPAIR_WITHIN_BALANCE;

        int[] oneThread = parts.assign(pipeline, rule, Runnable::run);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            assertThat(parts.assign(pipeline, rule, pool)).containsExactly(oneThread);
        } finally {
            pool.shutdownNow();
        }
        assertThat(parts.assign(pipeline, rule)).containsExactly(oneThread);
    }

    private static Polygon square(int part) {
        double x0 = part * (SIDE + GAP) - 1;
        double x1 = x0 + SIDE + 2;
        return FACTORY.createPolygon(new Coordinate[] {new Coordinate(x0, -1), new Coordinate(x1, -1),
            new Coordinate(x1, SIDE + 1), new Coordinate(x0, SIDE + 1), new Coordinate(x0, -1)});
    }
}
