package org.jiceng.grid.partition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.grid.partition.PlanarPoints;
import org.junit.jupiter.api.Test;

/**
 * The plane graph's building blocks: the sweep triangulation is a valid Delaunay triangulation (and the same
 * graph as JTS's where JTS's is exact), component labels do not depend on how the points are numbered, and
 * the spatial renumbering translates back exactly.
 */
class PlaneGraphTest {

    @Property
    void sweepTriangulationIsDelaunayOnRandomSites(@ForAll @IntRange(min = 3, max = 400) int n,
            @ForAll @IntRange(min = 0, max = 2) int layout, @ForAll long seed) {
        double[][] sites = sites(n, layout, new Random(seed));
        assertValidDelaunay(sites[0], sites[1]);
    }

    @Test
    void sweepTriangulationIsDelaunayOnALatticeWithCocircularSites() {
        int side = 60;
        double[] x = new double[side * side];
        double[] y = new double[side * side];
        for (int i = 0; i < side * side; i++) {
            x[i] = 500_000 + (i % side) * 10.0;
            y[i] = 2_700_000 + (i / side) * 10.0;
        }
        assertValidDelaunay(x, y);
    }

    @Test
    void sweepGraphEqualsJtsGraphOnRandomSites() {
        double[][] sites = sites(3000, 0, new Random(7));
        assertThat(edgeSet(DelaunayGraph.edges(sites[0], sites[1], null)))
                .isEqualTo(edgeSet(DelaunayGraph.jtsEdges(sites[0], sites[1], null)));
    }

    @Test
    void collinearSitesAreJoinedToTheirNeighboursAlongTheLineOnly() {
        double[] x = {4, 0, 3, 1, 2};
        double[] y = {9, 1, 7, 3, 5};
        assertThat(SweepDelaunay.of(x, y).orElseThrow().triangles()).isEmpty();
        assertThat(edgeSet(DelaunayGraph.edges(x, y, null)))
                .isEqualTo(Set.of(key(1, 3), key(3, 4), key(4, 2), key(2, 0)));
    }

    @Property
    void componentsDoNotDependOnTheNumberingOfThePoints(@ForAll @IntRange(min = 2, max = 300) int n,
            @ForAll @IntRange(min = 1, max = 6) int k, @ForAll long seed) {
        Random r = new Random(seed);
        double[][] sites = sites(n, 2, r);
        long[] w = new long[n];
        int[] grid = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 + r.nextInt(5);
            grid[i] = r.nextInt(k);
        }
        PlanarPoints planar = PlanarPoints.ofMetres(sites[0], sites[1], w);
        DelaunayGraph inInputOrder = DelaunayGraph.of(planar);
        SpatialOrder order = SpatialOrder.of(planar);
        DelaunayGraph local = DelaunayGraph.of(order.points(planar), null,
                order.positionsInInputOrder());
        int[] expected = unionFind(inInputOrder, grid);
        assertThat(inInputOrder.components(grid)).isEqualTo(expected);
        assertThat(new PlaneJudge(local, Optional.of(order)).components(grid)).isEqualTo(expected);
        assertThat(order.toInput(order.toLocal(grid))).isEqualTo(grid);
        assertThat(new PlaneJudge(local, Optional.of(order)).contiguous(grid, k))
                .isEqualTo(inInputOrder.contiguous(grid, k));
    }

    @Property
    void relabellingOnlyTheChangedGridsGivesTheLabelsOfAFullLabelling(@ForAll @IntRange(min = 2, max = 300) int n,
            @ForAll @IntRange(min = 2, max = 8) int k, @ForAll @IntRange(min = 0, max = 2) int layout,
            @ForAll long seed) {
        Random r = new Random(seed);
        double[][] sites = sites(n, layout, r);
        int[] grid = new int[n];
        for (int i = 0; i < n; i++) {
            grid[i] = r.nextInt(k);
        }
        PlanarPoints planar = PlanarPoints.ofMetres(sites[0], sites[1], new long[n]);
        SpatialOrder order = SpatialOrder.of(planar);
        DelaunayGraph graph = DelaunayGraph.of(order.points(planar), null, order.positionsInInputOrder());
        int[] labels = graph.components(grid);
        // Some grids trade points among themselves; the others keep theirs.
        boolean[] changed = new boolean[k];
        int[] changedGrids = {r.nextInt(k), r.nextInt(k), r.nextInt(k)};
        for (int g : changedGrids) {
            changed[g] = true;
        }
        for (int i = 0; i < n; i++) {
            if (changed[grid[i]] && r.nextInt(3) == 0) {
                grid[i] = changedGrids[r.nextInt(changedGrids.length)];
            }
        }
        graph.relabel(labels, grid, changed);
        assertThat(labels).isEqualTo(graph.components(grid));
    }

    @Property
    void withoutABoundaryTheGraphIsOnePartAndAnInducedPartHasTheSameNeighbours(
            @ForAll @IntRange(min = 2, max = 300) int n, @ForAll @IntRange(min = 0, max = 2) int layout,
            @ForAll long seed) {
        Random r = new Random(seed);
        double[][] sites = sites(n, layout, r);
        PlanarPoints planar = PlanarPoints.ofMetres(sites[0], sites[1], new long[n]);
        SpatialOrder order = SpatialOrder.of(planar);
        DelaunayGraph graph = DelaunayGraph.of(order.points(planar), null,
                order.positionsInInputOrder());
        // parts() answers without labelling here; the labelling must agree.
        assertThat(graph.parts()).isEqualTo(graph.components(new int[n]));
        // The subgraph induced by every other point in visit order keeps exactly the edges between them.
        int[] members = new int[(n + 1) / 2];
        for (int j = 0; j < members.length; j++) {
            members[j] = graph.visitOrder()[2 * j];
        }
        DelaunayGraph sub = graph.induced(members);
        int[] index = new int[n];
        java.util.Arrays.fill(index, -1);
        for (int j = 0; j < members.length; j++) {
            index[members[j]] = j;
        }
        for (int j = 0; j < members.length; j++) {
            Set<Integer> expected = new HashSet<>();
            graph.forEachNeighbour(members[j], i -> {
                if (index[i] >= 0) {
                    expected.add(index[i]);
                }
            });
            Set<Integer> actual = new HashSet<>();
            sub.forEachNeighbour(j, actual::add);
            assertThat(actual).as("neighbours of %s", j).isEqualTo(expected);
        }
        assertThat(sub.visitOrder()).isSorted();
    }

    @Test
    void locationsAreNumberedOncePerDistinctCoordinate() {
        PlanarPoints planar = PlanarPoints.ofMetres(new double[] {1, 2, 1, 3, 2}, new double[] {1, 2, 1, 3, 2},
                new long[] {1, 1, 1, 1, 1});
        LocationNumbers numbers = LocationNumbers.of(planar);
        assertThat(numbers.count()).isEqualTo(3);
        assertThat(numbers.locationOf()).containsExactly(0, 1, 0, 2, 1);
    }

    /** Reference labelling: union-find over every neighbour pair in one grid, root = lowest index. */
    private static int[] unionFind(DelaunayGraph graph, int[] grid) {
        int n = grid.length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int a = i;
            graph.forEachNeighbour(i, j -> {
                if (grid[j] == grid[a]) {
                    int ra = DelaunayGraph.find(parent, a);
                    int rb = DelaunayGraph.find(parent, j);
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            });
        }
        for (int i = 0; i < n; i++) {
            parent[i] = DelaunayGraph.find(parent, i);
        }
        return parent;
    }

    /** Distinct sites: 0 uniform doubles, 1 a coarse lattice (co-circular quadruples), 2 clusters with duplicates removed. */
    private static double[][] sites(int n, int layout, Random r) {
        double[] x = new double[n];
        double[] y = new double[n];
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            double px;
            double py;
            do {
                if (layout == 0) {
                    px = 500_000 + r.nextDouble() * 20_000;
                    py = 2_700_000 + r.nextDouble() * 20_000;
                } else if (layout == 1) {
                    px = 500_000 + r.nextInt(40) * 25.0;
                    py = 2_700_000 + r.nextInt(40) * 25.0;
                } else {
                    px = 500_000 + (i % 3) * 5_000 + Math.rint(r.nextGaussian() * 50);
                    py = 2_700_000 + (i % 5) * 5_000 + Math.rint(r.nextGaussian() * 50);
                }
            } while (!seen.add(Double.doubleToLongBits(px) * 31 + Double.doubleToLongBits(py)));
            x[i] = px;
            y[i] = py;
        }
        return new double[][] {x, y};
    }

    /**
     * Every site in a triangle (or all collinear), every triangle clockwise, the triangle count of a
     * triangulation (2n - 2 - hull), each half-edge's twin the reverse edge, no site strictly inside the
     * circumcircle of a neighbouring triangle (locally Delaunay everywhere, hence Delaunay).
     */
    private static void assertValidDelaunay(double[] x, double[] y) {
        int n = x.length;
        SweepDelaunay d = SweepDelaunay.of(x, y).orElseThrow();
        int[] t = d.triangles();
        int[] h = d.halfedges();
        if (t.length == 0) {
            for (int i = 2; i < n; i++) {
                assertThat(SweepDelaunay.orient(x[0], y[0], x[1], y[1], x[i], y[i])).isZero();
            }
            return;
        }
        boolean[] used = new boolean[n];
        int hull = 0;
        for (int e = 0; e < t.length; e++) {
            used[t[e]] = true;
            if (h[e] < 0) {
                hull++;
                continue;
            }
            assertThat(h[h[e]]).isEqualTo(e);
            assertThat(t[h[e]]).isEqualTo(t[SweepDelaunay.next(e)]);
            assertThat(t[SweepDelaunay.next(h[e])]).isEqualTo(t[e]);
            int a = t[e];
            int b = t[SweepDelaunay.next(e)];
            int c = t[SweepDelaunay.next(SweepDelaunay.next(e))];
            int p = t[SweepDelaunay.next(SweepDelaunay.next(h[e]))];
            // Clockwise (a, b, c): p inside their circle would make the determinant negative.
            assertThat(SweepDelaunay.inCircle(x[a], y[a], x[b], y[b], x[c], y[c], x[p], y[p])).isGreaterThanOrEqualTo(0);
        }
        for (int tri = 0; tri < t.length / 3; tri++) {
            int a = t[3 * tri];
            int b = t[3 * tri + 1];
            int c = t[3 * tri + 2];
            assertThat(SweepDelaunay.orient(x[a], y[a], x[b], y[b], x[c], y[c])).isNegative();
        }
        for (int i = 0; i < n; i++) {
            assertThat(used[i]).as("site %d is in a triangle", i).isTrue();
        }
        assertThat(t.length / 3).isEqualTo(2 * n - 2 - hull);
    }

    private static Set<Long> edgeSet(int[][] edges) {
        Set<Long> set = new HashSet<>();
        for (int j = 0; j < edges[0].length; j++) {
            set.add(key(edges[0][j], edges[1][j]));
        }
        return set;
    }

    private static long key(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }
}
