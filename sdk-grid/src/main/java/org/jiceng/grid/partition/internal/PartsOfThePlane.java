package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.grid.partition.ContiguityRule;
import org.jiceng.grid.partition.PlanarPoints;
import org.locationtech.jts.geom.Geometry;

/**
 * The separate parts of the plane that hold points (the components of the {@link DelaunayGraph} in the
 * plane of a boundary: an island, the parts of a multi-part district), with the grids each gets under
 * {@link ContiguityRule#REQUIRE}. A grid can be one piece only inside one part, so when there are several
 * and at least as many grids, each part gets its own grids, at least one and otherwise in proportion to
 * its weight (largest remainders, ties to the part holding the lowest point index), and is partitioned and
 * made contiguous on its own. Balance across parts is then what whole grids allow; the quality shows it.
 */
final class PartsOfThePlane {

    private final PlanarPoints planar;
    private final List<int[]> members;
    private final int[] grids;

    private PartsOfThePlane(PlanarPoints planar, List<int[]> members, int[] grids) {
        this.planar = planar;
        this.members = members;
        this.grids = grids;
    }

    /**
     * @param graph the graph in the plane of the boundary
     * @param planar the points
     * @param k number of grids
     * @return the parts and their grids, when there are several parts and at least as many grids
     */
    static Optional<PartsOfThePlane> of(DelaunayGraph graph, PlanarPoints planar, int k) {
        int n = planar.size();
        int[] root = graph.components(new int[n]);
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(root[i], r -> new ArrayList<>()).add(i);
        }
        int parts = byRoot.size();
        if (parts < 2 || parts > k) {
            return Optional.empty();
        }
        List<int[]> members = new ArrayList<>(parts);
        long[] weight = new long[parts];
        for (List<Integer> part : byRoot.values()) {
            int[] m = part.stream().mapToInt(Integer::intValue).toArray();
            for (int i : m) {
                weight[members.size()] += planar.weight(i);
            }
            members.add(m);
        }
        int[] grids = allocate(weight, members, k);
        return Optional.of(new PartsOfThePlane(planar, members, grids));
    }

    /** At least one grid per part (and no more than its points), the rest by largest remainder of the weight share. */
    private static int[] allocate(long[] weight, List<int[]> members, int k) {
        int parts = weight.length;
        int[] grids = new int[parts];
        Arrays.fill(grids, 1);
        long total = Arrays.stream(weight).sum();
        double[] remainder = new double[parts];
        int left = k - parts;
        for (int p = 0; p < parts; p++) {
            double share = total > 0 ? (double) weight[p] * k / total : (double) k / parts;
            int extra = (int) Math.min(Math.max(0, Math.floor(share) - 1), Math.min(left, members.get(p).length - 1));
            grids[p] += extra;
            left -= extra;
            remainder[p] = share - grids[p];
        }
        while (left > 0) {
            int best = -1;
            for (int p = 0; p < parts; p++) {
                if (grids[p] < members.get(p).length && (best < 0 || remainder[p] > remainder[best])) {
                    best = p;
                }
            }
            grids[best]++;
            remainder[best] -= 1;
            left--;
        }
        return grids;
    }

    /**
     * Partitions each part into its grids with the pipeline's partitioner and makes them contiguous under
     * REQUIRE, on the part's own graph.
     *
     * @param pipeline the pipeline (its assign and contiguity stages)
     * @param planarBoundary the boundary in the points' metres
     * @return grid per point; part p's grids follow those of parts before it
     */
    int[] assign(PartitionPipeline pipeline, Optional<Geometry> planarBoundary) {
        int[] out = new int[planar.size()];
        int offset = 0;
        for (int p = 0; p < members.size(); p++) {
            int[] m = members.get(p);
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
            grid = pipeline.contiguity(DelaunayGraph.of(part, planarBoundary), part, grid, grids[p],
                    ContiguityRule.REQUIRE);
            for (int j = 0; j < m.length; j++) {
                out[m[j]] = offset + grid[j];
            }
            offset += grids[p];
        }
        return out;
    }
}
