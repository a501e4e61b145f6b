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
 * Contiguity of grids on the Delaunay graph of all points: two points are neighbours when they
 * share a Delaunay edge or the same location. A grid is contiguous when its points form one
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
    private final int[] edgeA;
    private final int[] edgeB;

    private DelaunayContiguity(int n, int[] edgeA, int[] edgeB) {
        this.n = n;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
    }

    /**
     * Builds the graph (Delaunay triangulation of the distinct locations; co-located points are
     * joined in a chain). O(n log n) expected.
     *
     * @param points the points
     * @return the graph
     */
    public static DelaunayContiguity of(PlanarPoints points) {
        int n = points.size();
        Map<Coordinate, Integer> first = new HashMap<>();
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Coordinate c = new Coordinate(points.x(i), points.y(i));
            Integer head = first.putIfAbsent(c, i);
            if (head != null) {
                edges.add(new int[] {head, i});
            }
        }
        if (first.size() >= 2) {
            DelaunayTriangulationBuilder builder = new DelaunayTriangulationBuilder();
            builder.setSites(first.keySet());
            @SuppressWarnings("unchecked")
            Collection<QuadEdge> primary = builder.getSubdivision().getPrimaryEdges(false);
            for (QuadEdge e : primary) {
                Integer a = first.get(e.orig().getCoordinate());
                Integer b = first.get(e.dest().getCoordinate());
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
        return new DelaunayContiguity(n, ea, eb);
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
            for (int j = 0; j < edgeA.length; j++) {
                int a = edgeA[j];
                int b = edgeB[j];
                if (grid[a] == grid[b]) {
                    continue;
                }
                int ra = find(parent, a);
                int rb = find(parent, b);
                if (ra != main[grid[a]]) {
                    contacts.computeIfAbsent(ra, x -> new HashMap<>()).merge(grid[b], 1, Integer::sum);
                }
                if (rb != main[grid[b]]) {
                    contacts.computeIfAbsent(rb, x -> new HashMap<>()).merge(grid[a], 1, Integer::sum);
                }
            }
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

    /** Union-find over the edges joining points of the same grid; returns the parent array. */
    private int[] components(int[] grid) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int j = 0; j < edgeA.length; j++) {
            if (grid[edgeA[j]] == grid[edgeB[j]]) {
                int ra = find(parent, edgeA[j]);
                int rb = find(parent, edgeB[j]);
                if (ra != rb) {
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
        }
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
