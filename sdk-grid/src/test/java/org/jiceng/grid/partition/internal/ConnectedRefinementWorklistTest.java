package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jiceng.grid.partition.PartitionSettings;
import org.jiceng.grid.partition.PlanarPoints;
import org.junit.jupiter.api.Test;

/**
 * After its first round, the connected refinement visits only the runs of points near the previous round's
 * moves, and stops only after a round over every point finds the grids settled.
 */
class ConnectedRefinementWorklistTest {

    private static final int N = 40_000;
    private static final int K = 40;
    private static final double TAU = PartitionSettings.DEFAULT_BALANCE_TOLERANCE;

    /**
     * Uniform points in a 4 km square, weights 1 to 3, numbered along the Hilbert curve as the pipeline's
     * contiguity stage numbers them.
     */
    private static PlanarPoints points() {
        SplittableRandom random = new SplittableRandom(17);
        double[] x = new double[N];
        double[] y = new double[N];
        long[] w = new long[N];
        for (int i = 0; i < N; i++) {
            x[i] = random.nextDouble() * 4_000;
            y[i] = random.nextDouble() * 4_000;
            w[i] = 1 + random.nextInt(3);
        }
        PlanarPoints input = PlanarPoints.ofMetres(x, y, w);
        return SpatialOrder.of(input).points(input);
    }

    /** Recursive bisection made contiguous: the refinement's usual start, with many boundary moves to make. */
    private static int[] start(DelaunayGraph graph, PlanarPoints planar) {
        int[] grid = new RcbPartitioner().assign(planar, K);
        FragmentRepair.repair(graph, planar, grid, K, TAU);
        return grid;
    }

    @Test
    void theSecondRoundVisitsOnlyPointsNearTheFirstRoundsMoves() {
        PlanarPoints planar = points();
        DelaunayGraph graph = DelaunayGraph.of(planar);
        int[] settled = start(graph, planar);
        ConnectedRefinement.refineConnected(graph, planar, settled, K, TAU, PartitionSettings.DEFAULT_REFINEMENT_ROUNDS);
        // Push a patch of one grid's boundary into its neighbour: the first round moves most of it back, the
        // rest of the plane has (almost) nothing to move.
        int[] bumped = settled.clone();
        int seed = -1;
        for (int i = 0; i < N && seed < 0; i++) {
            if (planar.x(i) > 1_500 && planar.x(i) < 2_500 && planar.y(i) > 1_500 && planar.y(i) < 2_500
                    && hasForeignNeighbour(graph, settled, i)) {
                seed = i;
            }
        }
        int into = -1;
        for (int j : neighbours(graph, seed)) {
            if (settled[j] != settled[seed]) {
                into = settled[j];
            }
        }
        int pushed = 0;
        for (int i = 0; i < N; i++) {
            double dx = planar.x(i) - planar.x(seed);
            double dy = planar.y(i) - planar.y(seed);
            if (settled[i] == settled[seed] && dx * dx + dy * dy < 160 * 160) {
                bumped[i] = into;
                pushed++;
            }
        }
        assertThat(pushed).isGreaterThan(2 * N / ConnectedRefinement.SETTLED_FRACTION);
        long[] oneRound = new long[1];
        int[] afterOne = bumped.clone();
        long movedInOne = ConnectedRefinement.refineConnected(graph, planar, afterOne, K, TAU, 1, oneRound);
        long[] twoRounds = new long[1];
        long movedInTwo = ConnectedRefinement.refineConnected(graph, planar, bumped.clone(), K, TAU, 2, twoRounds);
        assertThat(movedInOne).isGreaterThan(N / ConnectedRefinement.SETTLED_FRACTION);
        assertThat(movedInTwo).isGreaterThanOrEqualTo(movedInOne);
        // A full second pass would visit every point that has a neighbour in another grid after the first round;
        // the worklist skips the runs far from the first round's moves.
        long fullPass = 0;
        for (int i = 0; i < N; i++) {
            if (hasForeignNeighbour(graph, afterOne, i)) {
                fullPass++;
            }
        }
        long secondRound = twoRounds[0] - oneRound[0];
        assertThat(secondRound).isPositive().isLessThan(fullPass * 17 / 20);
    }

    @Test
    void theRefinementIsDeterministicKeepsEveryGridAndSplitsNone() {
        PlanarPoints planar = points();
        DelaunayGraph graph = DelaunayGraph.of(planar);
        int[] grid = start(graph, planar);
        int piecesBefore = graph.gridsInPieces(grid, K);
        int[] again = grid.clone();
        ConnectedRefinement.refineConnected(graph, planar, grid, K, TAU, PartitionSettings.DEFAULT_REFINEMENT_ROUNDS);
        ConnectedRefinement.refineConnected(graph, planar, again, K, TAU, PartitionSettings.DEFAULT_REFINEMENT_ROUNDS);
        assertThat(again).isEqualTo(grid);
        assertThat(Arrays.stream(grid).distinct().count()).isEqualTo(K);
        assertThat(graph.gridsInPieces(grid, K)).isLessThanOrEqualTo(piecesBefore);
    }

    private static boolean hasForeignNeighbour(DelaunayGraph graph, int[] grid, int i) {
        for (int j : neighbours(graph, i)) {
            if (grid[j] != grid[i]) {
                return true;
            }
        }
        return false;
    }

    private static int[] neighbours(DelaunayGraph graph, int i) {
        int[] locOf = graph.locOf();
        int[] locStart = graph.locStart();
        int[] locItems = graph.locItems();
        int[] adjStart = graph.adjStart();
        int[] adj = graph.adj();
        int l = locOf[i];
        List<Integer> out = new ArrayList<>();
        for (int s = adjStart[l] - 1; s < adjStart[l + 1]; s++) {
            int m = s < adjStart[l] ? l : adj[s];
            for (int x = locStart[m]; x < locStart[m + 1]; x++) {
                if (locItems[x] != i) {
                    out.add(locItems[x]);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
