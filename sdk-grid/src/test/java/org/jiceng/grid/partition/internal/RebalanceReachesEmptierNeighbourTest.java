package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.grid.partition.PlanarPoints;
import org.junit.jupiter.api.Test;

/**
 * The forced join's rebalancing tries the nearest moves into every neighbouring grid, not only into the
 * neighbours nearest to the candidate points: a grid above the band that touches a full narrow grid (whose
 * centroid is close) and a light wide grid (whose centroid is far) gives its load to the light one, even when
 * the light grid's own nearest candidates lie in a grid at the bottom of the band.
 */
class RebalanceReachesEmptierNeighbourTest {

    private static final int ROWS = 10;

    @Test
    void overFullGridPushesIntoTheLightNeighbourWhenTheNearOneIsFull() {
        // Columns 0-1: grid 0, narrow and full (load 110). Columns 2-5: grid 1, over the band (load 120).
        // Columns at x = 6, 30, 31: grid 2, wide and under the band (load 90). Columns 32-33: grid 3, at the
        // bottom of the band (load 100), nearer grid 2's centroid than grid 1 is. Band [100, 110].
        double[] columns = {0, 1, 2, 3, 4, 5, 6, 30, 31, 32, 33};
        int n = columns.length * ROWS;
        double[] x = new double[n];
        double[] y = new double[n];
        long[] w = new long[n];
        int[] grid = new int[n];
        int i = 0;
        for (int c = 0; c < columns.length; c++) {
            for (int r = 0; r < ROWS; r++) {
                // A small deterministic jitter keeps the triangulation free of cocircular quadruples.
                x[i] = columns[c] + 0.013 * Math.sin(7.1 * i);
                y[i] = r + 0.011 * Math.cos(3.7 * i);
                grid[i] = c < 2 ? 0 : c < 6 ? 1 : c < 9 ? 2 : 3;
                w[i] = c < 2 ? 5 + (r % 2) : c < 9 ? 3 : 5;
                i++;
            }
        }
        PlanarPoints planar = PlanarPoints.ofMetres(x, y, w);
        DelaunayGraph graph = DelaunayGraph.of(planar);
        LoadBand band = new LoadBand(100, 110);
        assertThat(LoadBand.loads(planar, grid, 4)).containsExactly(110, 120, 90, 100);

        boolean inBand = StrictContiguity.rebalance(graph, planar, grid, 4, band);

        assertThat(inBand).isTrue();
        long[] loads = LoadBand.loads(planar, grid, 4);
        assertThat(loads[1]).isBetween(100L, 110L);
        assertThat(loads[2]).isBetween(100L, 110L);
        assertThat(graph.contiguous(grid, 4)).containsOnly(true);
    }
}
