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
     * pieces when the last labelling already tells (so the caller need not label the graph again).
     *
     * @param piecesAfter set to the grids in pieces after the repair, or -1 when not known
     */
    static long repair(DelaunayGraph graph, PlanarPoints points, int[] grid, int k, double tau, int[] piecesAfter) {
        piecesAfter[0] = -1;
        int n = graph.size();
        Tally tally = Tally.of(points, grid, k, tau);
        long[] loads = tally.loads();
        int[] counts = tally.counts();
        double max = tally.band().max();
        double min = tally.band().min();
        long moved = 0;
        for (int round = 0; round < REPAIR_ROUNDS; round++) {
            int[] parent = graph.components(grid);
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
                piecesAfter[0] = DelaunayGraph.gridsInPieces(parent, grid, k);
                break;
            }
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
        while (progress && attempts < SWAP_ATTEMPTS && work < SWAP_WORK) {
            progress = false;
            int[] parent = graph.components(grid);
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
                List<Integer> fragment = new ArrayList<>();
                java.util.TreeSet<Integer> touching = new java.util.TreeSet<>();
                for (int i = 0; i < n; i++) {
                    if (parent[i] == r) {
                        fragment.add(i);
                        graph.forEachNeighbour(i, j -> {
                            if (grid[j] != a) {
                                touching.add(grid[j]);
                            }
                        });
                    }
                }
                for (int b : touching) {
                    for (int vq = 0; vq < n && attempts < SWAP_ATTEMPTS && work < SWAP_WORK; vq++) {
                        int q = visit[vq];
                        work++;
                        if (grid[q] != b || counts[b] <= 1) {
                            continue;
                        }
                        long wq = points.weight(q);
                        if (loads[b] + wf - wq > max || loads[b] + wf - wq < min) {
                            continue;
                        }
                        java.util.TreeSet<Integer> targets = new java.util.TreeSet<>();
                        graph.forEachNeighbour(q, j -> {
                            if (grid[j] != b && parent[j] != root) {
                                targets.add(grid[j]);
                            }
                        });
                        for (int c : targets) {
                            // Close the cycle: c == a takes q directly; otherwise a point s of c that
                            // touches a moves to a (a three-way rotation a -> b -> c -> a).
                            for (int vs = c == a ? -1 : 0; vs < n && attempts < SWAP_ATTEMPTS && work < SWAP_WORK;
                                    vs++) {
                                int sIdx = vs < 0 ? -1 : visit[vs];
                                work++;
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
                                    int now = pieces.of(grid, changed);
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

        int of(int[] grid, int g) {
            stamp++;
            int count = 0;
            int[] locOf = graph.locOf();
            int[] locStart = graph.locStart();
            int[] locItems = graph.locItems();
            int[] adjStart = graph.adjStart();
            int[] adj = graph.adj();
            for (int i = 0; i < grid.length; i++) {
                if (grid[i] != g || mark[i] == stamp) {
                    continue;
                }
                count++;
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
            }
            return count;
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

    /** Whether point s has a neighbour in grid a outside the fragment {@code root}. */
    private static boolean touches(DelaunayGraph graph, int s, int a, int root, int[] grid, int[] parent) {
        boolean[] found = new boolean[1];
        graph.forEachNeighbour(s, j -> found[0] |= grid[j] == a && parent[j] != root);
        return found[0];
    }
}
