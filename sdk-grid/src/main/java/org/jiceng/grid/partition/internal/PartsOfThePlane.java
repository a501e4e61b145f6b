package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.jiceng.grid.partition.ContiguityRule;
import org.jiceng.grid.partition.PlanarPoints;

/**
 * The separate parts of the plane that hold points (the components of the {@link DelaunayGraph} in the
 * plane of a boundary: an island, the parts of a multi-part district), with the grids each gets. A grid can
 * be one piece only inside one part, so when there are several and at least as many grids, each part gets
 * its own whole grids ({@link WholeGridsPerPart}: at least one, the rest by the D'Hondt rule on the weights)
 * and is partitioned and made contiguous on its own, on its part of the graph. Balance across parts is then
 * what whole grids allow, and the quality's floor says how much that is ({@link #floor}).
 */
final class PartsOfThePlane {

    private final DelaunayGraph graph;
    private final PlanarPoints planar;
    /** Points per part, in the graph's visit order; parts in the order of their first point in it. */
    private final int[][] members;
    private final long[] weight;
    private final int[] grids;

    private PartsOfThePlane(DelaunayGraph graph, PlanarPoints planar, int[][] members, long[] weight, int[] grids) {
        this.graph = graph;
        this.planar = planar;
        this.members = members;
        this.weight = weight;
        this.grids = grids;
    }

    /**
     * @param graph the graph in the plane of the boundary
     * @param planar the points, numbered as in the graph
     * @param k number of grids
     * @return the parts and their grids, when there are several parts and at least as many grids
     */
    static Optional<PartsOfThePlane> of(DelaunayGraph graph, PlanarPoints planar, int k) {
        int n = planar.size();
        int[] root = graph.parts();
        int[] partOfRoot = new int[n];
        Arrays.fill(partOfRoot, -1);
        int parts = 0;
        int[] size = new int[n];
        for (int i : graph.visitOrder()) {
            int r = root[i];
            if (partOfRoot[r] < 0) {
                partOfRoot[r] = parts++;
            }
            size[partOfRoot[r]]++;
        }
        if (parts < 2 || parts > k) {
            return Optional.empty();
        }
        int[][] members = new int[parts][];
        long[] weight = new long[parts];
        int[] fill = new int[parts];
        for (int p = 0; p < parts; p++) {
            members[p] = new int[size[p]];
        }
        for (int i : graph.visitOrder()) {
            int p = partOfRoot[root[i]];
            members[p][fill[p]++] = i;
            weight[p] += planar.weight(i);
        }
        int[] points = Arrays.copyOf(size, parts);
        return Optional.of(new PartsOfThePlane(graph, planar, members, weight,
                WholeGridsPerPart.grids(weight, points, k)));
    }

    /**
     * @param k number of grids
     * @return the best max/avg whole grids per part allow (see {@link WholeGridsPerPart#floor})
     */
    double floor(int k) {
        int[] points = new int[members.length];
        for (int p = 0; p < members.length; p++) {
            points[p] = members[p].length;
        }
        return WholeGridsPerPart.floor(weight, points, planar.heaviest(), k);
    }

    /**
     * Partitions each part into its grids with the pipeline's partitioner and treats grids in pieces as the
     * rule says, on the part's own graph (the subgraph it induces) and with the balance band of the part.
     *
     * @param pipeline the pipeline (its assign and contiguity stages)
     * @param rule the contiguity rule (not REPORT)
     * @return grid per point; part p's grids follow those of parts before it
     */
    int[] assign(PartitionPipeline pipeline, ContiguityRule rule) {
        return assign(pipeline, rule, ForkJoinPool.commonPool());
    }

    /**
     * As {@link #assign(PartitionPipeline, ContiguityRule)}, with the parts other than the largest run by
     * {@code executor}. The parts are independent and each one's grids depend only on the part, so the
     * assignment is the same whatever runs where and on how many threads.
     */
    int[] assign(PartitionPipeline pipeline, ContiguityRule rule, Executor executor) {
        int largest = 0;
        for (int p = 1; p < members.length; p++) {
            largest = members[p].length > members[largest].length ? p : largest;
        }
        List<CompletableFuture<int[]>> others = new ArrayList<>();
        for (int p = 0; p < members.length; p++) {
            final int part = p;
            others.add(p == largest ? null : CompletableFuture.supplyAsync(() -> gridsOf(part, pipeline, rule), executor));
        }
        int[] ofLargest = gridsOf(largest, pipeline, rule);
        int[] out = new int[planar.size()];
        int offset = 0;
        for (int p = 0; p < members.length; p++) {
            int[] m = members[p];
            int[] grid = p == largest ? ofLargest : PartitionPipeline.join(others.get(p));
            for (int j = 0; j < m.length; j++) {
                out[m[j]] = offset + grid[j];
            }
            offset += grids[p];
        }
        return out;
    }

    /** Part p's grid per member (0 .. grids[p] - 1), in the order of {@code members[p]}. */
    private int[] gridsOf(int p, PartitionPipeline pipeline, ContiguityRule rule) {
        int[] m = members[p];
        if (grids[p] == 1) {
            return new int[m.length];
        }
        double[] x = new double[m.length];
        double[] y = new double[m.length];
        long[] w = new long[m.length];
        for (int j = 0; j < m.length; j++) {
            x[j] = planar.x(m[j]);
            y[j] = planar.y(m[j]);
            w[j] = planar.weight(m[j]);
        }
        PlanarPoints part = PlanarPoints.ofMetres(x, y, w);
        int[] grid = pipeline.assign(part, grids[p]);
        return pipeline.contiguity(graph.induced(m), part, grid, grids[p], rule);
    }
}
