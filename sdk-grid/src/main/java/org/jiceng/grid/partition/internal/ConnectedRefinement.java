package org.jiceng.grid.partition.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jiceng.grid.partition.PlanarPoints;

/**
 * Makes grids compact on the {@link DelaunayGraph} with moves that never split a grid and keep every
 * load in the balance band, so a contiguous assignment stays contiguous.
 */
public final class ConnectedRefinement {

    /**
     * The connected refinement stops once a round over every point moves at most one point in this many: on a million
     * buildings the last rounds move a few hundred points each and cost a second apiece, while
     * communities of fewer than this many points still refine until nothing moves.
     */
    static final int SETTLED_FRACTION = 1000;

    /**
     * Points a refinement move's connectivity check may visit before it gives up and keeps the point:
     * a neighbour that reconnects only by a long way round is rare, and searching for it made the
     * refinement the larger half of the contiguity check on 1M buildings.
     */
    static final int REFINE_SEARCH_LIMIT = 128;

    /**
     * The rounds visit the points in runs of 2^CHUNK_BITS consecutive graph positions (neighbours along the
     * Hilbert curve, so a run reads nearby memory), the runs in a fixed pseudo-random order. Visiting every
     * point in the input's order read memory at random and made the rounds the largest part of the forced
     * join on 1M buildings; one sweep along the curve is as fast but drifts (mean Polsby-Popper 0.8930
     * against 0.8939 on 1M uniform buildings); runs of 16 keep the random order's compactness (0.8940).
     */
    static final int CHUNK_BITS = 4;

    private ConnectedRefinement() {
    }

    /**
     * Contiguity-preserving refinement: rounds of boundary moves towards compact grids that never split
     * a grid and never put a point in a grid it does not touch. A point moves from grid a to the
     * adjacent grid b (one of its Delaunay neighbours is in b) whose centroid is nearest, when that is
     * strictly nearer than a's centroid, both loads stay in the balance band of {@link #repair}, a keeps
     * a point, and a's neighbours of the point stay connected within a without it (checked by a BFS
     * inside a, skipped when the point has at most one neighbour in a). So no move raises the number of
     * pieces of any grid: a contiguous input stays contiguous. Points are visited in runs of consecutive graph
     * positions in a fixed pseudo-random order of the runs (see {@link #CHUNK_BITS}), so the result is deterministic.
     *
     * <p>The first round visits every run; a later round only the runs holding a point that moved in the round
     * before or a neighbour of one (whose foreign neighbours, grid shape or connectivity changed). Once such a
     * round moves at most one point in {@link #SETTLED_FRACTION}, a round visits every run again (the centroids
     * drift everywhere, so points far from the last moves can want to move too), and the refinement stops only
     * when such a full round moves that few. On 1M uniform buildings the full passes after the first were most
     * of the refinement's time: the worklist rounds cost a tenth of one, and the result is as compact (mean
     * Polsby-Popper 0.8942 against 0.8940 with a full pass in every round; 0.8686 on the clustered layout either
     * way).
     *
     * @param points the points
     * @param grid grid per point, modified in place
     * @param k number of grids
     * @param tau balance tolerance, as in {@link #repair}
     * @param rounds maximum rounds
     * @return points moved
     */
    public static long refineConnected(DelaunayGraph graph, PlanarPoints points, int[] grid, int k, double tau, int rounds) {
        return refineConnected(graph, points, grid, k, tau, rounds, new long[1]);
    }

    /**
     * As {@link #refineConnected(DelaunayGraph, PlanarPoints, int[], int, double, int)}, adding to
     * {@code visited[0]} the number of points the rounds considered moving (points with a neighbour in another
     * grid, in the runs a round visits).
     */
    static long refineConnected(DelaunayGraph graph, PlanarPoints points, int[] grid, int k, double tau, int rounds,
            long[] visited) {
        if (k < 2 || rounds == 0) {
            return 0;
        }
        int n = graph.size();
        int[] locOf = graph.locOf();
        int[] locStart = graph.locStart();
        int[] locItems = graph.locItems();
        int[] adjStart = graph.adjStart();
        int[] adj = graph.adj();
        long[] loads = new long[k];
        int[] counts = new int[k];
        double[] sx = new double[k];
        double[] sy = new double[k];
        for (int i = 0; i < n; i++) {
            int g = grid[i];
            loads[g] += points.weight(i);
            counts[g]++;
            sx[g] += points.x(i);
            sy[g] += points.y(i);
        }
        LoadBand band = LoadBand.of(points, loads, tau);
        double max = band.max();
        double min = band.min();
        int[] mark = new int[n];
        int[] targetMark = new int[n];
        int stamp = 0;
        int[] queue = new int[n];
        int[] inSource = new int[n];
        long[] searched = new long[1];
        long moved = 0;
        double[] cx = new double[k];
        double[] cy = new double[k];
        // foreign[r]: the neighbours in other grids of the point visited r-th. A point with none has no grid
        // to move to, so the rounds skip it without reading its neighbours (most points are inside their
        // grid); indexed by graph position, the rounds read it run by run instead of at random.
        int[] foreign = new int[n];
        // Neighbours are read from the graph's per-point lists, or written to scratch when it keeps none.
        int[] scratch = graph.neighbourScratch();
        int[] range = new int[2];
        for (int i = 0; i < n; i++) {
            int a = grid[i];
            int[] list = graph.neighbours(i, scratch, range);
            int count = 0;
            for (int s = range[0], end = range[1]; s < end; s++) {
                if (grid[list[s]] != a) {
                    count++;
                }
            }
            foreign[i] = count;
        }
        int chunks = (n + (1 << CHUNK_BITS) - 1) >>> CHUNK_BITS;
        int[] chunkOrder = new int[chunks];
        for (int c = 0; c < chunks; c++) {
            chunkOrder[c] = c;
        }
        SplittableRandom random = new SplittableRandom(0x9E3779B97F4A7C15L);
        for (int c = chunks - 1; c > 0; c--) {
            int j = random.nextInt(c + 1);
            int t = chunkOrder[c];
            chunkOrder[c] = chunkOrder[j];
            chunkOrder[j] = t;
        }
        // active[c]: run c is visited this round; touched[c]: a point of run c or one of its neighbours moved this
        // round, so run c is visited in the next one (see the method's comment).
        boolean[] active = new boolean[chunks];
        boolean[] touched = new boolean[chunks];
        Arrays.fill(active, true);
        boolean full = true;
        for (int round = 0; round < rounds; round++) {
            // Centroids fixed for the round, so every move lowers the round's sum of squared distances.
            for (int g = 0; g < k; g++) {
                cx[g] = sx[g] / counts[g];
                cy[g] = sy[g] / counts[g];
            }
            long roundMoved = 0;
            for (int v = 0, end = chunks << CHUNK_BITS; v < end; v++) {
                int chunk = chunkOrder[v >>> CHUNK_BITS];
                if (!active[chunk]) {
                    v |= (1 << CHUNK_BITS) - 1;
                    continue;
                }
                int i = (chunk << CHUNK_BITS) | (v & ((1 << CHUNK_BITS) - 1));
                if (i >= n || foreign[i] == 0) {
                    continue;
                }
                visited[0]++;
                int a = grid[i];
                long w = points.weight(i);
                if (counts[a] <= 1 || loads[a] - w < min) {
                    continue;
                }
                double px = points.x(i);
                double py = points.y(i);
                double own = sq(px - cx[a], py - cy[a]);
                double bestCost = own - 1e-9 * (1 + own);
                int best = -1;
                int sourceNeighbours = 0;
                int[] list = graph.neighbours(i, scratch, range);
                for (int s = range[0], last = range[1]; s < last; s++) {
                    int j = list[s];
                    int b = grid[j];
                    if (b == a) {
                        inSource[sourceNeighbours++] = j;
                        continue;
                    }
                    double cost = sq(px - cx[b], py - cy[b]);
                    if (cost < bestCost && loads[b] + w <= max) {
                        bestCost = cost;
                        best = b;
                    }
                }
                if (best < 0) {
                    continue;
                }
                if (sourceNeighbours > 1) {
                    stamp++;
                    if (!graph.staysConnected(i, a, grid, inSource, sourceNeighbours, scratch, mark, targetMark, stamp,
                            queue, searched, REFINE_SEARCH_LIMIT)) {
                        continue;
                    }
                }
                grid[i] = best;
                updateForeign(i, a, best, grid, foreign, touched, locOf, locStart, locItems, adjStart, adj);
                loads[a] -= w;
                loads[best] += w;
                counts[a]--;
                counts[best]++;
                sx[a] -= px;
                sy[a] -= py;
                sx[best] += px;
                sy[best] += py;
                roundMoved++;
            }
            moved += roundMoved;
            boolean settled = roundMoved <= n / SETTLED_FRACTION;
            if (settled && full) {
                break;
            }
            full = settled;
            if (full) {
                Arrays.fill(active, true);
            } else {
                boolean[] t = active;
                active = touched;
                touched = t;
            }
            Arrays.fill(touched, false);
        }
        return moved;
    }

    /** After i moved from grid a to grid b: the foreign-neighbour counts (by graph position) of i and of its neighbours. */
    private static void updateForeign(int i, int a, int b, int[] grid, int[] foreign, boolean[] touched, int[] locOf,
            int[] locStart, int[] locItems, int[] adjStart, int[] adj) {
        touched[i >>> CHUNK_BITS] = true;
        int l = locOf[i];
        for (int s = adjStart[l] - 1; s < adjStart[l + 1]; s++) {
            int m = s < adjStart[l] ? l : adj[s];
            for (int x = locStart[m]; x < locStart[m + 1]; x++) {
                int j = locItems[x];
                if (j == i) {
                    continue;
                }
                int c = grid[j];
                touched[j >>> CHUNK_BITS] = true;
                int change = (c == a ? 1 : 0) - (c == b ? 1 : 0);
                foreign[j] += change;
                foreign[i] += change;
            }
        }
    }

    private static double sq(double dx, double dy) {
        return dx * dx + dy * dy;
    }
}
