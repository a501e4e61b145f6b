package org.jiceng.grid.index.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The indexed implementation: the envelopes of every polygon of every grid go into a
 * {@link HilbertPackedTree}; each candidate is tested exactly with {@link RayCrossing} (small shells
 * from one flat array, larger or holed polygons through a banded {@link PolygonPart}).
 * A lookup walks the tree without allocating and keeps the lowest grid rank (position in id order)
 * whose part covers the point, skipping parts that could not improve on it. Not API.
 */
public final class HilbertRTreeGridIndex implements GridIndex {

    private static final int NONE = Integer.MAX_VALUE;

    private final String providerName;
    private final List<GridShape> shapes;
    /** Answers prebuilt per rank, so a lookup allocates nothing. */
    private final List<Optional<String>> answers;
    /** Per leaf k (tree order): the rank (position in id order) of the grid the polygon belongs to. */
    private final int[] owner;
    /**
     * minOwner[level][entry] = the lowest rank in that entry's subtree (level 0 is {@link #owner}); a
     * subtree that cannot beat the best rank found so far is skipped.
     */
    private final int[][] minOwner;
    /**
     * Small hole-free polygons (most grids) are flattened into {@link #shells}: leaf k's closed ring is
     * vertices [shellStart[k], shellEnd[k]). Other polygons have shellStart[k] = -1 and a banded
     * {@link PolygonPart} in complex[k].
     */
    private final int[] shellStart;
    private final int[] shellEnd;
    private final double[] shells;
    private final PolygonPart[] complex;
    private final HilbertPackedTree tree;
    /** leafPolygons[k] = leaf k's polygon (shared with the shapes, read-only). */
    private final Polygon[] leafPolygons;

    /**
     * @param providerName the name of the provider building it
     * @param shapes the grids in any order
     */
    public HilbertRTreeGridIndex(String providerName, Collection<GridShape> shapes) {
        this.providerName = providerName;
        this.shapes = Shapes.sortedById(shapes);
        this.answers = this.shapes.stream().map(s -> Optional.of(s.gridId())).toList();
        List<Polygon> polygons = new ArrayList<>(this.shapes.size());
        List<Integer> owners = new ArrayList<>(this.shapes.size());
        for (int rank = 0; rank < this.shapes.size(); rank++) {
            Geometry g = this.shapes.get(rank).geometry();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) g.getGeometryN(p);
                if (!polygon.isEmpty()) {
                    polygons.add(polygon);
                    owners.add(rank);
                }
            }
        }
        int n = polygons.size();
        double[] boxes = new double[4 * n];
        for (int i = 0; i < n; i++) {
            Envelope e = polygons.get(i).getEnvelopeInternal();
            boxes[4 * i] = e.getMinX();
            boxes[4 * i + 1] = e.getMinY();
            boxes[4 * i + 2] = e.getMaxX();
            boxes[4 * i + 3] = e.getMaxY();
        }
        tree = new HilbertPackedTree(boxes);
        owner = new int[n];
        shellStart = new int[n];
        shellEnd = new int[n];
        complex = new PolygonPart[n];
        leafPolygons = new Polygon[n];
        int flatVertices = 0;
        for (int k = 0; k < n; k++) {
            Polygon polygon = polygons.get(tree.order[k]);
            if (isSmallShell(polygon)) {
                flatVertices += polygon.getExteriorRing().getNumPoints();
            }
        }
        shells = new double[2 * flatVertices];
        int v = 0;
        for (int k = 0; k < n; k++) {
            Polygon polygon = polygons.get(tree.order[k]);
            owner[k] = owners.get(tree.order[k]);
            leafPolygons[k] = polygon;
            if (isSmallShell(polygon)) {
                // Stored in tree order, so the shells of neighbouring leaves sit next to each other in memory.
                Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
                shellStart[k] = v;
                for (Coordinate c : ring) {
                    shells[2 * v] = c.x;
                    shells[2 * v + 1] = c.y;
                    v++;
                }
                shellEnd[k] = v;
            } else {
                shellStart[k] = -1;
                complex[k] = new PolygonPart(polygon);
            }
        }
        minOwner = subtreeMinima(tree, owner);
    }

    private static int[][] subtreeMinima(HilbertPackedTree tree, int[] owner) {
        int[][] minima = new int[tree.boxes.length][];
        minima[0] = owner;
        for (int l = 1; l < minima.length; l++) {
            minima[l] = new int[tree.sizes[l]];
            for (int j = 0; j < tree.sizes[l]; j++) {
                int min = Integer.MAX_VALUE;
                for (int c = j * HilbertPackedTree.NODE_SIZE, end = Math.min(tree.sizes[l - 1],
                        c + HilbertPackedTree.NODE_SIZE); c < end; c++) {
                    min = Math.min(min, minima[l - 1][c]);
                }
                minima[l][j] = min;
            }
        }
        return minima;
    }

    private static boolean isSmallShell(Polygon polygon) {
        return polygon.getNumInteriorRing() == 0
                && polygon.getExteriorRing().getNumPoints() - 1 <= PolygonPart.BAND_THRESHOLD;
    }

    /** @return the number of leaves (polygons of all grids) */
    int leafCount() {
        return owner.length;
    }

    /** @return the rank (position in id order) of the grid that leaf k belongs to */
    int leafRank(int k) {
        return owner[k];
    }

    /** @return where leaf k's flat shell starts in {@link #shells()}, or -1 when it is a banded part */
    int shellStart(int k) {
        return shellStart[k];
    }

    /** @return where leaf k's flat shell ends (exclusive) in {@link #shells()} */
    int shellEnd(int k) {
        return shellEnd[k];
    }

    /** @return the flat shells of the small hole-free leaves (shared, read-only) */
    double[] shells() {
        return shells;
    }

    /** @return leaf k's polygon, for building other structures over the same leaves */
    Polygon leafPolygon(int k) {
        return leafPolygons[k];
    }

    /**
     * @return bytes held by this index's own arrays (tree, ranks, shells, banded parts, prebuilt
     *     answers at 24 bytes each), not counting the shared {@link GridShape} geometries and ids
     */
    public long arrayBytes() {
        long bytes = 4L * owner.length * 3 + 8L * shells.length + 8L * complex.length + 8L * leafPolygons.length
                + 24L * answers.size();
        for (float[] level : tree.boxes) {
            bytes += 4L * level.length;
        }
        for (int l = 1; l < minOwner.length; l++) {
            bytes += 4L * minOwner[l].length;
        }
        bytes += 4L * tree.order.length;
        for (PolygonPart part : complex) {
            bytes += part == null ? 0 : part.arrayBytes();
        }
        return bytes;
    }

    /** Whether leaf k's polygon covers the point (the caller has already checked its box). */
    boolean covers(int k, double x, double y) {
        int start = shellStart[k];
        return start >= 0 ? RayCrossing.ringCovers(shells, start, shellEnd[k], x, y) : complex[k].covers(x, y);
    }

    @Override
    public Optional<String> locate(double lon, double lat) {
        int rank = ownerRank(lon, lat);
        return rank == NONE ? Optional.empty() : answers.get(rank);
    }

    @Override
    public Optional<GridShape> locateShape(double lon, double lat) {
        int rank = ownerRank(lon, lat);
        return rank == NONE ? Optional.empty() : Optional.of(shapes.get(rank));
    }

    /** @return the lowest rank of the grids covering the point, or {@link Integer#MAX_VALUE} for none */
    int ownerRank(double lon, double lat) {
        Shapes.checkFinite(lon, lat);
        if (owner.length == 0) {
            return NONE;
        }
        int root = tree.rootLevel();
        float[] top = tree.boxes[root];
        if (lon < top[0] || lat < top[1] || lon > top[2] || lat > top[3]) {
            return NONE;
        }
        return search(root, 0, lon, lat, NONE);
    }

    /** @return the lowest covering rank below entry {@code node} of {@code level}, or {@code best} */
    private int search(int level, int node, double x, double y, int best) {
        if (level == 0) {
            int rank = owner[node];
            return rank < best && covers(node, x, y) ? rank : best;
        }
        int childLevel = level - 1;
        float[] b = tree.boxes[childLevel];
        int[] minima = minOwner[childLevel];
        int end = Math.min(tree.sizes[childLevel], (node + 1) * HilbertPackedTree.NODE_SIZE);
        for (int c = node * HilbertPackedTree.NODE_SIZE; c < end; c++) {
            int i = 4 * c;
            if (x >= b[i] & y >= b[i + 1] & x <= b[i + 2] & y <= b[i + 3] && minima[c] < best) {
                best = search(childLevel, c, x, y, best);
            }
        }
        return best;
    }

    @Override
    public List<String> covering(double lon, double lat) {
        Shapes.checkFinite(lon, lat);
        TreeSet<Integer> ranks = new TreeSet<>();
        if (owner.length > 0) {
            collect(tree.rootLevel(), 0, lon, lat, ranks);
        }
        return ranks.stream().map(rank -> shapes.get(rank).gridId()).toList();
    }

    private void collect(int level, int node, double x, double y, TreeSet<Integer> ranks) {
        if (level == 0) {
            if (covers(node, x, y)) {
                ranks.add(owner[node]);
            }
            return;
        }
        if (level == tree.rootLevel()) {
            float[] top = tree.boxes[level];
            if (x < top[0] || y < top[1] || x > top[2] || y > top[3]) {
                return;
            }
        }
        int childLevel = level - 1;
        float[] b = tree.boxes[childLevel];
        int end = Math.min(tree.sizes[childLevel], (node + 1) * HilbertPackedTree.NODE_SIZE);
        for (int c = node * HilbertPackedTree.NODE_SIZE; c < end; c++) {
            int i = 4 * c;
            if (x >= b[i] & y >= b[i + 1] & x <= b[i + 2] & y <= b[i + 3]) {
                collect(childLevel, c, x, y, ranks);
            }
        }
    }

    @Override
    public List<GridShape> shapes() {
        return shapes;
    }

    @Override
    public String providerName() {
        return providerName;
    }

    @Override
    public String toString() {
        return "HilbertRTreeGridIndex[" + shapes.size() + " grids, " + owner.length + " polygons]";
    }
}
