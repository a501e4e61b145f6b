package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.grid.partition.PlanarPoints;
import org.jiceng.grid.internal.HilbertCurve;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.triangulate.IncrementalDelaunayTriangulator;
import org.locationtech.jts.triangulate.quadedge.QuadEdge;
import org.locationtech.jts.triangulate.quadedge.QuadEdgeSubdivision;
import org.locationtech.jts.triangulate.quadedge.Vertex;

/**
 * Contiguity of grids on the Delaunay graph of all points: two points are neighbours when their
 * locations share a Delaunay edge or they are at the same location. A grid is contiguous when its points form one
 * connected component of the graph restricted to the grid (equivalently, when the union of its
 * points' Voronoi cells is one polygon).
 *
 * <p>The graph of all points is connected (a triangulation of the distinct locations, co-located
 * points adjacent to each other), so every assignment can be made contiguous.
 *
 * <p>{@link #repair} hands each fragment of a grid (a component other than the grid's heaviest) to
 * the adjacent grid it shares most edges with, when that keeps every load within the balance band;
 * {@link #repairBySwaps} joins the fragments that found every neighbour full by rotating one or two
 * points the other way; {@link #refineConnected} makes grids compact with moves that never split one.
 * These keep the balance band and may leave grids in pieces. {@link StrictContiguity} joins every
 * fragment whatever the loads and then rebalances with moves that never split a grid, using this
 * graph's components, neighbours and {@link RemovalCheck} (whether a point is not an articulation point
 * of its grid).
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
    /** Location of each point, and the locations adjacent to location l: adj[adjStart[l] .. adjStart[l + 1]). */
    private final int[] locOf;
    private final int[] adjStart;
    private final int[] adj;

    private DelaunayContiguity(int n, int[] locStart, int[] locItems, int[] edgeA, int[] edgeB) {
        this.n = n;
        this.locStart = locStart;
        this.locItems = locItems;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
        this.locOf = new int[n];
        for (int l = 0; l + 1 < locStart.length; l++) {
            for (int x = locStart[l]; x < locStart[l + 1]; x++) {
                locOf[locItems[x]] = l;
            }
        }
        int locations = locStart.length - 1;
        this.adjStart = new int[locations + 1];
        for (int j = 0; j < edgeA.length; j++) {
            adjStart[edgeA[j] + 1]++;
            adjStart[edgeB[j] + 1]++;
        }
        for (int l = 0; l < locations; l++) {
            adjStart[l + 1] += adjStart[l];
        }
        this.adj = new int[adjStart[locations]];
        int[] fill = Arrays.copyOf(adjStart, locations);
        for (int j = 0; j < edgeA.length; j++) {
            adj[fill[edgeA[j]]++] = edgeB[j];
            adj[fill[edgeB[j]]++] = edgeA[j];
        }
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
            // Sites go in along a Hilbert curve: each insertion's point location starts from the
            // previous site, which is then close by. JTS's builder inserts them sorted by x, which
            // makes every walk cross the data (1M buildings: most of a 90 s contiguity check).
            double[] lx = new double[locations];
            double[] ly = new double[locations];
            for (Map.Entry<Coordinate, Integer> e : locationOf.entrySet()) {
                lx[e.getValue()] = e.getKey().x;
                ly[e.getValue()] = e.getKey().y;
            }
            Envelope envelope = new Envelope();
            List<Vertex> sites = new ArrayList<>(locations);
            for (int l : HilbertCurve.order(lx, ly)) {
                sites.add(new Site(lx[l], ly[l], l));
                envelope.expandToInclude(lx[l], ly[l]);
            }
            QuadEdgeSubdivision subdivision = new QuadEdgeSubdivision(envelope, 0.0);
            new IncrementalDelaunayTriangulator(subdivision).insertSites(sites);
            @SuppressWarnings("unchecked")
            Collection<QuadEdge> primary = subdivision.getPrimaryEdges(false);
            for (QuadEdge e : primary) {
                if (e.orig() instanceof Site a && e.dest() instanceof Site b) {
                    edges.add(new int[] {a.location, b.location});
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

    /** A triangulation vertex that knows its location number (the frame's vertices are plain). */
    private static final class Site extends Vertex {
        final int location;

        Site(double x, double y, int location) {
            super(x, y);
            this.location = location;
        }
    }

    /** Above this many pairs, a group is linked through representatives instead of all pairs. */
    private static final int ALL_PAIRS_LIMIT = 1024;

    /**
     * Calls the visitor for pairs of neighbouring points: every pair when groups are small; for large
     * groups of co-located points (or large adjacent groups) a linear set of pairs through one
     * representative per grid, which connects the same components.
     */
    void forEachNeighbourPair(int[] grid, PairVisitor visitor) {
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
    interface PairVisitor {
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
        LoadBand band = LoadBand.of(points, loads, tau);
        double max = band.max();
        double min = band.min();
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
            int[] main = mainPieces(parent, grid, compWeight, compSize, k);
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

    /**
     * The main piece of each grid: its heaviest component (ties: more points, then lower root).
     *
     * @param parent component root per point (roots have {@code parent[i] == i}; other entries need
     *     not be compressed)
     * @param grid grid per point
     * @param compWeight weight per root
     * @param compSize points per root
     * @param k number of grids
     * @return per grid, the root of its main piece, or -1 for an empty grid
     */
    static int[] mainPieces(int[] parent, int[] grid, long[] compWeight, int[] compSize, int k) {
        int[] main = new int[k];
        Arrays.fill(main, -1);
        for (int i = 0; i < parent.length; i++) {
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
        return main;
    }

    /**
     * Contiguity-preserving refinement: rounds of boundary moves towards compact grids that never split
     * a grid and never put a point in a grid it does not touch. A point moves from grid a to the
     * adjacent grid b (one of its Delaunay neighbours is in b) whose centroid is nearest, when that is
     * strictly nearer than a's centroid, both loads stay in the balance band of {@link #repair}, a keeps
     * a point, and a's neighbours of the point stay connected within a without it (checked by a BFS
     * inside a, skipped when the point has at most one neighbour in a). So no move raises the number of
     * pieces of any grid: a contiguous input stays contiguous. Points are visited in index order, so the
     * result is deterministic.
     *
     * @param points the points
     * @param grid grid per point, modified in place
     * @param k number of grids
     * @param tau balance tolerance, as in {@link #repair}
     * @param rounds maximum rounds
     * @return points moved
     */
    public long refineConnected(PlanarPoints points, int[] grid, int k, double tau, int rounds) {
        if (k < 2 || rounds == 0) {
            return 0;
        }
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
        for (int round = 0; round < rounds; round++) {
            // Centroids fixed for the round, so every move lowers the round's sum of squared distances.
            for (int g = 0; g < k; g++) {
                cx[g] = sx[g] / counts[g];
                cy[g] = sy[g] / counts[g];
            }
            long roundMoved = 0;
            for (int i = 0; i < n; i++) {
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
                int l = locOf[i];
                for (int s = -1; s < adjStart[l + 1] - adjStart[l]; s++) {
                    int m = s < 0 ? l : adj[adjStart[l] + s];
                    for (int x = locStart[m]; x < locStart[m + 1]; x++) {
                        int j = locItems[x];
                        if (j == i) {
                            continue;
                        }
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
                }
                if (best < 0) {
                    continue;
                }
                if (sourceNeighbours > 1) {
                    stamp++;
                    if (!staysConnected(i, a, grid, inSource, sourceNeighbours, locOf, adjStart, adj, mark, targetMark,
                            stamp, queue, searched, REFINE_SEARCH_LIMIT)) {
                        continue;
                    }
                }
                grid[i] = best;
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
            if (roundMoved <= n / SETTLED_FRACTION) {
                break;
            }
        }
        return moved;
    }

    /**
     * The connected refinement stops once a round moves at most one point in this many: on a million
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

    /** Upper bound on tentative swaps tried (each costs one component labelling). */
    private static final int SWAP_ATTEMPTS = 4096;
    /**
     * Upper bound on the work of one {@link #repairBySwaps} call, in point visits (each tried swap counts
     * the n points its labelling visits). Small communities never reach it; on 200k clustered points
     * into 400 grids it cut the contiguity-checked pipeline from 33 s to 5-6 s with the same result
     * (the forced pass that follows in {@code GridPartitioning} joins what the swaps leave).
     */
    private static final long SWAP_WORK = 50_000_000L;

    /**
     * Joins fragments that {@link #repair} could not move because the receiving grid was full: the
     * fragment moves into an adjacent grid b while one point q of b moves to another grid c that q
     * touches (often the fragment's own grid), so every load stays in the band of {@link #repair}. A
     * swap is kept only when it lowers the total number of grid pieces and does not raise the number
     * of grids in pieces; otherwise it is undone. Deterministic; at most {@value #SWAP_ATTEMPTS} tries and
     * {@value #SWAP_WORK} point visits.
     *
     * @param points the points
     * @param grid grid per point, modified in place
     * @param k number of grids
     * @param tau balance tolerance, as in {@link #repair}
     * @return swaps kept
     */
    public int repairBySwaps(PlanarPoints points, int[] grid, int k, double tau) {
        long[] loads = new long[k];
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            loads[grid[i]] += points.weight(i);
            counts[grid[i]]++;
        }
        LoadBand band = LoadBand.of(points, loads, tau);
        double max = band.max();
        double min = band.min();
        int attempts = 0;
        long work = 0;
        int kept = 0;
        boolean progress = true;
        while (progress && attempts < SWAP_ATTEMPTS && work < SWAP_WORK) {
            progress = false;
            int[] parent = components(grid);
            int totalPieces = countRoots(parent);
            int splitGrids = gridsInPieces(grid, k);
            if (splitGrids == 0) {
                break;
            }
            work += 2L * n;
            long[] compWeight = new long[n];
            int[] compSize = new int[n];
            for (int i = 0; i < n; i++) {
                compWeight[parent[i]] += points.weight(i);
                compSize[parent[i]]++;
            }
            int[] main = new int[k];
            Arrays.fill(main, -1);
            for (int i = 0; i < n; i++) {
                if (parent[i] == i) {
                    int m = main[grid[i]];
                    if (m == -1 || compWeight[i] > compWeight[m]
                            || (compWeight[i] == compWeight[m] && compSize[i] > compSize[m])) {
                        main[grid[i]] = i;
                    }
                }
            }
            search:
            for (int r = 0; r < n; r++) {
                if (parent[r] != r || main[grid[r]] == r) {
                    continue;
                }
                int a = grid[r];
                int root = r;
                long wf = compWeight[r];
                work += n;
                List<Integer> fragment = new ArrayList<>();
                java.util.TreeSet<Integer> touching = new java.util.TreeSet<>();
                for (int i = 0; i < n; i++) {
                    if (parent[i] == r) {
                        fragment.add(i);
                        forEachNeighbour(i, locOf, j -> {
                            if (grid[j] != a) {
                                touching.add(grid[j]);
                            }
                        });
                    }
                }
                for (int b : touching) {
                    for (int q = 0; q < n && attempts < SWAP_ATTEMPTS && work < SWAP_WORK; q++) {
                        work++;
                        if (grid[q] != b || counts[b] <= 1) {
                            continue;
                        }
                        long wq = points.weight(q);
                        if (loads[b] + wf - wq > max || loads[b] + wf - wq < min) {
                            continue;
                        }
                        java.util.TreeSet<Integer> targets = new java.util.TreeSet<>();
                        forEachNeighbour(q, locOf, j -> {
                            if (grid[j] != b && parent[j] != root) {
                                targets.add(grid[j]);
                            }
                        });
                        for (int c : targets) {
                            // Close the cycle: c == a takes q directly; otherwise a point s of c that
                            // touches a moves to a (a three-way rotation a -> b -> c -> a).
                            for (int sIdx = c == a ? -1 : 0; sIdx < n && attempts < SWAP_ATTEMPTS && work < SWAP_WORK;
                                    sIdx++) {
                                work++;
                                long ws = 0;
                                if (sIdx >= 0) {
                                    if (grid[sIdx] != c || sIdx == q || counts[c] <= 1 || !touches(sIdx, a, root,
                                            grid, parent, locOf)) {
                                        continue;
                                    }
                                    ws = points.weight(sIdx);
                                }
                                long newA = loads[a] - wf + (c == a ? wq : ws);
                                long newC = c == a ? newA : loads[c] + wq - ws;
                                if (newA < min || newA > max || newC < min || newC > max) {
                                    continue;
                                }
                                attempts++;
                                work += n;
                                for (int i : fragment) {
                                    grid[i] = b;
                                }
                                grid[q] = c;
                                if (sIdx >= 0) {
                                    grid[sIdx] = a;
                                }
                                if (countRoots(components(grid)) < totalPieces
                                        && gridsInPieces(grid, k) <= splitGrids) {
                                    loads[a] = newA;
                                    loads[b] += wf - wq;
                                    if (c != a) {
                                        loads[c] = newC;
                                    }
                                    int sMoved = sIdx >= 0 ? 1 : 0;
                                    counts[a] += -fragment.size() + (c == a ? 1 : sMoved);
                                    counts[b] += fragment.size() - 1;
                                    if (c != a) {
                                        counts[c] += 1 - sMoved;
                                    }
                                    kept++;
                                    progress = true;
                                    break search;
                                }
                                if (sIdx >= 0) {
                                    grid[sIdx] = c;
                                }
                                grid[q] = b;
                                for (int i : fragment) {
                                    grid[i] = a;
                                }
                            }
                        }
                    }
                }
            }
        }
        return kept;
    }

    /** Whether point s has a neighbour in grid a outside the fragment {@code root}. */
    private boolean touches(int s, int a, int root, int[] grid, int[] parent, int[] locOf) {
        boolean[] found = new boolean[1];
        forEachNeighbour(s, locOf, j -> found[0] |= grid[j] == a && parent[j] != root);
        return found[0];
    }

    /** Calls the visitor for every neighbour of point i (co-located points and points at adjacent locations). */
    private void forEachNeighbour(int i, int[] locOf, java.util.function.IntConsumer visitor) {
        int l = locOf[i];
        for (int x = locStart[l]; x < locStart[l + 1]; x++) {
            if (locItems[x] != i) {
                visitor.accept(locItems[x]);
            }
        }
        for (int s = adjStart[l]; s < adjStart[l + 1]; s++) {
            int m = adj[s];
            for (int x = locStart[m]; x < locStart[m + 1]; x++) {
                visitor.accept(locItems[x]);
            }
        }
    }

    private static int countRoots(int[] parent) {
        int roots = 0;
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] == i) {
                roots++;
            }
        }
        return roots;
    }

    /**
     * @param grid grid per point
     * @param k number of grids
     * @return how many grids are not contiguous
     */
    public int gridsInPieces(int[] grid, int k) {
        int count = 0;
        for (boolean contiguous : contiguous(grid, k)) {
            if (!contiguous) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether all of point i's neighbours in grid a (distinct points, {@code targets[0 .. targetCount)})
     * reach each other within a without passing through i: BFS from the first, stopping once all are reached.
     * Adds the number of points the BFS visited to {@code searched[0]}.
     */
    private boolean staysConnected(int i, int a, int[] grid, int[] targets, int targetCount, int[] locOf,
            int[] adjStart, int[] adj, int[] mark, int[] targetMark, int stamp, int[] queue, long[] searched) {
        return staysConnected(i, a, grid, targets, targetCount, locOf, adjStart, adj, mark, targetMark, stamp, queue,
                searched, Integer.MAX_VALUE);
    }

    /**
     * As above, giving up (answering "not connected", so the caller keeps the point) once the search
     * has reached {@code limit} points.
     */
    private boolean staysConnected(int i, int a, int[] grid, int[] targets, int targetCount, int[] locOf,
            int[] adjStart, int[] adj, int[] mark, int[] targetMark, int stamp, int[] queue, long[] searched,
            int limit) {
        for (int t = 0; t < targetCount; t++) {
            targetMark[targets[t]] = stamp;
        }
        mark[i] = stamp;
        mark[targets[0]] = stamp;
        queue[0] = targets[0];
        int head = 0;
        int tail = 1;
        int reached = 1;
        while (head < tail && reached < targetCount && tail < limit) {
            int u = queue[head++];
            int l = locOf[u];
            for (int s = -1; s < adjStart[l + 1] - adjStart[l]; s++) {
                int m = s < 0 ? l : adj[adjStart[l] + s];
                for (int x = locStart[m]; x < locStart[m + 1]; x++) {
                    int v = locItems[x];
                    if (grid[v] != a || mark[v] == stamp) {
                        continue;
                    }
                    mark[v] = stamp;
                    queue[tail++] = v;
                    if (targetMark[v] == stamp) {
                        reached++;
                    }
                }
            }
        }
        searched[0] += tail;
        return reached >= targetCount;
    }

    private static double sq(double dx, double dy) {
        return dx * dx + dy * dy;
    }

    /** @return the number of points */
    int size() {
        return n;
    }

    /** Calls the visitor for every neighbour of point i (each neighbour once). */
    void forEachNeighbour(int i, java.util.function.IntConsumer visitor) {
        forEachNeighbour(i, locOf, visitor);
    }

    /** @return a reusable check of whether a point can leave its grid without splitting it (not thread-safe) */
    RemovalCheck removalCheck() {
        return new RemovalCheck();
    }

    /** Whether a point is not an articulation point of its grid, with scratch space for repeated checks. */
    final class RemovalCheck {
        private final int[] mark = new int[n];
        private final int[] targetMark = new int[n];
        private final int[] queue = new int[n];
        private final int[] inSource = new int[n];
        private int stamp;
        private final long[] visited = new long[1];

        /**
         * @param i a point
         * @param grid grid per point
         * @return whether the other points of i's grid stay connected to each other without i, as far as
         *     they were through i: i's neighbours in its grid still reach each other (BFS inside the grid)
         */
        boolean keepsGridConnected(int i, int[] grid) {
            int a = grid[i];
            int[] count = new int[1];
            forEachNeighbour(i, locOf, j -> {
                if (grid[j] == a) {
                    inSource[count[0]++] = j;
                }
            });
            visited[0] += count[0];
            if (count[0] <= 1) {
                return true;
            }
            stamp++;
            return staysConnected(i, a, grid, inSource, count[0], locOf, adjStart, adj, mark, targetMark, stamp,
                    queue, visited);
        }

        /** @return points the checks so far have visited (to bound the work of a caller) */
        long visited() {
            return visited[0];
        }
    }

    /** Union-find over the neighbour pairs within one grid; returns the (compressed) parent array. */
    int[] components(int[] grid) {
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
