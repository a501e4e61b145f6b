package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.grid.partition.PlanarPoints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The swap search's rotations try only the points of the third grid that touch the fragment's grid; passing
 * over every point of that grid (the reference) must keep the same swaps, on grids cut into fragments inside
 * a concave boundary (a U, whose arms the plane graph joins only through its bottom).
 */
class SwapRotationShortcutTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Property
    void tryingOnlyTouchingPointsKeepsTheSameSwapsAsTryingEveryPoint(@ForAll @IntRange(min = 60, max = 400) int n,
            @ForAll @IntRange(min = 3, max = 10) int k, @ForAll long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            // In the U: the west arm, the bottom or the east arm.
            switch (random.nextInt(3)) {
                case 0 -> {
                    x[i] = random.nextDouble() * 1000;
                    y[i] = 1000 + random.nextDouble() * 2000;
                }
                case 1 -> {
                    x[i] = random.nextDouble() * 3000;
                    y[i] = random.nextDouble() * 1000;
                }
                default -> {
                    x[i] = 2000 + random.nextDouble() * 1000;
                    y[i] = 1000 + random.nextDouble() * 2000;
                }
            }
            w[i] = 1 + random.nextInt(20);
        }
        PlanarPoints planar = PlanarPoints.ofMetres(x, y, w);
        Geometry u = FACTORY.createPolygon(new Coordinate[] {new Coordinate(-1, -1), new Coordinate(3001, -1),
            new Coordinate(3001, 3001), new Coordinate(2000, 3001), new Coordinate(2000, 1000),
            new Coordinate(1000, 1000), new Coordinate(1000, 3001), new Coordinate(-1, 3001), new Coordinate(-1, -1)});
        DelaunayGraph graph = DelaunayGraph.of(planar, u);
        // Grids as vertical stripes (each arm's stripes cut off from the rest of their grid), then some points
        // given to a random grid: fragments everywhere.
        int[] grid = new int[n];
        for (int i = 0; i < n; i++) {
            grid[i] = Math.min(k - 1, (int) (x[i] / 3000 * k));
            if (random.nextInt(8) == 0) {
                grid[i] = random.nextInt(k);
            }
        }
        for (int g = 0; g < k; g++) {
            grid[g % n] = g;
        }
        double tau = 0.05 + random.nextDouble() * 0.3;
        int[] shortcut = grid.clone();
        int[] reference = grid.clone();

        int keptShortcut = FragmentRepair.repairBySwaps(graph, planar, shortcut, k, tau, true);
        int keptReference = FragmentRepair.repairBySwaps(graph, planar, reference, k, tau, false);

        assertThat(keptShortcut).isEqualTo(keptReference);
        assertThat(shortcut).containsExactly(reference);
    }
}
