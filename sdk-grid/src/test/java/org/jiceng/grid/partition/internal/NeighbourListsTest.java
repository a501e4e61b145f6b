package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.grid.partition.PartitionSettings;
import org.jiceng.grid.partition.PlanarPoints;
import org.junit.jupiter.api.Test;

/**
 * The Delaunay graph's per-point neighbour lists are the neighbours its locations give, in the same order, so the
 * labelling and the connected refinement read through them give what reading the locations gives; the kept last
 * labelling is only reused for an equal assignment, and the fragment repair's labelling is up to date when it ends.
 */
class NeighbourListsTest {

    private static final double TAU = PartitionSettings.DEFAULT_BALANCE_TOLERANCE;

    /** Points on a coarse lattice (so some share a location), weights 1 to 4. */
    private static PlanarPoints lattice(long seed, int n, int side) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(side) * 10.0;
            y[i] = random.nextInt(side) * 10.0;
            w[i] = 1 + random.nextInt(4);
        }
        return PlanarPoints.ofMetres(x, y, w);
    }

    /** Bisection with some points handed to a random other grid (grids in pieces to label). */
    private static int[] scrambled(PlanarPoints planar, int k, long seed) {
        int[] grid = new RcbPartitioner().assign(planar, k).clone();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < grid.length; i++) {
            if (random.nextInt(10) == 0) {
                grid[i] = random.nextInt(k);
            }
        }
        return grid;
    }

    private static List<Integer> neighbours(DelaunayGraph graph, int i) {
        int[] range = new int[2];
        int[] list = graph.neighbours(i, new int[graph.size()], range);
        List<Integer> out = new ArrayList<>();
        for (int s = range[0]; s < range[1]; s++) {
            out.add(list[s]);
        }
        return out;
    }

    @Property
    void eachPointsListHoldsTheNeighboursOfItsLocationsInTheirOrder(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 400) int n) {
        PlanarPoints planar = lattice(seed, n, 25);
        DelaunayGraph graph = DelaunayGraph.of(planar);
        DelaunayGraph byLocation = graph.withoutNeighbourLists();
        assertThat(graph.hasNeighbourLists()).isTrue();
        assertThat(byLocation.hasNeighbourLists()).isFalse();
        for (int i = 0; i < n; i++) {
            List<Integer> expected = new ArrayList<>();
            graph.forEachNeighbour(i, expected::add);
            assertThat(neighbours(graph, i)).as("point %d", i).containsExactlyElementsOf(expected);
            assertThat(neighbours(byLocation, i)).as("point %d", i).containsExactlyElementsOf(expected);
        }
    }

    @Property
    void labellingAndConnectedRefinementAreTheSameWithAndWithoutLists(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 400) int n, @ForAll @IntRange(min = 2, max = 12) int kRaw) {
        int k = Math.min(n, kRaw);
        PlanarPoints planar = lattice(seed, n, 30);
        DelaunayGraph graph = DelaunayGraph.of(planar);
        DelaunayGraph byLocation = graph.withoutNeighbourLists();
        int[] grid = scrambled(planar, k, seed ^ 0x5DEECE66DL);
        assertThat(graph.components(grid)).isEqualTo(byLocation.components(grid.clone()));

        int[] start = new RcbPartitioner().assign(planar, k).clone();
        FragmentRepair.repair(byLocation, planar, start, k, TAU);
        int[] withLists = start.clone();
        int[] withoutLists = start.clone();
        long[] visitedWith = new long[1];
        long[] visitedWithout = new long[1];
        long movedWith = ConnectedRefinement.refineConnected(graph, planar, withLists, k, TAU,
                PartitionSettings.DEFAULT_REFINEMENT_ROUNDS, visitedWith);
        long movedWithout = ConnectedRefinement.refineConnected(byLocation, planar, withoutLists, k, TAU,
                PartitionSettings.DEFAULT_REFINEMENT_ROUNDS, visitedWithout);
        assertThat(withLists).isEqualTo(withoutLists);
        assertThat(movedWith).isEqualTo(movedWithout);
        assertThat(visitedWith[0]).isEqualTo(visitedWithout[0]);
    }

    @Property
    void relabellingAndRemovalChecksAreTheSameWithAndWithoutLists(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 300) int n) {
        int k = Math.min(n, 8);
        PlanarPoints planar = lattice(seed, n, 25);
        DelaunayGraph graph = DelaunayGraph.of(planar);
        int[] before = new RcbPartitioner().assign(planar, k).clone();
        int[] after = scrambled(planar, k, seed);
        boolean[] changed = new boolean[k];
        for (int i = 0; i < n; i++) {
            if (before[i] != after[i]) {
                changed[before[i]] = true;
                changed[after[i]] = true;
            }
        }
        for (DelaunayGraph g : List.of(graph, graph.withoutNeighbourLists())) {
            int[] label = reference(g, before);
            g.relabel(label, after, changed);
            assertThat(label).isEqualTo(reference(g, after));
        }
        DelaunayGraph.RemovalCheck withLists = graph.removalCheck();
        DelaunayGraph.RemovalCheck withoutLists = graph.withoutNeighbourLists().removalCheck();
        for (int i = 0; i < n; i++) {
            assertThat(withLists.keepsGridConnected(i, after)).as("point %d", i)
                    .isEqualTo(withoutLists.keepsGridConnected(i, after));
        }
        assertThat(withLists.visited()).isEqualTo(withoutLists.visited());
    }

    @Test
    void manyPointsAtFewLocationsKeepNoListsAndAreStillLabelled() {
        // 600 points at 9 locations: each point has about 600 neighbours, far over the lists' budget.
        PlanarPoints planar = lattice(7, 600, 3);
        DelaunayGraph graph = DelaunayGraph.of(planar);
        assertThat(graph.hasNeighbourLists()).isFalse();
        int[] grid = scrambled(planar, 5, 11);
        assertThat(graph.components(grid)).isEqualTo(reference(graph, grid));
        List<Integer> expected = new ArrayList<>();
        graph.forEachNeighbour(0, expected::add);
        assertThat(neighbours(graph, 0)).containsExactlyElementsOf(expected).hasSizeGreaterThan(100);
    }

    @Property
    void theKeptLabellingIsReusedOnlyForAnEqualAssignment(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 300) int n) {
        int k = Math.min(n, 6);
        PlanarPoints planar = lattice(seed, n, 25);
        DelaunayGraph graph = DelaunayGraph.of(planar);
        int[] grid = scrambled(planar, k, seed);
        int[] first = graph.components(grid);
        assertThat(first).isEqualTo(reference(graph, grid));
        // A copy comes back each time: changing one answer does not change the next.
        Arrays.fill(first, -7);
        assertThat(graph.components(grid.clone())).isEqualTo(reference(graph, grid));
        // Another assignment is labelled afresh.
        int[] other = grid.clone();
        other[(int) Math.floorMod(seed, (long) n)] = (grid[(int) Math.floorMod(seed, (long) n)] + 1) % k;
        assertThat(graph.components(other)).isEqualTo(reference(graph, other));
        // The repair tells the graph its last labelling: asking for it afterwards gives the true one.
        int[] repaired = scrambled(planar, k, seed + 1);
        FragmentRepair.repair(graph, planar, repaired, k, TAU);
        assertThat(graph.components(repaired)).isEqualTo(reference(graph, repaired));
    }

    @Property
    void aRepairThatUsesUpItsRoundsStillKnowsItsPiecesAndLabelling(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 300) int n, @ForAll @IntRange(min = 1, max = 3) int rounds) {
        int k = Math.min(n, 7);
        PlanarPoints planar = lattice(seed, n, 25);
        DelaunayGraph graph = DelaunayGraph.of(planar);
        int[] grid = scrambled(planar, k, seed);
        int[] pieces = new int[1];
        FragmentRepair.repair(graph, planar, grid, k, TAU, pieces, rounds);
        int[] truth = reference(graph, grid);
        assertThat(pieces[0]).isEqualTo(DelaunayGraph.gridsInPieces(truth, grid, k));
        assertThat(graph.components(grid)).isEqualTo(truth);
    }

    /** The labelling by definition: a search over the location neighbours, each component labelled by its lowest point. */
    private static int[] reference(DelaunayGraph graph, int[] grid) {
        int n = graph.size();
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] rank = graph.rank();
        for (int first = 0; first < n; first++) {
            if (label[first] >= 0) {
                continue;
            }
            int seed = first;
            List<Integer> members = new ArrayList<>(List.of(seed));
            label[seed] = seed;
            for (int q = 0; q < members.size(); q++) {
                int u = members.get(q);
                graph.forEachNeighbour(u, v -> {
                    if (label[v] < 0 && grid[v] == grid[seed]) {
                        label[v] = seed;
                        members.add(v);
                    }
                });
            }
            int low = members.stream().min((a, b) -> Integer.compare(rank[a], rank[b])).orElseThrow();
            members.forEach(m -> label[m] = low);
        }
        return label;
    }
}
