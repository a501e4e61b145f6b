package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jiceng.grid.partition.PlanarPoints;
import org.jspecify.annotations.Nullable;

/**
 * Makes every grid contiguous whatever the loads, then brings the loads back into a balance band with
 * moves that never split a grid.
 *
 * <p>{@link #absorbFragments} hands every fragment (a component of a grid other than its main, heaviest,
 * component) to an adjacent grid, settling fragments outwards from the main components so that each
 * lands next to a piece that is already connected to its new grid's main component: the result is
 * contiguous whenever the Delaunay graph of all points is connected, which it is (a triangulation).
 *
 * <p>{@link #rebalance} then moves loads back into the band with chains of single-point moves between
 * adjacent grids, shortest chains first: a grid above the band pushes a boundary point into a
 * neighbour, which pushes one on if it is then above the band, and so on (at most {@value #MAX_CHAIN}
 * links); a grid below the band pulls one in the same way. A point leaves its grid only if the grid
 * stays connected without it (not an articulation point) and enters a grid it touches, so a contiguous
 * partition stays contiguous. A chain is kept only when no grid on it ends further from the band and
 * their total distance from the band falls; among the candidate points, those nearest the receiving
 * grid's centroid are tried first (compactness), {@value #BRANCHING} per link, and when that finds no chain,
 * {@value #BRANCHING} per link and grid the link leads to. A chain may also end
 * back at the grid it started from (a swap), which moves less load than either point alone.
 */
public final class StrictContiguity {

    /** Rounds of {@link #rebalance} (each round lists the grids' boundary points again). */
    public static final int REBALANCE_ROUNDS = 32;
    /** Most grids a chain passes a point on to (beyond the out-of-band grid). */
    private static final int MAX_CHAIN = 5;
    /** Points tried per link of a chain (nearest the receiving centroid first). */
    private static final int BRANCHING = 8;
    /** Moves tried, counting undone ones, per out-of-band grid and kept chain (all chain lengths together). */
    private static final int MOVES_PER_SEARCH = 1024;
    /**
     * Boundary points scanned for candidates per round, per point of the input: keeps a round O(n)
     * (times the mean number of Delaunay neighbours) even when many grids find no chain.
     */
    private static final int WORK_PER_POINT = 16;

    private StrictContiguity() {
    }

    /**
     * Hands every fragment to an adjacent grid, whatever the loads. Fragments touching a grid's main
     * component (or a fragment already handed to a grid) go to the grid they share most edges with among
     * those whose load stays at most {@code capacity} with the fragment, or, when none does, among all
     * (ties: lower grid index); breadth-first outwards, so every fragment attaches to a piece already
     * connected to its new grid's main component. O(n + edges) plus O(f log f) for f fragments.
     *
     * @param graph the Delaunay graph
     * @param points the points (weights choose each grid's main component)
     * @param grid grid per point, modified in place
     * @param k number of grids
     * @param capacity load a receiving grid should not exceed, when it can be helped
     * @return points moved
     */
    public static long absorbFragments(DelaunayGraph graph, PlanarPoints points, int[] grid, int k,
            double capacity) {
        int n = graph.size();
        int[] parent = graph.components(grid);
        long[] compWeight = new long[n];
        int[] compSize = new int[n];
        for (int i = 0; i < n; i++) {
            compWeight[parent[i]] += points.weight(i);
            compSize[parent[i]]++;
        }
        // Main piece of each grid, as in the repair.
        int[] main = graph.mainPieces(parent, grid, compWeight, compSize, k);
        // settled[r]: the grid component r belongs to for good (-1: a fragment not yet handed on).
        int[] settled = new int[n];
        int[] rank = graph.rank();
        Comparator<Integer> byRank = Comparator.comparingInt(r -> rank[r]);
        TreeSet<Integer> fragments = new TreeSet<>(byRank);
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
        TreeSet<Integer> level = new TreeSet<>(byRank);
        for (int f : fragments) {
            if (touchesSettled(contacts.get(f), settled)) {
                level.add(f);
            }
        }
        // Loads of what each grid keeps for sure: its main component and the fragments handed to it.
        long[] kept = new long[k];
        for (int g = 0; g < k; g++) {
            kept[g] = compWeight[main[g]];
        }
        while (!level.isEmpty()) {
            int[] chosen = new int[level.size()];
            int c = 0;
            for (int f : level) {
                int g = mostTouchedGrid(Objects.requireNonNull(contacts.get(f)), settled, kept, compWeight[f], capacity);
                kept[g] += compWeight[f];
                chosen[c++] = g;
            }
            c = 0;
            for (int f : level) {
                settled[f] = chosen[c++];
            }
            TreeSet<Integer> next = new TreeSet<>(byRank);
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

    private static boolean touchesSettled(@Nullable Map<Integer, Integer> contacts, int[] settled) {
        if (contacts != null) {
            for (int other : contacts.keySet()) {
                if (settled[other] >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The grid the fragment shares most edges with among settled components, preferring grids it fits in
     * (ties: lower index).
     */
    private static int mostTouchedGrid(Map<Integer, Integer> contacts, int[] settled, long[] kept, long weight,
            double capacity) {
        Map<Integer, Integer> edgesByGrid = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : contacts.entrySet()) {
            int g = settled[e.getKey()];
            if (g >= 0) {
                edgesByGrid.merge(g, e.getValue(), Integer::sum);
            }
        }
        int best = -1;
        int bestEdges = 0;
        boolean bestFits = false;
        for (Map.Entry<Integer, Integer> e : edgesByGrid.entrySet()) {
            int g = e.getKey();
            boolean fits = kept[g] + weight <= capacity;
            int edges = e.getValue();
            if (best < 0 || (fits && !bestFits)
                    || (fits == bestFits && (edges > bestEdges || (edges == bestEdges && g < best)))) {
                best = g;
                bestEdges = edges;
                bestFits = fits;
            }
        }
        return best;
    }

    /**
     * Moves loads into the band with chains of moves that never split a grid (see the class comment).
     * Deterministic: grids out of the band are visited in index order, chains shortest first, candidate
     * points by distance to the receiving centroid, then index. A round lists the grids' boundary points
     * (O(n + edges)) and then, for each grid out of the band, keeps chains while it can, trying at most
     * {@value #MOVES_PER_SEARCH} tentative moves per kept chain; each tentative move scans the donor's
     * (or receiver's) boundary points and runs a connectivity search inside the donor. A round stops
     * searching once it has scanned {@value #WORK_PER_POINT} n boundary entries and search steps, so
     * each round is O(n) times the mean Delaunay degree; at most {@value #REBALANCE_ROUNDS} rounds, and
     * the first round that keeps no chain is the last.
     *
     * @param graph the Delaunay graph
     * @param points the points
     * @param grid grid per point, modified in place
     * @param k number of grids
     * @param band the band to reach
     * @return whether every load is in the band at the end
     */
    public static boolean rebalance(DelaunayGraph graph, PlanarPoints points, int[] grid, int k,
            LoadBand band) {
        return new Rebalancer(graph, points, grid, k, band).run();
    }

    /** State of one {@link #rebalance} call. */
    private static final class Rebalancer {
        private final DelaunayGraph graph;
        private final PlanarPoints points;
        private final int[] grid;
        private final int k;
        private final LoadBand band;
        private final long[] loads;
        private final int[] counts;
        private final double[] sx;
        private final double[] sy;
        private final DelaunayGraph.RemovalCheck removal;
        /**
         * Boundary points of each grid at the start of the round plus those made boundary by kept moves
         * since (may repeat or be stale: filtered by grid[] and a stamp when read).
         */
        private int[][] boundary;
        private int[] boundaryCount;
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
        /** Whether the search counts its {@value #BRANCHING} candidates per link (false) or per grid of the link. */
        private boolean branchPerGrid;
        /** Boundary entries scanned this round, and the most a round may scan (a multiple of n). */
        private long work;
        private long workAtRoundStart;
        private final long workPerRound;

        @SuppressWarnings("NullAway.Init") // boundary, boundaryCount: set by rebuildBoundaries() each round
        Rebalancer(DelaunayGraph graph, PlanarPoints points, int[] grid, int k, LoadBand band) {
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
            this.workPerRound = (long) WORK_PER_POINT * Math.max(grid.length, 1024);
        }

        boolean run() {
            for (int round = 0; round < REBALANCE_ROUNDS && !allInBand(); round++) {
                rebuildBoundaries();
                boolean progress = false;
                workAtRoundStart = removal.visited();
                work = 0;
                for (int g = 0; g < k && work() < workPerRound; g++) {
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

        /** Lists each grid's boundary points: those with a neighbour in another grid. O(n + edges). */
        private void rebuildBoundaries() {
            boundaryCount = new int[k];
            boundary = new int[k][];
            for (int g = 0; g < k; g++) {
                boundary[g] = new int[8];
            }
            seenStamp++;
            graph.forEachNeighbourPair(grid, (a, b) -> {
                if (grid[a] != grid[b]) {
                    markBoundary(a);
                    markBoundary(b);
                }
            });
        }

        private void markBoundary(int p) {
            if (seen[p] != seenStamp) {
                seen[p] = seenStamp;
                addBoundary(grid[p], p);
            }
        }

        private void addBoundary(int g, int i) {
            if (boundaryCount[g] == boundary[g].length) {
                boundary[g] = Arrays.copyOf(boundary[g], boundary[g].length * 2);
            }
            boundary[g][boundaryCount[g]++] = i;
        }

        /** After a kept move of p from one grid to another: p and its neighbours left behind are on the boundary. */
        private void recordBoundary(int p, int from, int to) {
            addBoundary(to, p);
            graph.forEachNeighbour(p, j -> {
                if (grid[j] == from) {
                    addBoundary(from, j);
                }
            });
        }

        /**
         * Keeps one chain that brings grid g nearer the band, trying chains of 1, 2, ... grids beyond g:
         * an over-full g pushes a point into a neighbour, which pushes one on if it is then over the
         * band; an under-full g pulls a point from a neighbour, which pulls one in if it is then under.
         */
        private boolean improve(int g) {
            // The nearest candidates of each link first; only when that finds no chain, the nearest into each
            // grid of the link (a wider search, run only for grids the first one leaves out of the band).
            branchPerGrid = false;
            if (improveSearch(g)) {
                return true;
            }
            branchPerGrid = true;
            return improveSearch(g);
        }

        private boolean improveSearch(int g) {
            boolean over = loads[g] > band.max();
            budget = MOVES_PER_SEARCH;
            for (int length = 1; length <= MAX_CHAIN && budget > 0 && work() < workPerRound; length++) {
                moves.clear();
                chainLength = 0;
                enter(g);
                boolean kept = over ? push(g, length) : pull(g, length);
                leave(g);
                if (kept) {
                    for (int[] mv : moves) {
                        recordBoundary(mv[0], mv[1], mv[2]);
                    }
                    return true;
                }
            }
            return false;
        }

        /** Work this round: boundary entries scanned plus points visited by the connectivity checks. */
        private long work() {
            return work + removal.visited() - workAtRoundStart;
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
            work += boundaryCount[u];
            for (int x = 0; x < boundaryCount[u]; x++) {
                int p = boundary[u][x];
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
            work += boundaryCount[u];
            for (int x = 0; x < boundaryCount[u]; x++) {
                int q = boundary[u][x];
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
            // BRANCHING candidates per link; in the second search of improve(), per other grid of the link: when
            // the nearest candidates all lead into a full neighbour, the moves into an emptier neighbour further
            // from them are still tried (a clustered million-building join stopped over the band next to a
            // neighbour below it).
            int[] branchGrids = new int[8];
            int[] branchCounts = new int[8];
            int branchGridCount = 0;
            for (long[] c : candidates) {
                if (budget <= 0 || work() >= workPerRound) {
                    break;
                }
                int p = (int) c[1];
                int other = (int) c[2];
                int branchKey = branchPerGrid ? other : -1;
                int slot = 0;
                while (slot < branchGridCount && branchGrids[slot] != branchKey) {
                    slot++;
                }
                if (slot == branchGridCount) {
                    if (slot == branchGrids.length) {
                        branchGrids = Arrays.copyOf(branchGrids, slot * 2);
                        branchCounts = Arrays.copyOf(branchCounts, slot * 2);
                    }
                    branchGrids[slot] = branchKey;
                    branchCounts[slot] = 0;
                    branchGridCount++;
                }
                if (branchCounts[slot] >= BRANCHING) {
                    if (!branchPerGrid) {
                        break; // one count for the whole link: no later candidate can be tried
                    }
                    continue;
                }
                int tail = chainGrids[chainLength - 1];
                int from = pushing ? tail : other;
                int to = pushing ? other : tail;
                int next = pushing ? to : from;
                boolean closes = next == chainGrids[0];
                if (grid[p] != from) {
                    continue;
                }
                long w = points.weight(p);
                // On the last link the grid joining the chain keeps the load this move leaves it: such a
                // move is not tried (no connectivity search, no budget) but still counts as one of the
                // nearest candidates, so the search keeps to points near the receiving centroid.
                if (hops == 1 && !closes && !notWorse(next, pushing ? loads[to] + w : loads[from] - w)) {
                    branchCounts[slot]++;
                    continue;
                }
                if (!removal.keepsGridConnected(p, grid)) {
                    continue;
                }
                branchCounts[slot]++;
                budget--;
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
            long before = loads[g];
            for (int j = 0; j < chainLength; j++) {
                if (chainGrids[j] == g) {
                    before = chainInitial[j];
                }
            }
            return band.violation(load) <= band.violation(before);
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
