package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jiceng.grid.partition.PlanarPoints;

/**
 * Makes every grid contiguous whatever the loads, then brings the loads back into a balance band with
 * moves that never split a grid.
 *
 * <p>{@link #absorbFragments} hands every fragment (a component of a grid other than its main, heaviest,
 * component) to an adjacent grid, settling fragments outwards from the main components so that each
 * lands next to a piece that is already connected to its new grid's main component: the result is
 * contiguous whenever the Delaunay graph of all points is connected, which it is (a triangulation).
 *
 * <p>{@link #rebalance} then moves points along shortest paths in the grid adjacency graph: for a grid
 * above the band it finds a grid with room, for a grid below it a grid with surplus, and shifts one
 * boundary point across each edge of the path, each point leaving its grid only if its grid stays
 * connected without it (not an articulation point) and entering a grid it touches. A chain of moves is
 * kept only when it lowers the total distance of the path's loads from the band and raises none;
 * among the points that fit, those nearest the receiving grid's centroid are tried first. So a
 * contiguous partition stays contiguous, and the distance from the band strictly falls with every kept
 * chain.
 */
public final class StrictContiguity {

    /** Rounds of {@link #rebalance} (each round lists the grids' points again). */
    public static final int REBALANCE_ROUNDS = 64;
    /** Most grids a chain passes a point on to (beyond the out-of-band grid). */
    private static final int MAX_CHAIN = 5;
    /** Points tried per link of a chain (nearest the receiving centroid first). */
    private static final int BRANCHING = 4;
    /** Moves tried, counting undone ones, per chain length and out-of-band grid. */
    private static final int MOVES_PER_SEARCH = 256;

    private StrictContiguity() {
    }

    /**
     * Hands every fragment to an adjacent grid, ignoring loads. Fragments touching a grid's main
     * component (or a fragment already handed to a grid) go to the grid they share most edges with
     * (ties: lower grid index); breadth-first outwards, so every fragment attaches to a connected piece.
     * O(n + edges) after the component labelling.
     *
     * @param graph the Delaunay graph
     * @param points the points (weights choose each grid's main component)
     * @param grid grid per point, modified in place
     * @param k number of grids
     * @return points moved
     */
    public static long absorbFragments(DelaunayContiguity graph, PlanarPoints points, int[] grid, int k) {
        int n = graph.size();
        int[] parent = graph.components(grid);
        long[] compWeight = new long[n];
        int[] compSize = new int[n];
        for (int i = 0; i < n; i++) {
            compWeight[parent[i]] += points.weight(i);
            compSize[parent[i]]++;
        }
        // Main piece of each grid: heaviest component (ties: larger, then lower root), as in the repair.
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
        // settled[r]: the grid component r belongs to for good (-1: a fragment not yet handed on).
        int[] settled = new int[n];
        TreeSet<Integer> fragments = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (parent[i] == i) {
                boolean isMain = main[grid[i]] == i;
                settled[i] = isMain ? grid[i] : -1;
                if (!isMain) {
                    fragments.add(i);
                }
            }
        }
        if (fragments.isEmpty()) {
            return 0;
        }
        // Edges from each fragment to every other component it touches.
        Map<Integer, Map<Integer, Integer>> contacts = new HashMap<>();
        graph.forEachNeighbourPair(grid, (a, b) -> {
            int ra = parent[a];
            int rb = parent[b];
            if (ra == rb) {
                return;
            }
            if (settled[ra] < 0) {
                contacts.computeIfAbsent(ra, x -> new HashMap<>()).merge(rb, 1, Integer::sum);
            }
            if (settled[rb] < 0) {
                contacts.computeIfAbsent(rb, x -> new HashMap<>()).merge(ra, 1, Integer::sum);
            }
        });
        // Level by level: the fragments touching settled components take the grid they touch most.
        TreeSet<Integer> level = new TreeSet<>();
        for (int f : fragments) {
            if (touchesSettled(contacts.get(f), settled)) {
                level.add(f);
            }
        }
        while (!level.isEmpty()) {
            int[] chosen = new int[level.size()];
            int c = 0;
            for (int f : level) {
                chosen[c++] = mostTouchedGrid(contacts.get(f), settled);
            }
            c = 0;
            for (int f : level) {
                settled[f] = chosen[c++];
            }
            TreeSet<Integer> next = new TreeSet<>();
            for (int f : level) {
                for (int other : contacts.getOrDefault(f, Map.of()).keySet()) {
                    if (settled[other] < 0) {
                        next.add(other);
                    }
                }
            }
            level = next;
        }
        long moved = 0;
        for (int i = 0; i < n; i++) {
            int target = settled[parent[i]];
            if (target >= 0 && target != grid[i]) {
                grid[i] = target;
                moved++;
            }
        }
        return moved;
    }

    private static boolean touchesSettled(Map<Integer, Integer> contacts, int[] settled) {
        if (contacts != null) {
            for (int other : contacts.keySet()) {
                if (settled[other] >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The grid the fragment shares most edges with among settled components (ties: lower index). */
    private static int mostTouchedGrid(Map<Integer, Integer> contacts, int[] settled) {
        Map<Integer, Integer> edgesByGrid = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : contacts.entrySet()) {
            int g = settled[e.getKey()];
            if (g >= 0) {
                edgesByGrid.merge(g, e.getValue(), Integer::sum);
            }
        }
        int best = -1;
        int bestEdges = 0;
        for (Map.Entry<Integer, Integer> e : edgesByGrid.entrySet()) {
            if (e.getValue() > bestEdges || (e.getValue() == bestEdges && e.getKey() < best)) {
                best = e.getKey();
                bestEdges = e.getValue();
            }
        }
        return best;
    }

    /**
     * Moves loads into the band along chains of adjacent grids without splitting any grid (see the class
     * comment). Deterministic: grids out of the band are visited in index order, chains shortest first,
     * points by distance to the receiving centroid then index. Each round costs O(n) to list the grids'
     * points plus, per out-of-band grid and kept chain, at most {@value #MOVES_PER_SEARCH} tentative moves
     * per chain length, each scanning the donor's points with their neighbours and checking that the
     * donor stays connected (a search inside the donor); at most {@value #REBALANCE_ROUNDS} rounds, ending
     * early when a round keeps no chain.
     *
     * @param graph the Delaunay graph
     * @param points the points
     * @param grid grid per point, modified in place
     * @param k number of grids
     * @param band the band to reach
     * @return whether every load is in the band at the end
     */
    public static boolean rebalance(DelaunayContiguity graph, PlanarPoints points, int[] grid, int k,
            LoadBand band) {
        return new Rebalancer(graph, points, grid, k, band).run();
    }

    /** State of one {@link #rebalance} call. */
    private static final class Rebalancer {
        private final DelaunayContiguity graph;
        private final PlanarPoints points;
        private final int[] grid;
        private final int k;
        private final LoadBand band;
        private final long[] loads;
        private final int[] counts;
        private final double[] sx;
        private final double[] sy;
        private final DelaunayContiguity.RemovalCheck removal;
        /** Points of each grid at the start of the round plus those moved in since (filter by grid[]). */
        private int[][] members;
        private int[] memberCount;
        /** The grids of the chain being tried, in order, with their loads before it. */
        private final int[] chainGrids = new int[MAX_CHAIN + 1];
        private final long[] chainInitial = new long[MAX_CHAIN + 1];
        private int chainLength;
        /** Whether a grid is on the chain being tried. */
        private final boolean[] onChain;
        /** Moves of the chain being tried: point, from, to. */
        private final List<int[]> moves = new ArrayList<>();
        private final int[] seen;
        private int seenStamp;
        private int budget;

        Rebalancer(DelaunayContiguity graph, PlanarPoints points, int[] grid, int k, LoadBand band) {
            this.graph = graph;
            this.points = points;
            this.grid = grid;
            this.k = k;
            this.band = band;
            this.loads = new long[k];
            this.counts = new int[k];
            this.sx = new double[k];
            this.sy = new double[k];
            for (int i = 0; i < grid.length; i++) {
                int g = grid[i];
                loads[g] += points.weight(i);
                counts[g]++;
                sx[g] += points.x(i);
                sy[g] += points.y(i);
            }
            this.removal = graph.removalCheck();
            this.onChain = new boolean[k];
            this.seen = new int[grid.length];
        }

        boolean run() {
            for (int round = 0; round < REBALANCE_ROUNDS && !allInBand(); round++) {
                rebuildMembers();
                boolean progress = false;
                for (int g = 0; g < k; g++) {
                    while (band.violation(loads[g]) > 0 && improve(g)) {
                        progress = true;
                    }
                }
                if (!progress) {
                    break;
                }
            }
            return allInBand();
        }

        private boolean allInBand() {
            for (int g = 0; g < k; g++) {
                if (band.violation(loads[g]) > 0) {
                    return false;
                }
            }
            return true;
        }

        private void rebuildMembers() {
            memberCount = new int[k];
            members = new int[k][];
            for (int g = 0; g < k; g++) {
                members[g] = new int[counts[g] + 4];
            }
            for (int i = 0; i < grid.length; i++) {
                addMember(grid[i], i);
            }
        }

        private void addMember(int g, int i) {
            if (memberCount[g] == members[g].length) {
                members[g] = Arrays.copyOf(members[g], members[g].length * 2);
            }
            members[g][memberCount[g]++] = i;
        }

        /**
         * Keeps one chain that brings grid g nearer the band, trying chains of 1, 2, ... grids beyond g:
         * an over-full g pushes a point into a neighbour, which pushes one on if it is then over the
         * band; an under-full g pulls a point from a neighbour, which pulls one in if it is then under.
         */
        private boolean improve(int g) {
            boolean over = loads[g] > band.max();
            for (int length = 1; length <= MAX_CHAIN; length++) {
                budget = MOVES_PER_SEARCH;
                moves.clear();
                chainLength = 0;
                enter(g);
                boolean kept = over ? push(g, length) : pull(g, length);
                leave(g);
                if (kept) {
                    for (int[] mv : moves) {
                        addMember(mv[2], mv[0]);
                    }
                    return true;
                }
            }
            return false;
        }

        private void enter(int g) {
            chainGrids[chainLength] = g;
            chainInitial[chainLength] = loads[g];
            chainLength++;
            onChain[g] = true;
        }

        private void leave(int g) {
            chainLength--;
            onChain[g] = false;
        }

        /** Moves a point out of u (which holds too much) into a neighbour; recurses while hops remain. */
        private boolean push(int u, int hops) {
            if (counts[u] <= 1) {
                return false;
            }
            List<long[]> candidates = new ArrayList<>();
            seenStamp++;
            for (int x = 0; x < memberCount[u]; x++) {
                int p = members[u][x];
                if (grid[p] != u || seen[p] == seenStamp) {
                    continue;
                }
                seen[p] = seenStamp;
                long w = points.weight(p);
                if (!notWorse(u, loads[u] - w) && u != chainGrids[0]) {
                    continue;
                }
                int[] touched = touchedGrids(p, u);
                for (int v : touched) {
                    candidates.add(new long[] {Double.doubleToLongBits(distanceToCentroid(p, v)), p, v});
                }
            }
            return tryMoves(candidates, hops, true);
        }

        /** Moves a point from a neighbour into u (which holds too little); recurses while hops remain. */
        private boolean pull(int u, int hops) {
            List<long[]> candidates = new ArrayList<>();
            seenStamp++;
            for (int x = 0; x < memberCount[u]; x++) {
                int q = members[u][x];
                if (grid[q] != u) {
                    continue;
                }
                graph.forEachNeighbour(q, p -> {
                    int v = grid[p];
                    if (v == u || seen[p] == seenStamp || (onChain[v] && v != chainGrids[0])) {
                        return;
                    }
                    seen[p] = seenStamp;
                    if (counts[v] > 1 && (notWorse(u, loads[u] + points.weight(p)) || u == chainGrids[0])) {
                        candidates.add(new long[] {Double.doubleToLongBits(distanceToCentroid(p, u)), p, v});
                    }
                });
            }
            return tryMoves(candidates, hops, false);
        }

        /**
         * Tries the candidate moves nearest first: (distance bits, point, other grid). Pushing, the point
         * goes from its grid to the other; pulling, from the other grid to the chain's current grid.
         */
        private boolean tryMoves(List<long[]> candidates, int hops, boolean pushing) {
            // Non-negative doubles order like their bits.
            candidates.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                    : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]));
            int branches = 0;
            for (long[] c : candidates) {
                if (branches >= BRANCHING || budget <= 0) {
                    break;
                }
                int p = (int) c[1];
                int other = (int) c[2];
                int tail = chainGrids[chainLength - 1];
                int from = pushing ? tail : other;
                int to = pushing ? other : tail;
                if (grid[p] != from || !removal.keepsGridConnected(p, grid)) {
                    continue;
                }
                branches++;
                budget--;
                int next = pushing ? to : from;
                boolean closes = next == chainGrids[0];
                if (!closes) {
                    enter(next); // before the move: the chain compares with the loads before it
                }
                move(p, from, to);
                moves.add(new int[] {p, from, to});
                boolean kept = accepted() || (hops > 1 && !closes
                        && (pushing ? push(next, hops - 1) : pull(next, hops - 1)));
                if (!closes) {
                    leave(next);
                }
                if (kept) {
                    return true;
                }
                moves.remove(moves.size() - 1);
                move(p, to, from);
            }
            return false;
        }

        /** Whether a load for grid g is no further from the band than before the chain. */
        private boolean notWorse(int g, long load) {
            for (int j = 0; j < chainLength; j++) {
                if (chainGrids[j] == g) {
                    return band.violation(load) <= band.violation(chainInitial[j]);
                }
            }
            return band.violation(load) == 0;
        }

        /** Whether the chain's loads are no further from the band anywhere and nearer in total. */
        private boolean accepted() {
            double before = 0;
            double after = 0;
            for (int j = 0; j < chainLength; j++) {
                double was = band.violation(chainInitial[j]);
                double now = band.violation(loads[chainGrids[j]]);
                if (now > was) {
                    return false;
                }
                before += was;
                after += now;
            }
            return after < before;
        }

        /** Grids other than u that point p touches, excluding chain grids other than the chain's start. */
        private int[] touchedGrids(int p, int u) {
            int[] found = new int[8];
            int[] size = new int[1];
            int[][] holder = {found};
            graph.forEachNeighbour(p, j -> {
                int v = grid[j];
                if (v == u || (onChain[v] && v != chainGrids[0])) {
                    return;
                }
                for (int s = 0; s < size[0]; s++) {
                    if (holder[0][s] == v) {
                        return;
                    }
                }
                if (size[0] == holder[0].length) {
                    holder[0] = Arrays.copyOf(holder[0], size[0] * 2);
                }
                holder[0][size[0]++] = v;
            });
            return Arrays.copyOf(holder[0], size[0]);
        }

        private double distanceToCentroid(int p, int g) {
            double dx = points.x(p) - sx[g] / counts[g];
            double dy = points.y(p) - sy[g] / counts[g];
            return dx * dx + dy * dy;
        }

        private void move(int p, int from, int to) {
            long w = points.weight(p);
            grid[p] = to;
            loads[from] -= w;
            loads[to] += w;
            counts[from]--;
            counts[to]++;
            sx[from] -= points.x(p);
            sy[from] -= points.y(p);
            sx[to] += points.x(p);
            sy[to] += points.y(p);
        }
    }
}
