package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.grid.partition.PlanarPoints;
import org.jiceng.grid.internal.HilbertCurve;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Triangle;
import org.locationtech.jts.triangulate.IncrementalDelaunayTriangulator;
import org.locationtech.jts.triangulate.quadedge.QuadEdge;
import org.locationtech.jts.triangulate.quadedge.QuadEdgeSubdivision;
import org.locationtech.jts.triangulate.quadedge.Vertex;

/**
 * The Delaunay graph of all points, on which grid contiguity is judged: two points are neighbours
 * when their locations share a Delaunay edge or they are at the same location. A grid is contiguous
 * when its points form one connected component of the graph restricted to the grid (equivalently,
 * when the union of its points' Voronoi cells is one polygon).
 *
 * <p>Without a boundary the graph of all points is connected (a triangulation of the distinct
 * locations, co-located points adjacent to each other), so every assignment can be made contiguous. In
 * the plane of a boundary ({@link #of(PlanarPoints, Geometry)}) edges that leave it are dropped, and
 * points in different parts of the boundary can only be in one contiguous grid if a way inside joins them. {@link FragmentRepair},
 * {@link ConnectedRefinement} and {@link StrictContiguity} move points on it, using its components,
 * neighbours and {@link RemovalCheck} (whether a point is not an articulation point of its grid).
 */
public final class DelaunayGraph {

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
    /**
     * The order in which order-sensitive moves visit the points: the input order when the graph was built on
     * a {@link SpatialOrder} of the input (so the moves are those the input numbering would make), else
     * ascending.
     */
    private int[] visitOrder;
    /** Each point's place in {@link #visitOrder}: order-sensitive choices (which fragment first, ties) use it. */
    private int[] rank;
    /** The components of the whole graph, once asked for (see {@link #parts()}). */
    private int @Nullable [] parts;
    /** Whether the graph is known to be connected (a triangulation without a boundary is). */
    private boolean connected;
    /**
     * Each point's neighbours as one flat list, in the order the location loops visit them (the other points at
     * its location, then those at each adjacent location): point i's are
     * {@code neighbours[neighbourStart[i] .. neighbourStart[i + 1])}. The searches then read one entry per
     * neighbour instead of a location's adjacency and its points (on 1M buildings that halved the labelling and
     * took a third off the connected refinement). Absent ({@code null}) when they would hold more than
     * {@link #NEIGHBOURS_PER_POINT} entries per point: many points at one location make the lists grow with the
     * square of their number, and then the searches read the locations, as they always did.
     */
    private final int @Nullable [] neighbourStart;
    private final int @Nullable [] neighbours;
    /** The last labelling {@link #components} computed or was told of, with the assignment it labels. */
    private volatile @Nullable Labelling lastLabelling;

    /**
     * Most entries the per-point neighbour lists may hold per point on average: a triangulation of distinct
     * locations has fewer than six edges per location, so lists of points at distinct locations stay well below.
     */
    static final int NEIGHBOURS_PER_POINT = 16;

    /** A labelling by {@link #components} and the assignment it is of (neither ever modified). */
    private record Labelling(int[] grid, int[] label) {
    }

    private DelaunayGraph(int n, int[] locStart, int[] locItems, int[] edgeA, int[] edgeB) {
        this(n, locStart, locItems, edgeA, edgeB, true);
    }

    @SuppressWarnings("NullAway.Init") // visitOrder and rank: set by the factories right after construction
    private DelaunayGraph(int n, int[] locStart, int[] locItems, int[] edgeA, int[] edgeB, boolean neighbourLists) {
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
        int[] start = neighbourLists ? neighbourStarts() : null;
        this.neighbourStart = start;
        this.neighbours = start == null ? null : neighbourLists(start);
    }

    /** The start of each point's neighbour list, or {@code null} when the lists would be too long. */
    private int @Nullable [] neighbourStarts() {
        int[] start = new int[n + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            int l = locOf[i];
            long count = locStart[l + 1] - locStart[l] - 1;
            for (int s = adjStart[l]; s < adjStart[l + 1]; s++) {
                count += locStart[adj[s] + 1] - locStart[adj[s]];
            }
            total += count;
            if (total > (long) NEIGHBOURS_PER_POINT * n) {
                return null;
            }
            start[i + 1] = (int) total;
        }
        return start;
    }

    private int[] neighbourLists(int[] start) {
        int[] list = new int[start[n]];
        for (int i = 0; i < n; i++) {
            neighboursInto(i, list, start[i]);
        }
        return list;
    }

    /**
     * Writes point i's neighbours (the other points at its location, then those at each adjacent location) from
     * {@code list[from]} on.
     *
     * @return the index after the last one written
     */
    private int neighboursInto(int i, int[] list, int from) {
        int f = from;
        int l = locOf[i];
        for (int s = adjStart[l] - 1; s < adjStart[l + 1]; s++) {
            int m = s < adjStart[l] ? l : adj[s];
            for (int x = locStart[m]; x < locStart[m + 1]; x++) {
                if (locItems[x] != i) {
                    list[f++] = locItems[x];
                }
            }
        }
        return f;
    }

    /**
     * Point i's neighbours, in the order the location loops visit them: a range of the flat lists, or (when the
     * graph keeps none) of {@code scratch}, which must have room for every other point.
     *
     * @param i a point
     * @param scratch room for the neighbours when the graph keeps no lists
     * @param range set to the range's start and end
     * @return the array the range is of
     */
    int[] neighbours(int i, int[] scratch, int[] range) {
        if (neighbours != null && neighbourStart != null) {
            range[0] = neighbourStart[i];
            range[1] = neighbourStart[i + 1];
            return neighbours;
        }
        range[0] = 0;
        range[1] = neighboursInto(i, scratch, 0);
        return scratch;
    }

    /** @return whether the graph keeps per-point neighbour lists (see {@link #neighbours(int, int[], int[])}) */
    boolean hasNeighbourLists() {
        return neighbours != null;
    }

    /**
     * @return the {@code scratch} array {@link #neighbours(int, int[], int[])} needs: empty when the graph keeps
     *     per-point lists, else room for every point
     */
    int[] neighbourScratch() {
        return hasNeighbourLists() ? new int[0] : new int[n];
    }

    /** @return this graph without per-point neighbour lists: the searches read the locations (for tests) */
    DelaunayGraph withoutNeighbourLists() {
        DelaunayGraph copy = new DelaunayGraph(n, locStart, locItems, edgeA, edgeB, false);
        copy.visitOrder = visitOrder;
        copy.rank = rank;
        copy.connected = connected;
        return copy;
    }

    /**
     * Builds the graph: Delaunay triangulation of the distinct locations; points at one location are
     * all neighbours of each other and of every point at an adjacent location. O(n log n) expected.
     *
     * @param points the points
     * @return the graph
     */
    public static DelaunayGraph of(PlanarPoints points) {
        return of(points, null);
    }

    /**
     * Builds the graph in the plane of a boundary: as {@link #of(PlanarPoints)}, without the Delaunay edges
     * whose two Voronoi cells share no border inside the boundary (see {@link PlaneEdges}). Points in separate parts of a multi-part boundary,
     * or on opposite shores of a concave bay, are then neighbours only through a way that stays inside, and
     * the graph may be disconnected (one component per part that holds points).
     *
     * @param points the points
     * @param planarBoundary a valid polygonal boundary in the points' metres, or {@code null} for none
     * @return the graph
     */
    public static DelaunayGraph of(PlanarPoints points, @Nullable Geometry planarBoundary) {
        return of(points, planarBoundary, null);
    }

    /**
     * As {@link #of(PlanarPoints, Geometry)}, for points renumbered from an input order.
     *
     * @param points the points
     * @param planarBoundary a valid polygonal boundary in the points' metres, or {@code null} for none
     * @param visitOrder the points in their input order, which the refinement's moves visit them in, or
     *     {@code null} for the points' own order
     * @return the graph
     */
    static DelaunayGraph of(PlanarPoints points, @Nullable Geometry planarBoundary, int @Nullable [] visitOrder) {
        int n = points.size();
        // Locations are numbered along a Hilbert curve, so that neighbours are near each other in memory:
        // the searches on the graph then read mostly cached entries.
        LocationNumbers numbers = LocationNumbers.of(points).alongHilbertCurve();
        int[] loc = numbers.locationOf();
        int locations = numbers.count();
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
        int[][] edges = locations < 2 ? new int[][] {new int[0], new int[0]}
                : edges(numbers.x(), numbers.y(), planarBoundary);
        int[] ea = edges[0];
        int[] eb = edges[1];
        DelaunayGraph graph = new DelaunayGraph(n, start, items, ea, eb);
        // Without a boundary every location is joined to the triangulation (collinear ones along their line).
        graph.connected = planarBoundary == null && n > 0;
        graph.visitOrder = visitOrder != null ? visitOrder : identity(n);
        graph.rank = new int[n];
        for (int r = 0; r < n; r++) {
            graph.rank[graph.visitOrder[r]] = r;
        }
        return graph;
    }

    /**
     * The graph restricted to some points (the subgraph they induce): point j of the result is
     * {@code members[j]}, two of them are neighbours exactly when they are here, and the result visits its
     * points in the order this graph visits theirs. For a part of the plane (a union of components) that is
     * the part's own graph, so a part can be partitioned and repaired on its own without building it again.
     *
     * @param members distinct points of this graph
     * @return the induced subgraph on {@code members.length} points
     */
    DelaunayGraph induced(int[] members) {
        int m = members.length;
        int[] index = new int[n];
        Arrays.fill(index, -1);
        for (int j = 0; j < m; j++) {
            index[members[j]] = j;
        }
        int locations = locStart.length - 1;
        int[] newLoc = new int[locations];
        int[] start = new int[locations + 1];
        int[] items = new int[m];
        int kept = 0;
        int filled = 0;
        for (int l = 0; l < locations; l++) {
            int before = filled;
            for (int x = locStart[l]; x < locStart[l + 1]; x++) {
                int j = index[locItems[x]];
                if (j >= 0) {
                    items[filled++] = j;
                }
            }
            if (filled > before) {
                newLoc[l] = kept;
                start[++kept] = filled;
            } else {
                newLoc[l] = -1;
            }
        }
        int edges = 0;
        for (int e = 0; e < edgeA.length; e++) {
            if (newLoc[edgeA[e]] >= 0 && newLoc[edgeB[e]] >= 0) {
                edges++;
            }
        }
        int[] ea = new int[edges];
        int[] eb = new int[edges];
        edges = 0;
        for (int e = 0; e < edgeA.length; e++) {
            if (newLoc[edgeA[e]] >= 0 && newLoc[edgeB[e]] >= 0) {
                ea[edges] = newLoc[edgeA[e]];
                eb[edges++] = newLoc[edgeB[e]];
            }
        }
        DelaunayGraph sub = new DelaunayGraph(m, Arrays.copyOf(start, kept + 1), items, ea, eb);
        sub.visitOrder = new int[m];
        int r = 0;
        for (int i : visitOrder) {
            if (index[i] >= 0) {
                sub.visitOrder[r++] = index[i];
            }
        }
        sub.rank = new int[m];
        for (int v = 0; v < m; v++) {
            sub.rank[sub.visitOrder[v]] = v;
        }
        return sub;
    }

    /**
     * The Delaunay edges between locations (those whose cells share a border inside the boundary, when there
     * is one): from the {@link SweepDelaunay} sweep, or along the line when all locations are collinear, or
     * (when the sweep could not place a site) from JTS's incremental triangulator.
     */
    static int[][] edges(double[] lx, double[] ly, @Nullable Geometry planarBoundary) {
        PlaneEdges plane = planarBoundary == null ? null : new PlaneEdges(planarBoundary, lx.length);
        Optional<SweepDelaunay> sweep = SweepDelaunay.of(lx, ly);
        if (sweep.isEmpty()) {
            return jtsEdges(lx, ly, plane);
        }
        int[] triangles = sweep.get().triangles();
        int[] halfedges = sweep.get().halfedges();
        if (triangles.length == 0) {
            int[] line = SweepDelaunay.alongTheLine(lx, ly);
            int[] ea = new int[line.length - 1];
            int[] eb = new int[line.length - 1];
            int count = 0;
            for (int j = 0; j + 1 < line.length; j++) {
                if (plane == null || plane.keepsEdge(coordinate(lx, ly, line[j]), coordinate(lx, ly, line[j + 1]))) {
                    ea[count] = line[j];
                    eb[count++] = line[j + 1];
                }
            }
            return new int[][] {Arrays.copyOf(ea, count), Arrays.copyOf(eb, count)};
        }
        double[] centres = plane == null ? new double[0] : SweepDelaunay.circumcentres(lx, ly, triangles);
        double reach = plane == null ? 0 : plane.reach(lx, ly);
        int[] ea = new int[triangles.length];
        int[] eb = new int[triangles.length];
        int count = 0;
        for (int e = 0; e < triangles.length; e++) {
            int opposite = halfedges[e];
            if (opposite > e) {
                continue;
            }
            int a = triangles[e];
            int b = triangles[SweepDelaunay.next(e)];
            if (plane == null || inPlane(plane, lx, ly, triangles, centres, e, opposite, reach)) {
                ea[count] = a;
                eb[count++] = b;
            }
        }
        return new int[][] {Arrays.copyOf(ea, count), Arrays.copyOf(eb, count)};
    }

    /**
     * Whether the cells of half-edge e's two sites share a border inside the boundary: the border runs
     * between the circumcentres of the triangles on either side; on the hull, from the inner circumcentre
     * outwards along the edge's bisector to beyond the boundary (the cells' border is a ray there).
     */
    private static boolean inPlane(PlaneEdges plane, double[] lx, double[] ly, int[] triangles, double[] centres,
            int e, int opposite, double reach) {
        int a = triangles[e];
        int b = triangles[SweepDelaunay.next(e)];
        int t = e / 3;
        Coordinate inner = new Coordinate(centres[2 * t], centres[2 * t + 1]);
        Coordinate outer;
        if (opposite >= 0) {
            int u = opposite / 3;
            outer = new Coordinate(centres[2 * u], centres[2 * u + 1]);
        } else {
            // Outwards: away from the triangle's third corner.
            int c = triangles[SweepDelaunay.next(SweepDelaunay.next(e))];
            double dx = lx[b] - lx[a];
            double dy = ly[b] - ly[a];
            double nx = -dy;
            double ny = dx;
            if (nx * (lx[c] - lx[a]) + ny * (ly[c] - ly[a]) > 0) {
                nx = -nx;
                ny = -ny;
            }
            double length = Math.hypot(nx, ny);
            outer = new Coordinate(inner.x + nx / length * reach, inner.y + ny / length * reach);
        }
        if (!Double.isFinite(inner.x) || !Double.isFinite(inner.y) || !Double.isFinite(outer.x)
                || !Double.isFinite(outer.y)) {
            return plane.keepsEdge(coordinate(lx, ly, a), coordinate(lx, ly, b));
        }
        return plane.keepsBorder(inner, outer);
    }

    private static Coordinate coordinate(double[] lx, double[] ly, int l) {
        return new Coordinate(lx[l], ly[l]);
    }

    /** The edges of JTS's incremental triangulation, sites inserted along a Hilbert curve. */
    static int[][] jtsEdges(double[] lx, double[] ly, @Nullable PlaneEdges plane) {
        int locations = lx.length;
        // Sites go in along a Hilbert curve: each insertion's point location starts from the
        // previous site, which is then close by. JTS's builder inserts them sorted by x, which
        // makes every walk cross the data (1M buildings: most of a 90 s contiguity check).
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
        int[] ea = new int[primary.size()];
        int[] eb = new int[primary.size()];
        int count = 0;
        for (QuadEdge e : primary) {
            if (e.orig() instanceof Site a && e.dest() instanceof Site b && (plane == null || inPlane(plane, e))) {
                ea[count] = a.location;
                eb[count++] = b.location;
            }
        }
        return new int[][] {Arrays.copyOf(ea, count), Arrays.copyOf(eb, count)};
    }

    /**
     * Whether the cells of the edge's two sites share a border inside the boundary: the border runs between
     * the circumcentres of the triangles on either side (a triangle with a frame vertex stands in for the
     * unbounded side of a hull edge, as in the Voronoi diagram the polygons are built from).
     */
    private static boolean inPlane(PlaneEdges plane, QuadEdge e) {
        Coordinate a = e.orig().getCoordinate();
        Coordinate b = e.dest().getCoordinate();
        Coordinate left = Triangle.circumcentre(a, b, e.lNext().dest().getCoordinate());
        Coordinate right = Triangle.circumcentre(b, a, e.sym().lNext().dest().getCoordinate());
        if (!Double.isFinite(left.x) || !Double.isFinite(left.y) || !Double.isFinite(right.x)
                || !Double.isFinite(right.y)) {
            return plane.keepsEdge(a, b);
        }
        return plane.keepsBorder(left, right);
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
        return contiguous(components(grid), grid, k);
    }

    /**
     * @param parent the components of {@code grid} ({@link #components})
     * @param grid grid per point
     * @param k number of grids
     * @return per grid, whether it is contiguous
     */
    static boolean[] contiguous(int[] parent, int[] grid, int k) {
        int n = grid.length;
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
    int[] mainPieces(int[] parent, int[] grid, long[] compWeight, int[] compSize, int k) {
        int[] main = new int[k];
        Arrays.fill(main, -1);
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] != i) {
                continue;
            }
            int g = grid[i];
            int m = main[g];
            if (m == -1 || compWeight[i] > compWeight[m] || (compWeight[i] == compWeight[m]
                    && (compSize[i] > compSize[m] || (compSize[i] == compSize[m] && rank[i] < rank[m])))) {
                main[g] = i;
            }
        }
        return main;
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

    static int countRoots(int[] parent) {
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
        return gridsInPieces(components(grid), grid, k);
    }

    /**
     * @param parent the components of {@code grid} ({@link #components})
     * @param grid grid per point
     * @param k number of grids
     * @return how many grids are not contiguous
     */
    static int gridsInPieces(int[] parent, int[] grid, int k) {
        int count = 0;
        for (boolean contiguous : contiguous(parent, grid, k)) {
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
    boolean staysConnected(int i, int a, int[] grid, int[] targets, int targetCount, int[] scratch, int[] mark,
            int[] targetMark, int stamp, int[] queue, long[] searched) {
        return staysConnected(i, a, grid, targets, targetCount, scratch, mark, targetMark, stamp, queue, searched,
                Integer.MAX_VALUE);
    }

    /**
     * As above, giving up (answering "not connected", so the caller keeps the point) once the search
     * has reached {@code limit} points. {@code scratch} is as in {@link #neighbours(int, int[], int[])}.
     */
    boolean staysConnected(int i, int a, int[] grid, int[] targets, int targetCount, int[] scratch, int[] mark,
            int[] targetMark, int stamp, int[] queue, long[] searched, int limit) {
        int[] range = new int[2];
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
            int[] list = neighbours(u, scratch, range);
            for (int s = range[0], end = range[1]; s < end; s++) {
                int v = list[s];
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
        searched[0] += tail;
        return reached >= targetCount;
    }

    int[] locOf() {
        return locOf;
    }

    /** @return each point's place in {@link #visitOrder()} */
    int[] rank() {
        return rank;
    }

    /** @return the points in the order the refinement visits them (a permutation of 0 .. n - 1) */
    int[] visitOrder() {
        return visitOrder;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    int[] locStart() {
        return locStart;
    }

    int[] locItems() {
        return locItems;
    }

    int[] adjStart() {
        return adjStart;
    }

    int[] adj() {
        return adj;
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
        private final int[] scratch = neighbourScratch();
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
            return staysConnected(i, a, grid, inSource, count[0], scratch, mark, targetMark, stamp, queue, visited);
        }

        /** @return points the checks so far have visited (to bound the work of a caller) */
        long visited() {
            return visited[0];
        }
    }

    /**
     * The components of the graph restricted to each grid: per point, the lowest index of its component
     * (so {@code parent[i] == i} exactly for each component's lowest point, and {@link #find} is the identity
     * on the result). A breadth-first search from each unlabelled point in index order, on the per-point neighbour
     * lists or, when the graph keeps none, expanding each location once per component (points at one location are
     * all neighbours of each other and share their other neighbours). O(n + edges) with flat arrays. The last
     * labelling is kept with a copy of its assignment: asking again for an equal assignment (the contiguity stage
     * labels the same assignment in several steps) costs a comparison and a copy.
     *
     * @param grid grid per point
     * @return the component label (lowest member) per point
     */
    int[] components(int[] grid) {
        Labelling last = lastLabelling;
        if (last != null && Arrays.equals(last.grid(), grid)) {
            return last.label().clone();
        }
        int[] label;
        if (neighbours != null) {
            // The relabelling of every grid: a search per component on the per-point lists.
            label = new int[n];
            relabelGrids(label, grid, null);
        } else {
            label = componentsByLocation(grid);
        }
        lastLabelling = new Labelling(grid.clone(), label.clone());
        return label;
    }

    /**
     * Tells the graph that {@code label} is the labelling {@link #components} gives {@code grid} (a caller that
     * kept one up to date with {@link #relabel}), so that asking for it again costs a comparison.
     */
    void remember(int[] grid, int[] label) {
        lastLabelling = new Labelling(grid.clone(), label.clone());
    }

    /** {@link #components} by location: expands each location once per component (many co-located points). */
    private int[] componentsByLocation(int[] grid) {
        // Works on positions in locItems (points grouped by location, locations along a Hilbert curve), so
        // that the search reads neighbouring entries; point indices only at the start and the end.
        int[] gridAt = new int[n];
        for (int x = 0; x < n; x++) {
            gridAt[x] = grid[locItems[x]];
        }
        int[] compAt = new int[n];
        Arrays.fill(compAt, -1);
        int locations = locStart.length - 1;
        // expandedBy[l]: the component that last expanded location l, or -1.
        int[] expandedBy = new int[locations];
        Arrays.fill(expandedBy, -1);
        int[] queue = new int[n];
        int[] lowest = new int[n];
        int components = 0;
        for (int first = 0; first < n; first++) {
            if (compAt[first] >= 0) {
                continue;
            }
            int c = components++;
            int a = gridAt[first];
            compAt[first] = c;
            queue[0] = first;
            int head = 0;
            int tail = 1;
            int low = locItems[first];
            while (head < tail) {
                int at = queue[head++];
                if (rank[locItems[at]] < rank[low]) {
                    low = locItems[at];
                }
                int l = locAt(at);
                if (expandedBy[l] == c) {
                    continue;
                }
                expandedBy[l] = c;
                for (int s = adjStart[l] - 1; s < adjStart[l + 1]; s++) {
                    int m = s < adjStart[l] ? l : adj[s];
                    for (int x = locStart[m]; x < locStart[m + 1]; x++) {
                        if (compAt[x] < 0 && gridAt[x] == a) {
                            compAt[x] = c;
                            queue[tail++] = x;
                        }
                    }
                }
            }
            lowest[c] = low;
        }
        int[] label = new int[n];
        for (int x = 0; x < n; x++) {
            label[locItems[x]] = lowest[compAt[x]];
        }
        return label;
    }

    /**
     * Brings component labels up to date after some grids changed: the points of the grids marked in
     * {@code changed} get the labels {@link #components} would give them now (the lowest point, in visit order,
     * of their component within their grid); the other grids' components are unchanged, and so are their
     * labels. So the result equals {@code components(grid)} when {@code label} was the labelling of an
     * assignment that differed from {@code grid} only in the changed grids. O(n) to find the changed grids'
     * points plus a search over those points only.
     *
     * @param label the labels before the change, updated in place
     * @param grid grid per point now
     * @param changed per grid, whether its points changed
     */
    void relabel(int[] label, int[] grid, boolean[] changed) {
        relabelGrids(label, grid, changed);
    }

    /** {@link #relabel} of the grids marked in {@code changed}, or of all grids when it is {@code null}. */
    private void relabelGrids(int[] label, int[] grid, boolean @Nullable [] changed) {
        int[] queue = new int[n];
        boolean[] done = new boolean[n];
        int[] scratch = neighbourScratch();
        int[] range = new int[2];
        for (int first = 0; first < n; first++) {
            int start = locItems[first];
            if (done[start] || (changed != null && !changed[grid[start]])) {
                continue;
            }
            int a = grid[start];
            done[start] = true;
            queue[0] = start;
            int head = 0;
            int tail = 1;
            int low = start;
            while (head < tail) {
                int u = queue[head++];
                if (rank[u] < rank[low]) {
                    low = u;
                }
                int[] list = neighbours(u, scratch, range);
                for (int s = range[0], end = range[1]; s < end; s++) {
                    int v = list[s];
                    if (!done[v] && grid[v] == a) {
                        done[v] = true;
                        queue[tail++] = v;
                    }
                }
            }
            for (int t = 0; t < tail; t++) {
                label[queue[t]] = low;
            }
        }
    }

    /**
     * The parts of the plane: the components of the whole graph ({@link #components} of one grid holding every
     * point), computed once.
     *
     * @return per point, the lowest point (in visit order) of its part; do not modify
     */
    int[] parts() {
        if (parts == null && connected) {
            parts = new int[n];
            Arrays.fill(parts, visitOrder[0]);
        } else if (parts == null) {
            parts = components(new int[n]);
        }
        return parts;
    }

    /** The location of the point at position x of locItems. */
    private int locAt(int x) {
        return locOf[locItems[x]];
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}

