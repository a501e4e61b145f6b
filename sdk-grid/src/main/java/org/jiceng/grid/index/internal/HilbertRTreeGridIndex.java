package org.jiceng.grid.index.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridShape;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The indexed implementation: every polygon of every grid is a {@link PolygonPart} (flat arrays,
 * exact banded ray-crossing test), and the parts' envelopes go into a {@link HilbertPackedTree}.
 * A lookup walks the tree without allocating and keeps the lowest grid rank (position in id order)
 * whose part covers the point, skipping parts that could not improve on it. Not API.
 */
public final class HilbertRTreeGridIndex implements GridIndex {

    private static final int NONE = Integer.MAX_VALUE;

    private final String providerName;
    private final List<GridShape> shapes;
    /** Parts in packed tree order, so leaf entry k is parts[k]. */
    private final PolygonPart[] parts;
    private final HilbertPackedTree tree;

    /**
     * @param providerName the name of the provider building it
     * @param shapes the grids in any order
     */
    public HilbertRTreeGridIndex(String providerName, Collection<GridShape> shapes) {
        this.providerName = providerName;
        this.shapes = Shapes.sortedById(shapes);
        List<PolygonPart> unordered = new ArrayList<>(this.shapes.size());
        for (int rank = 0; rank < this.shapes.size(); rank++) {
            Geometry g = this.shapes.get(rank).geometry();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) g.getGeometryN(p);
                if (!polygon.isEmpty()) {
                    unordered.add(new PolygonPart(rank, polygon));
                }
            }
        }
        double[] boxes = new double[4 * unordered.size()];
        for (int i = 0; i < unordered.size(); i++) {
            PolygonPart part = unordered.get(i);
            boxes[4 * i] = part.minX;
            boxes[4 * i + 1] = part.minY;
            boxes[4 * i + 2] = part.maxX;
            boxes[4 * i + 3] = part.maxY;
        }
        tree = new HilbertPackedTree(boxes);
        parts = new PolygonPart[unordered.size()];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = unordered.get(tree.order[k]);
        }
    }

    @Override
    public Optional<String> locate(double lon, double lat) {
        int rank = ownerRank(lon, lat);
        return rank == NONE ? Optional.empty() : Optional.of(shapes.get(rank).gridId());
    }

    @Override
    public Optional<GridShape> locateShape(double lon, double lat) {
        int rank = ownerRank(lon, lat);
        return rank == NONE ? Optional.empty() : Optional.of(shapes.get(rank));
    }

    private int ownerRank(double lon, double lat) {
        Shapes.checkFinite(lon, lat);
        if (parts.length == 0) {
            return NONE;
        }
        int root = tree.rootLevel();
        double[] top = tree.boxes[root];
        if (lon < top[0] || lat < top[1] || lon > top[2] || lat > top[3]) {
            return NONE;
        }
        return search(root, 0, lon, lat, NONE);
    }

    /** @return the lowest covering rank below entry {@code node} of {@code level}, or {@code best} */
    private int search(int level, int node, double x, double y, int best) {
        if (level == 0) {
            PolygonPart part = parts[node];
            return part.owner < best && part.covers(x, y) ? part.owner : best;
        }
        int childLevel = level - 1;
        double[] b = tree.boxes[childLevel];
        int end = Math.min(tree.sizes[childLevel], (node + 1) * HilbertPackedTree.NODE_SIZE);
        for (int c = node * HilbertPackedTree.NODE_SIZE; c < end; c++) {
            int i = 4 * c;
            if (x >= b[i] && y >= b[i + 1] && x <= b[i + 2] && y <= b[i + 3]) {
                best = search(childLevel, c, x, y, best);
            }
        }
        return best;
    }

    @Override
    public List<String> covering(double lon, double lat) {
        Shapes.checkFinite(lon, lat);
        boolean[] hit = new boolean[shapes.size()];
        if (parts.length > 0) {
            collect(tree.rootLevel(), 0, lon, lat, hit);
        }
        List<String> ids = new ArrayList<>(2);
        for (int rank = 0; rank < hit.length; rank++) {
            if (hit[rank]) {
                ids.add(shapes.get(rank).gridId());
            }
        }
        return List.copyOf(ids);
    }

    private void collect(int level, int node, double x, double y, boolean[] hit) {
        if (level == 0) {
            PolygonPart part = parts[node];
            if (part.covers(x, y)) {
                hit[part.owner] = true;
            }
            return;
        }
        if (level == tree.rootLevel()) {
            double[] top = tree.boxes[level];
            if (x < top[0] || y < top[1] || x > top[2] || y > top[3]) {
                return;
            }
        }
        int childLevel = level - 1;
        double[] b = tree.boxes[childLevel];
        int end = Math.min(tree.sizes[childLevel], (node + 1) * HilbertPackedTree.NODE_SIZE);
        for (int c = node * HilbertPackedTree.NODE_SIZE; c < end; c++) {
            int i = 4 * c;
            if (x >= b[i] && y >= b[i + 1] && x <= b[i + 2] && y <= b[i + 3]) {
                collect(childLevel, c, x, y, hit);
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
        return "HilbertRTreeGridIndex[" + shapes.size() + " grids, " + parts.length + " polygons]";
    }
}
