package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.grid.partition.PlanarPoints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;
import org.locationtech.jts.triangulate.quadedge.QuadEdge;

/**
 * Contiguity of grids on the Delaunay graph of all points: two points are neighbours when their
 * locations share a Delaunay edge or they are at the same location. A grid is contiguous when its points form one
 * connected component of the graph restricted to the grid (equivalently, when the union of its
 * points' Voronoi cells is one polygon).
 *
 * <p>{@link #repair} hands each fragment of a grid (a component other than the grid's heaviest) to
 * the adjacent grid it shares most edges with, when that keeps every load within the balance band.
 */
public final class DelaunayContiguity {

    /** Rounds of fragment moves (a move can create room or contacts for the next). */
    public static final int REPAIR_ROUNDS = 6;

    private final int n;
    /** Points grouped by location: location j holds locItems[locStart[j] .. locStart[j + 1]). */
    private final int[] locStart;
    private final int[] locItems;
    /** Delaunay edges between locations. */
    private final int[] edgeA;
    private final int[] edgeB;

    private DelaunayContiguity(int n, int[] locStart, int[] locItems, int[] edgeA, int[] edgeB) {
        this.n = n;
        this.locStart = locStart;
        this.locItems = locItems;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
    }

    /**
     * Builds the graph: Delaunay triangulation of the distinct locations; points at one location are
     * all neighbours of each other and of every point at an adjacent location. O(n log n) expected.
     *
     * @param points the points
     * @return the graph
     */
    public static DelaunayContiguity of(PlanarPoints points) {
        int n = points.size();
        Map<Coordinate, Integer> locationOf = new HashMap<>();
        int[] loc = new int[n];
        for (int i = 0; i < n; i++) {
            Coordinate c = new Coordinate(points.x(i), points.y(i));
            Integer l = locationOf.putIfAbsent(c, locationOf.size());
            loc[i] = l == null ? locationOf.size() - 1 : l;
        }
        int locations = locationOf.size();
        int[] start = new int[locations + 1];
        for (int i = 0; i < n; i++) {
            start[loc[i] + 1]++;
        }
        for (int l = 0; l < locations; l++) {
            start[l + 1] += start[l];
        }
        int[] items = new int[n];
        int[] fill = Arrays.copyOf(start, locations);
        for (int i = 0; i < n; i++) {
            items[fill[loc[i]]++] = i;
        }
        List<int[]> edges = new ArrayList<>();
        if (locations >= 2) {
            DelaunayTriangulationBuilder builder = new DelaunayTriangulationBuilder();
            builder.setSites(locationOf.keySet());
            @SuppressWarnings("unchecked")
            Collection<QuadEdge> primary = builder.getSubdivision().getPrimaryEdges(false);
            for (QuadEdge e : primary) {
                Integer a = locationOf.get(e.orig().getCoordinate());
                Integer b = locationOf.get(e.dest().getCoordinate());
                if (a != null && b != null) {
                    edges.add(new int[] {a, b});
                }
            }
        }
        int[] ea = new int[edges.size()];
        int[] eb = new int[edges.size()];
        for (int j = 0; j < ea.length; j++) {
            ea[j] = edges.get(j)[0];
            eb[j] = edges.get(j)[1];
        }
        return new DelaunayContiguity(n, start, items, ea, eb);
    }

    /** Above this many pairs, a group is linked through representatives instead of all pairs. */
    private static final int ALL_PAIRS_LIMIT = 1024;

    /**
     * Calls the visitor for pairs of neighbouring points: every pair when groups are small; for large
     * groups of co-located points (or large adjacent groups) a linear set of pairs through one
     * representative per grid, which connects the same components.
     */
    private void forEachNeighbourPair(int[] grid, PairVisitor visitor) {
        for (int l = 0; l + 1 < locStart.length; l++) {
            int from = locStart[l];
            int to = locStart[l + 1];
            int m = to - from;
            if ((long) m * m <= ALL_PAIRS_LIMIT) {
                for (int x = from; x < to; x++) {
                    for (int y = x + 1; y < to; y++) {
                        visitor.visit(locItems[x], locItems[y]);
                    }
                }
            } else {
                Map<Integer, Integer> rep = new HashMap<>();
                for (int x = from; x < to; x++) {
                    int i = locItems[x];
                    Integer r = rep.putIfAbsent(grid[i], i);
                    visitor.visit(r != null ? r : locItems[from], i);
                }
            }
        }
        for (int j = 0; j < edgeA.length; j++) {
            int a0 = locStart[edgeA[j]];
            int a1 = locStart[edgeA[j] + 1];
            int b0 = locStart[edgeB[j]];
            int b1 = locStart[edgeB[j] + 1];
            if ((long) (a1 - a0) * (b1 - b0) <= ALL_PAIRS_LIMIT) {
                for (int x = a0; x < a1; x++) {
                    for (int y = b0; y < b1; y++) {
                        visitor.visit(locItems[x], locItems[y]);
                    }
                }
            } else {
                Map<Integer, Integer> repA = new HashMap<>();
                for (int x = a0; x < a1; x++) {
                    repA.putIfAbsent(grid[locItems[x]], locItems[x]);
                    visitor.visit(locItems[x], locItems[b0]);
                }
                for (int y = b0; y < b1; y++) {
                    int b = locItems[y];
                    visitor.visit(repA.getOrDefault(grid[b], locItems[a0]), b);
                }
            }
        }
    }

    /** Receives a pair of neighbouring points. */
    private interface PairVisitor {
        void visit(int a, int b);
    }

    /**
     * @param points the points
     * @param grid grid per point
     * @param k number of grids
     * @return per grid, whether it is contiguous
     */
    public static boolean[] contiguous(PlanarPoints points, int[] grid, int k) {
        return of(points).contiguous(grid, k);
    }

    /**
     * @param grid grid per point
     * @param k number of grids
     * @return per grid, whether it is contiguous
     */
    public boolean[] contiguous(int[] grid, int k) {
        int[] parent = components(grid);
        int[] root = new int[k];
        Arrays.fill(root, -1);
        boolean[] contiguous = new boolean[k];
        Arrays.fill(contiguous, true);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            int g = grid[i];
            if (root[g] == -1) {
                root[g] = r;
            } else if (root[g] != r) {
                contiguous[g] = false;
            }
        }
        return contiguous;
    }

    /**
     * Moves fragments into adjacent grids within the balance band (up to {@value #REPAIR_ROUNDS} rounds).
     *
     * @param points the points (for weights)
     * @param grid grid per point, modified in place
     * @param k number of grids
     * @param tau balance tolerance: loads may use {@code [avg (1 - tau), avg (floor + tau)]} or
     *     the current range, whichever is wider
     * @return points moved
     */
    public long repair(PlanarPoints points, int[] grid, int k, double tau) {
        long[] loads = new long[k];
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            loads[grid[i]] += points.weight(i);
            counts[grid[i]]++;
        }
        double avg = (double) points.totalWeight() / k;
        double floor = avg > 0 ? Math.max(avg, points.heaviest()) / avg : 1;
        double max = Math.max(Arrays.stream(loads).max().orElse(0), avg * (floor + tau));
        double min = Math.min(Arrays.stream(loads).min().orElse(0), avg * (1 - tau));
        long moved = 0;
        for (int round = 0; round < REPAIR_ROUNDS; round++) {
            int[] parent = components(grid);
            long[] compWeight = new long[n];
            int[] compSize = new int[n];
            for (int i = 0; i < n; i++) {
                int r = find(parent, i);
                compWeight[r] += points.weight(i);
                compSize[r]++;
            }
            // The main piece of each grid: heaviest component (ties: larger, then lower root).
            int[] main = new int[k];
            Arrays.fill(main, -1);
            for (int i = 0; i < n; i++) {
                if (parent[i] != i) {
                    continue;
                }
                int g = grid[i];
                int m = main[g];
                if (m == -1 || compWeight[i] > compWeight[m] || (compWeight[i] == compWeight[m]
                        && (compSize[i] > compSize[m] || (compSize[i] == compSize[m] && i < m)))) {
                    main[g] = i;
                }
            }
            // Edges from each fragment to other grids.
            Map<Integer, Map<Integer, Integer>> contacts = new HashMap<>();
            final int[] mainOf = main;
            forEachNeighbourPair(grid, (a, b) -> {
                if (grid[a] == grid[b]) {
                    return;
                }
                int ra = find(parent, a);
                int rb = find(parent, b);
                if (ra != mainOf[grid[a]]) {
                    contacts.computeIfAbsent(ra, x -> new HashMap<>()).merge(grid[b], 1, Integer::sum);
                }
                if (rb != mainOf[grid[b]]) {
                    contacts.computeIfAbsent(rb, x -> new HashMap<>()).merge(grid[a], 1, Integer::sum);
                }
            });
            int[] target = new int[n];
            Arrays.fill(target, -1);
            List<Integer> fragments = new ArrayList<>(contacts.keySet());
            fragments.sort(null);
            for (int r : fragments) {
                int from = grid[r];
                long weight = compWeight[r];
                if (loads[from] - weight < min || counts[from] - compSize[r] < 1) {
                    continue;
                }
                int best = -1;
                int bestEdges = 0;
                for (Map.Entry<Integer, Integer> e : contacts.get(r).entrySet()) {
                    int to = e.getKey();
                    if (loads[to] + weight <= max && (e.getValue() > bestEdges
                            || (e.getValue() == bestEdges && to < best))) {
                        best = to;
                        bestEdges = e.getValue();
                    }
                }
                if (best >= 0) {
                    target[r] = best;
                    loads[from] -= weight;
                    loads[best] += weight;
                    counts[from] -= compSize[r];
                    counts[best] += compSize[r];
                }
            }
            long roundMoved = 0;
            for (int i = 0; i < n; i++) {
                int t = target[find(parent, i)];
                if (t >= 0) {
                    grid[i] = t;
                    roundMoved++;
                }
            }
            moved += roundMoved;
            if (roundMoved == 0) {
                break;
            }
        }
        return moved;
    }

    /** Union-find over the neighbour pairs within one grid; returns the (compressed) parent array. */
    private int[] components(int[] grid) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        forEachNeighbourPair(grid, (a, b) -> {
            if (grid[a] == grid[b]) {
                int ra = find(parent, a);
                int rb = find(parent, b);
                if (ra != rb) {
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
        });
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
        }
        return parent;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
