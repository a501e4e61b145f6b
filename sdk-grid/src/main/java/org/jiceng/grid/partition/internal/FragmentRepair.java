package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jiceng.grid.partition.PlanarPoints;

/**
 * Fragment moves on the {@link DelaunayGraph} that keep every load in the balance band: {@link #repair}
 * hands each fragment of a grid (a component other than the grid's heaviest) to the adjacent grid it
 * shares most edges with, when that keeps every load within the band; {@link #repairBySwaps} joins the
 * fragments that found every neighbour full by rotating one or two points the other way. Both may leave
 * grids in pieces; {@link StrictContiguity} joins what they leave whatever the loads.
 */
public final class FragmentRepair {

    /** Rounds of fragment moves (a move can create room or contacts for the next). */
    public static final int REPAIR_ROUNDS = 6;

    /** Upper bound on tentative swaps tried (each costs one component labelling). */
    private static final int SWAP_ATTEMPTS = 4096;
    /**
     * Upper bound on the work of one {@link #repairBySwaps} call, in point visits (each tried swap counts
     * the n points its labelling visits). Small communities never reach it; on 200k clustered points
     * into 400 grids it cut the contiguity-checked pipeline from 33 s to 5-6 s with the same result
     * (the forced pass that follows in {@code GridPartitioning} joins what the swaps leave).
     */
    private static final long SWAP_WORK = 50_000_000L;

    private FragmentRepair() {
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
    public static long repair(DelaunayGraph graph, PlanarPoints points, int[] grid, int k, double tau) {
        return repair(graph, points, grid, k, tau, new int[1]);
    }

    /**
     * As {@link #repair(DelaunayGraph, PlanarPoints, int[], int, double)}, saying how many grids are left in
     * pieces (from the repair's own labelling, which the graph keeps: the caller need not label the graph again).
     *
     * @param piecesAfter set to the grids in pieces after the repair
     */
    static long repair(DelaunayGraph graph, PlanarPoints points, int[] grid, int k, double tau, int[] piecesAfter) {
        return repair(graph, points, grid, k, tau, piecesAfter, REPAIR_ROUNDS);
    }

    /**
     * As {@link #repair(DelaunayGraph, PlanarPoints, int[], int, double, int[])} with at most {@code rounds} rounds.
     * When the last round still moved fragments, the labelling is brought up to date for the grids it changed, so
     * the number of grids in pieces is always known.
     */
    static long repair(DelaunayGraph graph, PlanarPoints points, int[] grid, int k, double tau, int[] piecesAfter,
            int rounds) {
        piecesAfter[0] = -1;
        int n = graph.size();
        Tally tally = Tally.of(points, grid, k, tau);
        long[] loads = tally.loads();
        int[] counts = tally.counts();
        double max = tally.band().max();
        double min = tally.band().min();
        long moved = 0;
        // Labelled in full once; after each round only the grids it changed are labelled again.
        int[] parent = graph.components(grid);
        boolean[] changed = new boolean[k];
        for (int round = 0; round < rounds; round++) {
            if (round > 0) {
                graph.relabel(parent, grid, changed);
                Arrays.fill(changed, false);
            }
            long[] compWeight = new long[n];
            int[] compSize = new int[n];
            for (int i = 0; i < n; i++) {
                int r = DelaunayGraph.find(parent, i);
                compWeight[r] += points.weight(i);
                compSize[r]++;
            }
            int[] main = graph.mainPieces(parent, grid, compWeight, compSize, k);
            // Edges from each fragment to other grids: the neighbours in other grids of the fragments'
            // points (a grid's main piece has no contacts to count, and most points are in one).
            Map<Integer, Map<Integer, Integer>> contacts = new HashMap<>();
            if (!hasFragments(parent, grid, main)) {
                piecesAfter[0] = 0;
                graph.remember(grid, parent);
                break;
            }
            for (int i = 0; i < n; i++) {
                int ri = parent[i];
                int a = grid[i];
                if (ri == main[a]) {
                    continue;
                }
                graph.forEachNeighbour(i, j -> {
                    if (grid[j] != a) {
                        contacts.computeIfAbsent(ri, x -> new HashMap<>()).merge(grid[j], 1, Integer::sum);
                    }
                });
            }
            int[] target = new int[n];
            Arrays.fill(target, -1);
            List<Integer> fragments = new ArrayList<>(contacts.keySet());
            int[] rank = graph.rank();
            fragments.sort(java.util.Comparator.comparingInt(r -> rank[r]));
            for (int r : fragments) {
                int from = grid[r];
                long weight = compWeight[r];
                if (loads[from] - weight < min || counts[from] - compSize[r] < 1) {
                    continue;
                }
                int best = -1;
                int bestEdges = 0;
                for (Map.Entry<Integer, Integer> e : Objects.requireNonNull(contacts.get(r)).entrySet()) {
                    int to = e.getKey();
                    if (loads[to] + weight <= max && (e.getValue() > bestEdges
                            || (e.getValue() == bestEdges && to < best))) {
                        best = to;
                        bestEdges = e.getValue();
                    }
                }
                if (best >= 0) {
                    target[r] = best;
                    changed[from] = true;
                    changed[best] = true;
                    loads[from] -= weight;
                    loads[best] += weight;
                    counts[from] -= compSize[r];
                    counts[best] += compSize[r];
                }
            }
            long roundMoved = 0;
            for (int i = 0; i < n; i++) {
                int t = target[DelaunayGraph.find(parent, i)];
                if (t >= 0) {
                    grid[i] = t;
                    roundMoved++;
                }
            }
            moved += roundMoved;
            if (roundMoved == 0) {
                // The labelling is of the assignment as it is now: the next step (the forced join) labels it too.
                piecesAfter[0] = DelaunayGraph.gridsInPieces(parent, grid, k);
                graph.remember(grid, parent);
                break;
            }
        }
        if (piecesAfter[0] < 0 && rounds > 0) {
            // The last round moved fragments: relabel the grids it changed (the caller would label them all).
            graph.relabel(parent, grid, changed);
            piecesAfter[0] = DelaunayGraph.gridsInPieces(parent, grid, k);
            graph.remember(grid, parent);
        }
        return moved;
    }


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
    public static int repairBySwaps(DelaunayGraph graph, PlanarPoints points, int[] grid, int k, double tau) {
        return repairBySwaps(graph, points, grid, k, tau, true);
    }

    /**
     * As {@link #repairBySwaps(DelaunayGraph, PlanarPoints, int[], int, double)}; {@code onlyTouching} false
     * makes the rotations' inner loop pass over every point of the third grid (the reference the shortcut
     * must equal).
     */
    static int repairBySwaps(DelaunayGraph graph, PlanarPoints points, int[] grid, int k, double tau,
            boolean onlyTouching) {
        int n = graph.size();
        Tally tally = Tally.of(points, grid, k, tau);
        long[] loads = tally.loads();
        int[] counts = tally.counts();
        double max = tally.band().max();
        double min = tally.band().min();
        int attempts = 0;
        long work = 0;
        int kept = 0;
        boolean progress = true;
        // Labelled in full once; after a kept swap only the grids it changed are labelled again.
        int[] parent = null;
        boolean[] swapped = new boolean[k];
        while (progress && attempts < SWAP_ATTEMPTS && work < SWAP_WORK) {
            progress = false;
            if (parent == null) {
                parent = graph.components(grid);
            } else {
                graph.relabel(parent, grid, swapped);
                Arrays.fill(swapped, false);
            }
            final int[] labels = parent;
            int totalPieces = DelaunayGraph.countRoots(parent);
            int splitGrids = DelaunayGraph.gridsInPieces(parent, grid, k);
            if (splitGrids == 0) {
                break;
            }
            work += 2L * n;
            int[] piecesOf = new int[k];
            for (int i = 0; i < n; i++) {
                if (parent[i] == i) {
                    piecesOf[grid[i]]++;
                }
            }
            Pieces pieces = new Pieces(graph, n);
            long[] compWeight = new long[n];
            int[] compSize = new int[n];
            for (int i = 0; i < n; i++) {
                compWeight[parent[i]] += points.weight(i);
                compSize[parent[i]]++;
            }
            int[] main = new int[k];
            Arrays.fill(main, -1);
            int[] visit = graph.visitOrder();
            for (int v = 0; v < n; v++) {
                int i = visit[v];
                if (parent[i] == i) {
                    int m = main[grid[i]];
                    if (m == -1 || compWeight[i] > compWeight[m]
                            || (compWeight[i] == compWeight[m] && compSize[i] > compSize[m])) {
                        main[grid[i]] = i;
                    }
                }
            }
            // The round's grids and components as lists in visit order, so the scans below read only the
            // points they can use. Trials are undone before the next one, so the lists stay exact for the
            // round. Work is counted as if every point were scanned (Scan), so the bounds end the search
            // where they always did and the result does not change.
            int[][] ofGrid = groupByVisit(grid, k, visit);
            int[] rootIndex = rootIndex(parent);
            int[][] ofRoot = groupRoots(parent, rootIndex);
            int[] rank = graph.rank();
            Scan scan = new Scan(n, rank, SWAP_WORK);
            Scan inner = new Scan(n, rank, SWAP_WORK);
            search:
            for (int vr = 0; vr < n; vr++) {
                int r = visit[vr];
                if (parent[r] != r || main[grid[r]] == r) {
                    continue;
                }
                int a = grid[r];
                int root = r;
                long wf = compWeight[r];
                work += n;
                int[] fragment = ofRoot[rootIndex[r]];
                // Per grid c, its points that touch a outside the fragment: the only ones the rotation's
                // inner loop runs its body for (the others it passes over, at the same work).
                int[][] touchingA = new int[k][];
                java.util.TreeSet<Integer> touching = new java.util.TreeSet<>();
                for (int i : fragment) {
                    graph.forEachNeighbour(i, j -> {
                        if (grid[j] != a) {
                            touching.add(grid[j]);
                        }
                    });
                }
                for (int b : touching) {
                    scan.start(0, ofGrid[b]);
                    while (attempts < SWAP_ATTEMPTS) {
                        boolean more = scan.advance(work);
                        work = scan.work();
                        if (!more) {
                            break;
                        }
                        int q = scan.point();
                        if (grid[q] != b || counts[b] <= 1) {
                            continue;
                        }
                        long wq = points.weight(q);
                        if (loads[b] + wf - wq > max || loads[b] + wf - wq < min) {
                            continue;
                        }
                        java.util.TreeSet<Integer> targets = new java.util.TreeSet<>();
                        graph.forEachNeighbour(q, j -> {
                            if (grid[j] != b && labels[j] != root) {
                                targets.add(grid[j]);
                            }
                        });
                        for (int c : targets) {
                            // Close the cycle: c == a takes q directly; otherwise a point s of c that
                            // touches a moves to a (a three-way rotation a -> b -> c -> a).
                            if (touchingA[c] == null) {
                                touchingA[c] = onlyTouching ? touching(graph, ofGrid[c], a, root, grid, parent)
                                        : ofGrid[c];
                            }
                            inner.start(c == a ? -1 : 0, touchingA[c]);
                            while (attempts < SWAP_ATTEMPTS) {
                                boolean innerMore = inner.advance(work);
                                work = inner.work();
                                if (!innerMore) {
                                    break;
                                }
                                int sIdx = inner.point();
                                long ws = 0;
                                if (sIdx >= 0) {
                                    if (grid[sIdx] != c || sIdx == q || counts[c] <= 1 || !touches(graph, sIdx, a, root,
                                            grid, parent)) {
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
                                // Only grids a, b and c changed: count their pieces again.
                                int newTotal = totalPieces;
                                int newSplit = splitGrids;
                                for (int changed : c == a ? new int[] {a, b} : new int[] {a, b, c}) {
                                    int now = pieces.of(grid, changed, ofGrid[changed], fragment, q, sIdx);
                                    newTotal += now - piecesOf[changed];
                                    newSplit += (now > 1 ? 1 : 0) - (piecesOf[changed] > 1 ? 1 : 0);
                                }
                                if (newTotal < totalPieces && newSplit <= splitGrids) {
                                    loads[a] = newA;
                                    loads[b] += wf - wq;
                                    if (c != a) {
                                        loads[c] = newC;
                                    }
                                    int sMoved = sIdx >= 0 ? 1 : 0;
                                    counts[a] += -fragment.length + (c == a ? 1 : sMoved);
                                    counts[b] += fragment.length - 1;
                                    if (c != a) {
                                        counts[c] += 1 - sMoved;
                                    }
                                    kept++;
                                    progress = true;
                                    swapped[a] = true;
                                    swapped[b] = true;
                                    swapped[c] = true;
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

    /** Points per grid, each list in visit order. */
    private static int[][] groupByVisit(int[] grid, int k, int[] visit) {
        int[] size = new int[k];
        for (int g : grid) {
            size[g]++;
        }
        int[][] of = new int[k][];
        for (int g = 0; g < k; g++) {
            of[g] = new int[size[g]];
        }
        int[] fill = new int[k];
        for (int i : visit) {
            of[grid[i]][fill[grid[i]]++] = i;
        }
        return of;
    }

    /** Per component (numbered by {@link #rootIndex}), its points in index order. */
    private static int[][] groupRoots(int[] parent, int[] index) {
        int roots = 0;
        for (int i = 0; i < parent.length; i++) {
            roots += parent[i] == i ? 1 : 0;
        }
        int[] size = new int[roots];
        for (int i = 0; i < parent.length; i++) {
            size[index[parent[i]]]++;
        }
        int[][] of = new int[roots][];
        for (int c = 0; c < roots; c++) {
            of[c] = new int[size[c]];
        }
        int[] fill = new int[roots];
        for (int i = 0; i < parent.length; i++) {
            int c = index[parent[i]];
            of[c][fill[c]++] = i;
        }
        return of;
    }

    /** Per root (a point with {@code parent[i] == i}), its component's number: roots in index order. */
    private static int[] rootIndex(int[] parent) {
        int[] index = new int[parent.length];
        int c = 0;
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] == i) {
                index[i] = c++;
            }
        }
        return index;
    }

    /**
     * The loop {@code for (v = first; v < n && work < bound; v++) { work++; body(visit[v]) }} of the swap
     * search, where the body skips every point outside one list: it stops only at the list's points (their
     * visit ranks ascending) and at position -1 (no point: the direct swap) when it starts there, and counts the
     * positions it passes as work exactly as the full loop did, so the work bound ends it at the same place.
     */
    static final class Scan {
        private final int n;
        private final int[] rank;
        private final long bound;
        private int[] list = new int[0];
        private int next;
        private int position;
        private int point;
        private long work;

        /**
         * @param n points
         * @param rank each point's position in the visit order
         * @param bound the work at which the loop stops
         */
        Scan(int n, int[] rank, long bound) {
            this.n = n;
            this.rank = rank;
            this.bound = bound;
        }

        /**
         * @param first the first position: 0, or -1 to stop at "no point" first
         * @param points the points the loop's body uses, in visit order
         */
        void start(int first, int[] points) {
            this.list = points;
            this.next = 0;
            this.position = first;
        }

        /**
         * Moves to the next stop, counting the work of the positions passed and of the stop.
         *
         * @param workBefore the work so far
         * @return whether the loop runs its body at a stop ({@link #point()}); {@link #work()} is the work
         *     after it either way
         */
        boolean advance(long workBefore) {
            work = workBefore;
            while (next < list.length && rank[list[next]] < position) {
                next++;
            }
            int stop = position == -1 ? -1 : next < list.length ? rank[list[next]] : n;
            if (work < bound) {
                work = Math.min(bound, work + (stop - position));
            }
            if (stop == n || work >= bound) {
                position = n;
                return false;
            }
            work++;
            point = stop == -1 ? -1 : list[next++];
            position = stop + 1;
            return true;
        }

        /** @return the point of the current stop (-1 for no point) */
        int point() {
            return point;
        }

        /** @return the work after the last {@link #advance} */
        long work() {
            return work;
        }
    }

    /** Load and point count per grid, and the balance band around those loads. */
    private record Tally(long[] loads, int[] counts, LoadBand band) {
        static Tally of(PlanarPoints points, int[] grid, int k, double tau) {
            long[] loads = new long[k];
            int[] counts = new int[k];
            for (int i = 0; i < grid.length; i++) {
                loads[grid[i]] += points.weight(i);
                counts[grid[i]]++;
            }
            return new Tally(loads, counts, LoadBand.of(points, loads, tau));
        }
    }

    /** Counts the pieces of one grid: a search inside the grid from each of its points not yet reached. */
    private static final class Pieces {
        private final DelaunayGraph graph;
        private final int[] mark;
        private final int[] queue;
        private int stamp;

        Pieces(DelaunayGraph graph, int n) {
            this.graph = graph;
            this.mark = new int[n];
            this.queue = new int[n];
        }

        /**
         * @param grid grid per point
         * @param g the grid
         * @param before the points of g before the trial (some may have left it)
         * @param fragment the fragment's points (moved by the trial)
         * @param q the point of the receiving grid the trial moved
         * @param s the point the trial moved into the fragment's grid, or -1
         * @return the pieces of g now
         */
        int of(int[] grid, int g, int[] before, int[] fragment, int q, int s) {
            stamp++;
            int count = 0;
            for (int i : before) {
                count += grid[i] == g ? search(grid, g, i) : 0;
            }
            for (int i : fragment) {
                count += grid[i] == g ? search(grid, g, i) : 0;
            }
            count += grid[q] == g ? search(grid, g, q) : 0;
            count += s >= 0 && grid[s] == g ? search(grid, g, s) : 0;
            return count;
        }

        /** Marks the piece of g holding i; 1 if it was not marked yet, else 0. */
        private int search(int[] grid, int g, int i) {
            if (mark[i] == stamp) {
                return 0;
            }
            int[] locOf = graph.locOf();
            int[] locStart = graph.locStart();
            int[] locItems = graph.locItems();
            int[] adjStart = graph.adjStart();
            int[] adj = graph.adj();
            mark[i] = stamp;
            queue[0] = i;
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int l = locOf[queue[head++]];
                for (int x = adjStart[l] - 1; x < adjStart[l + 1]; x++) {
                    int m = x < adjStart[l] ? l : adj[x];
                    for (int y = locStart[m]; y < locStart[m + 1]; y++) {
                        int v = locItems[y];
                        if (grid[v] == g && mark[v] != stamp) {
                            mark[v] = stamp;
                            queue[tail++] = v;
                        }
                    }
                }
            }
            return 1;
        }
    }

    /** Whether some component is not its grid's main piece. */
    private static boolean hasFragments(int[] parent, int[] grid, int[] main) {
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] == i && main[grid[i]] != i) {
                return true;
            }
        }
        return false;
    }

    /** The points of the list that have a neighbour in grid a outside the fragment {@code root}, in list order. */
    private static int[] touching(DelaunayGraph graph, int[] list, int a, int root, int[] grid, int[] parent) {
        int[] out = new int[list.length];
        int count = 0;
        for (int s : list) {
            if (touches(graph, s, a, root, grid, parent)) {
                out[count++] = s;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Whether point s has a neighbour in grid a outside the fragment {@code root}. */
    private static boolean touches(DelaunayGraph graph, int s, int a, int root, int[] grid, int[] parent) {
        int[] locStart = graph.locStart();
        int[] locItems = graph.locItems();
        int[] adjStart = graph.adjStart();
        int[] adj = graph.adj();
        int l = graph.locOf()[s];
        for (int x = adjStart[l] - 1; x < adjStart[l + 1]; x++) {
            int m = x < adjStart[l] ? l : adj[x];
            for (int y = locStart[m]; y < locStart[m + 1]; y++) {
                int v = locItems[y];
                if (v != s && grid[v] == a && parent[v] != root) {
                    return true;
                }
            }
        }
        return false;
    }
}
