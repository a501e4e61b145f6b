package org.jiceng.grid.index.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridShape;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Exact lookup through a precomputed covering of the grids' extent by a uniform lattice of cells.
 *
 * <p>A cell that no polygon edge comes near is <em>pure</em>: every polygon either contains all of it
 * or none of it, so the cell stores its answer (the lowest covering rank, or none) and a lookup there
 * costs one array read. A cell that edges pass through is a <em>boundary</em> cell: it lists the
 * polygons with an edge in it, in rank order, that could beat the lowest rank of the polygons
 * containing the whole cell (its <em>base</em>); a lookup tests them exactly, in that order, with the
 * polygon tests of a {@link HilbertRTreeGridIndex} built over the same shapes, and falls back to the
 * base. A boundary cell crossed by a single straight segment (the usual case: one shared edge of two
 * neighbouring grids) instead stores the segment and the answers on its left, on its right and on it,
 * found at build time by exact lookups; a query then costs one exact orientation test. The answer is
 * therefore exactly that of the R-tree index (and of JTS {@code covers} with the lowest-id tie rule);
 * {@link #covering(double, double)} is delegated to it.
 *
 * <p><b>Why the lattice is safe with floating point.</b> A query's cell is found by
 * {@code (int) ((x - minX) * scaleX)}, which may put a point a few ulps outside the cell's nominal
 * rectangle. Every classification therefore uses the nominal rectangle grown by {@link #margin}
 * (10<sup>-9</sup> degree plus 10<sup>-6</sup> of a cell), orders of magnitude more than any rounding
 * in the mapping or in the edge clipping below: an edge counts as "in" a cell when it comes within
 * the margin of it, so a pure cell has no edge within the margin and its covering set is constant on
 * everything that maps to it. The containment of pure cells is decided at the cell centre by a
 * scanline over each polygon's edges (half-open in y, as the exact test), and a crossing that is
 * within rounding of a centre belongs to an edge in that cell, which makes the cell a boundary cell
 * for that polygon: its scanline result is never used. A single-segment cell is checked on the cell
 * grown by half the margin, which every edge meeting it is marked in: no other edge and no vertex of
 * the segment lies there, so the segment cuts it into two pieces of constant covering sets, whose
 * union covers the segment's points. Not API.
 */
public final class CellCoveringGridIndex implements GridIndex {

    /** Target lattice cells per polygon: 16, 32 and 64 measured at K = 10,000 and 100,000; 32 was as fast as 64 at about 2/3 of the memory. */
    static final int CELLS_PER_POLYGON = 32;
    /** Upper bound on the lattice (32 MiB of cells). */
    static final int MAX_CELLS = 1 << 23;

    private final String providerName;
    private final HilbertRTreeGridIndex exact;
    /** answers[rank] for each grid rank, and answers[K] = empty (the "no grid" rank). */
    private final Optional<String>[] answers;
    /** The "no grid" rank: K. */
    private final int none;

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double scaleX;
    private final double scaleY;
    private final int nx;
    private final int ny;
    /**
     * cells[row * nx + col]: a value in [0, K] is the answer rank of a pure cell (K = none); a negative
     * value v points at the boundary record at {@code candidates[-v - 1]}.
     */
    private final int[] cells;
    /**
     * Boundary records: count n (at least 1), base rank, then n triples in rank order, all of rank below the base:
     * (start, end, rank) of a small shell in {@link #shells}, or (-1 - leaf, 0, rank) for a polygon that
     * {@link #exact} tests through its banded part. Keeping the shell bounds in the record saves a
     * cache miss per candidate.
     */
    private final int[] candidates;
    /**
     * Segments of the single-segment cells: x1, y1, x2, y2 each, once per edge. Their records in
     * {@link #candidates} are -1 - the segment's index, then the answer left of the directed segment,
     * right of it, and on it.
     */
    private final double[] segments;
    /** The exact index's flat shells. */
    private final double[] shells;
    private final int boundaryCells;
    private final int lineCells;
    /** Ints in a single-segment record. */
    private static final int LINE_RECORD = 4;

    /**
     * @param providerName the name of the provider building it
     * @param shapes the grids in any order
     */
    @SuppressWarnings("unchecked")
    public CellCoveringGridIndex(String providerName, Collection<GridShape> shapes) {
        this.providerName = providerName;
        this.exact = new HilbertRTreeGridIndex(providerName, shapes);
        List<GridShape> sorted = exact.shapes();
        none = sorted.size();
        answers = new Optional[none + 1];
        for (int rank = 0; rank < none; rank++) {
            answers[rank] = Optional.of(sorted.get(rank).gridId());
        }
        answers[none] = Optional.empty();
        int leaves = exact.leafCount();
        if (leaves == 0) {
            minX = 1;
            minY = 1;
            maxX = 0;
            maxY = 0;
            scaleX = 0;
            scaleY = 0;
            nx = 0;
            ny = 0;
            cells = new int[0];
            candidates = new int[0];
            segments = new double[0];
            shells = new double[0];
            boundaryCells = 0;
            lineCells = 0;
            return;
        }
        Envelope extent = new Envelope();
        for (int k = 0; k < leaves; k++) {
            extent.expandToInclude(exact.leafPolygon(k).getEnvelopeInternal());
        }
        minX = extent.getMinX();
        minY = extent.getMinY();
        maxX = extent.getMaxX();
        maxY = extent.getMaxY();
        double width = maxX - minX;
        double height = maxY - minY;
        long target = Math.min(MAX_CELLS, Math.max(1L, (long) CELLS_PER_POLYGON * leaves));
        double side = Math.sqrt(width * height / target);
        nx = (int) Math.max(1, Math.min(MAX_CELLS, Math.ceil(width / side)));
        ny = (int) Math.max(1, Math.min(MAX_CELLS / nx, Math.ceil(height / side)));
        scaleX = nx / width;
        scaleY = ny / height;
        Builder builder = new Builder(leaves);
        cells = builder.base;
        candidates = builder.encode();
        segments = builder.segments();
        shells = exact.shells();
        boundaryCells = builder.boundaryCells;
        lineCells = builder.lineCells;
    }

    /** Builds the lattice; its temporary arrays are dropped with it. */
    private final class Builder {

        private final double cellW = (maxX - minX) / nx;
        private final double cellH = (maxY - minY) / ny;
        private final double margin = 1e-9 + 1e-6 * Math.max(cellW, cellH);
        /** Becomes {@link #cells}: the lowest rank of the polygons containing the whole cell, else none. */
        private final int[] base = new int[nx * ny];
        /** stamp[cell] = leaf + 1 when that leaf has an edge in the cell (reset per leaf by its value). */
        private final int[] stamp = new int[nx * ny];
        private final IntList pairCells = new IntList();
        private final IntList pairLeaves = new IntList();
        /**
         * soleEdge[cell] = 1 + the index in {@link #edges} of the segment of every edge meeting the cell
         * so far, 0 before the first, -1 once two different segments met it.
         */
        private final int[] soleEdge = new int[nx * ny];
        /** x1, y1, x2, y2 of every edge marked, endpoints in lexicographic order (a shared edge twice). */
        private final DoubleList edges = new DoubleList();
        private final DoubleList lineCoordinates = new DoubleList();
        /** lineOfEdge[edge] = the index of that edge's coordinates in {@link #lineCoordinates}, or -1. */
        private int @Nullable [] lineOfEdge;
        private int boundaryCells;
        private int lineCells;

        Builder(int leaves) {
            java.util.Arrays.fill(base, none);
            for (int leaf : leavesInRankOrder(leaves)) {
                Polygon polygon = exact.leafPolygon(leaf);
                for (int r = 0; r <= polygon.getNumInteriorRing(); r++) {
                    markEdges(ring(polygon, r).getCoordinates(), leaf);
                }
                fillInterior(polygon, leaf, exact.leafRank(leaf));
            }
        }

        private int[] leavesInRankOrder(int leaves) {
            int[] first = new int[none + 1];
            for (int k = 0; k < leaves; k++) {
                first[exact.leafRank(k) + 1]++;
            }
            for (int r = 0; r < none; r++) {
                first[r + 1] += first[r];
            }
            int[] order = new int[leaves];
            for (int k = 0; k < leaves; k++) {
                order[first[exact.leafRank(k)]++] = k;
            }
            return order;
        }

        private int row(double y) {
            double f = Math.floor((y - minY) * scaleY);
            return f < 0 ? 0 : (int) Math.min(f, ny - 1);
        }

        private int col(double x) {
            double f = Math.floor((x - minX) * scaleX);
            return f < 0 ? 0 : (int) Math.min(f, nx - 1);
        }

        /** Marks every cell whose rectangle grown by the margin an edge of the ring meets (a superset). */
        private void markEdges(Coordinate[] ring, int leaf) {
            for (int e = 0; e + 1 < ring.length; e++) {
                double ax = ring[e].x;
                double ay = ring[e].y;
                double bx = ring[e + 1].x;
                double by = ring[e + 1].y;
                boolean aFirst = ax < bx || (ax == bx && ay < by);
                int edge = edges.size() / 4;
                edges.add(aFirst ? ax : bx);
                edges.add(aFirst ? ay : by);
                edges.add(aFirst ? bx : ax);
                edges.add(aFirst ? by : ay);
                double loY = Math.min(ay, by);
                double hiY = Math.max(ay, by);
                double loX = Math.min(ax, bx);
                double hiX = Math.max(ax, bx);
                for (int r = row(loY - margin), r1 = row(hiY + margin); r <= r1; r++) {
                    double x0;
                    double x1;
                    if (ay == by) {
                        x0 = loX;
                        x1 = hiX;
                    } else {
                        double y0 = Math.max(loY, minY + r * cellH - margin);
                        double y1 = Math.min(hiY, minY + (r + 1) * cellH + margin);
                        x0 = xAt(ax, ay, bx, by, y0, loX, hiX);
                        x1 = xAt(ax, ay, bx, by, y1, loX, hiX);
                    }
                    for (int c = col(Math.min(x0, x1) - margin), c1 = col(Math.max(x0, x1) + margin); c <= c1; c++) {
                        int cell = r * nx + c;
                        noteSegment(cell, edge);
                        if (stamp[cell] != leaf + 1) {
                            stamp[cell] = leaf + 1;
                            pairCells.add(cell);
                            pairLeaves.add(leaf);
                        }
                    }
                }
            }
        }

        private void noteSegment(int cell, int edge) {
            int seen = soleEdge[cell];
            if (seen == 0) {
                soleEdge[cell] = edge + 1;
            } else if (seen > 0 && !edges.sameQuad(seen - 1, edge)) {
                soleEdge[cell] = -1;
            }
        }

        /**
         * Tries to make a single-segment record for a cell: the cell grown by half the margin must have
         * corners strictly on both sides of the segment.
         *
         * @return the segment index, or -1 when the cell does not qualify
         */
        private int lineRecord(int cell, int[] out) {
            int seen = soleEdge[cell];
            if (seen <= 0) {
                return -1;
            }
            double x1 = edges.get(4 * (seen - 1));
            double y1 = edges.get(4 * (seen - 1) + 1);
            double x2 = edges.get(4 * (seen - 1) + 2);
            double y2 = edges.get(4 * (seen - 1) + 3);
            int r = cell / nx;
            int c = cell % nx;
            double half = margin / 2;
            double[] xs = {minX + c * cellW - half, minX + (c + 1) * cellW + half};
            double[] ys = {minY + r * cellH - half, minY + (r + 1) * cellH + half};
            int left = -1;
            int right = -1;
            for (double x : xs) {
                for (double y : ys) {
                    int side = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, x, y);
                    if (side > 0 && left < 0) {
                        left = rankAt(x, y);
                    } else if (side < 0 && right < 0) {
                        right = rankAt(x, y);
                    }
                }
            }
            if (left < 0 || right < 0) {
                return -1;
            }
            out[0] = left;
            out[1] = right;
            out[2] = Math.min(left, right);
            if (lineOfEdge == null) {
                lineOfEdge = new int[edges.size() / 4];
                java.util.Arrays.fill(lineOfEdge, -1);
            }
            if (lineOfEdge[seen - 1] < 0) {
                // Cells along the same edge share its coordinates.
                lineOfEdge[seen - 1] = lineCoordinates.size() / 4;
                lineCoordinates.add(x1);
                lineCoordinates.add(y1);
                lineCoordinates.add(x2);
                lineCoordinates.add(y2);
            }
            return lineOfEdge[seen - 1];
        }

        private int rankAt(double x, double y) {
            int rank = exact.ownerRank(x, y);
            return rank == Integer.MAX_VALUE ? none : rank;
        }

        double[] segments() {
            return lineCoordinates.toArray();
        }

        /** Sets base = rank on the cells whose centre the polygon contains and that none of its edges meets. */
        private void fillInterior(Polygon polygon, int leaf, int rank) {
            Envelope env = polygon.getEnvelopeInternal();
            int row0 = Math.max(0, row(env.getMinY()) - 1);
            int row1 = Math.min(ny - 1, row(env.getMaxY()) + 1);
            List<double[]> crossings = new ArrayList<>(row1 - row0 + 1);
            int[] counts = new int[row1 - row0 + 1];
            for (int j = row0; j <= row1; j++) {
                crossings.add(new double[4]);
            }
            for (int r = 0; r <= polygon.getNumInteriorRing(); r++) {
                Coordinate[] ring = ring(polygon, r).getCoordinates();
                for (int e = 0; e + 1 < ring.length; e++) {
                    double ax = ring[e].x;
                    double ay = ring[e].y;
                    double bx = ring[e + 1].x;
                    double by = ring[e + 1].y;
                    if (ay == by) {
                        continue;
                    }
                    for (int j = Math.max(row0, row(Math.min(ay, by)) - 1),
                            end = Math.min(row1, row(Math.max(ay, by)) + 1); j <= end; j++) {
                        double yc = rowCentre(j);
                        if ((ay > yc) != (by > yc)) {
                            int i = j - row0;
                            double[] xs = crossings.get(i);
                            if (counts[i] == xs.length) {
                                xs = java.util.Arrays.copyOf(xs, 2 * xs.length);
                                crossings.set(i, xs);
                            }
                            xs[counts[i]++] = xAt(ax, ay, bx, by, yc, Math.min(ax, bx), Math.max(ax, bx));
                        }
                    }
                }
            }
            for (int j = row0; j <= row1; j++) {
                double[] xs = crossings.get(j - row0);
                int n = counts[j - row0];
                java.util.Arrays.sort(xs, 0, n);
                for (int m = 0; m + 1 < n; m += 2) {
                    int c0 = (int) Math.max(0, Math.ceil((xs[m] - minX) / cellW - 0.5));
                    int c1 = (int) Math.min(nx - 1, Math.floor((xs[m + 1] - minX) / cellW - 0.5));
                    for (int c = c0; c <= c1; c++) {
                        int cell = j * nx + c;
                        if (stamp[cell] != leaf + 1 && base[cell] > rank) {
                            base[cell] = rank;
                        }
                    }
                }
            }
        }

        private double rowCentre(int j) {
            return minY + (j + 0.5) * cellH;
        }

        /** Packs the boundary records and points the boundary cells at them. */
        int[] encode() {
            int cellCount = base.length;
            int[] count = new int[cellCount];
            int pairs = pairCells.size();
            for (int p = 0; p < pairs; p++) {
                int cell = pairCells.get(p);
                if (exact.leafRank(pairLeaves.get(p)) < base[cell]) {
                    count[cell]++;
                }
            }
            int size = 0;
            int[] offset = stamp;
            int[] lineAnswers = new int[3];
            IntList lines = new IntList();
            for (int cell = 0; cell < cellCount; cell++) {
                offset[cell] = size;
                if (count[cell] > 0) {
                    boundaryCells++;
                    int line = lineRecord(cell, lineAnswers);
                    if (line >= 0) {
                        count[cell] = 0;
                        lines.add(cell);
                        lines.add(line);
                        lines.add(lineAnswers[0]);
                        lines.add(lineAnswers[1]);
                        lines.add(lineAnswers[2]);
                        size += LINE_RECORD;
                    } else {
                        size += 2 + 3 * count[cell];
                    }
                }
            }
            int[] packed = new int[size];
            int[] fill = new int[cellCount];
            for (int p = 0; p < pairs; p++) {
                int cell = pairCells.get(p);
                int leaf = pairLeaves.get(p);
                int rank = exact.leafRank(leaf);
                if (rank < base[cell] && count[cell] > 0) {
                    // Pairs were recorded leaf by leaf in rank order, so each record stays in rank order.
                    int at = offset[cell] + 2 + 3 * fill[cell]++;
                    int start = exact.shellStart(leaf);
                    packed[at] = start >= 0 ? start : -1 - leaf;
                    packed[at + 1] = start >= 0 ? exact.shellEnd(leaf) : 0;
                    packed[at + 2] = rank;
                }
            }
            for (int cell = 0; cell < cellCount; cell++) {
                if (count[cell] > 0) {
                    packed[offset[cell]] = count[cell];
                    packed[offset[cell] + 1] = base[cell];
                    base[cell] = -offset[cell] - 1;
                }
            }
            for (int i = 0; i < lines.size(); i += 5) {
                int cell = lines.get(i);
                int at = offset[cell];
                packed[at] = -1 - lines.get(i + 1);
                packed[at + 1] = lines.get(i + 2);
                packed[at + 2] = lines.get(i + 3);
                packed[at + 3] = lines.get(i + 4);
                base[cell] = -at - 1;
                lineCells++;
            }
            return packed;
        }
    }

    /** x of the edge (ax, ay)-(bx, by) at height y, clamped to the edge's x-range; requires ay != by. */
    private static double xAt(double ax, double ay, double bx, double by, double y, double loX, double hiX) {
        double x = ax + (y - ay) * ((bx - ax) / (by - ay));
        return Math.max(loX, Math.min(hiX, x));
    }

    private static LinearRing ring(Polygon polygon, int r) {
        return r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1);
    }

    @Override
    public Optional<String> locate(double lon, double lat) {
        return answers[ownerRank(lon, lat)];
    }

    @Override
    public Optional<GridShape> locateShape(double lon, double lat) {
        int rank = ownerRank(lon, lat);
        return rank == none ? Optional.empty() : Optional.of(exact.shapes().get(rank));
    }

    private int ownerRank(double x, double y) {
        Shapes.checkFinite(x, y);
        if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
            return none;
        }
        int c = Math.min((int) ((x - minX) * scaleX), nx - 1);
        int r = Math.min((int) ((y - minY) * scaleY), ny - 1);
        int v = cells[r * nx + c];
        if (v >= 0) {
            return v;
        }
        int at = -v - 1;
        int n = candidates[at];
        if (n < 0) {
            int s = 4 * (-1 - n);
            int side = CGAlgorithmsDD.orientationIndex(segments[s], segments[s + 1], segments[s + 2], segments[s + 3],
                    x, y);
            return candidates[at + (side > 0 ? 1 : side < 0 ? 2 : 3)];
        }
        for (int q = at + 2, end = q + 3 * n; q < end; q += 3) {
            int start = candidates[q];
            if (start >= 0 ? RayCrossing.ringCovers(shells, start, candidates[q + 1], x, y)
                    : exact.covers(-1 - start, x, y)) {
                return candidates[q + 2];
            }
        }
        return candidates[at + 1];
    }

    @Override
    public List<String> covering(double lon, double lat) {
        return exact.covering(lon, lat);
    }

    @Override
    public List<GridShape> shapes() {
        return exact.shapes();
    }

    @Override
    public String providerName() {
        return providerName;
    }

    /**
     * @return bytes held by the index's own arrays (lattice, boundary records, answers, and the exact
     *     index it tests boundary cells with), not counting the shared {@link GridShape} geometries
     *     and id strings; 16 bytes per {@code Optional} answer
     */
    public long arrayBytes() {
        return 4L * cells.length + 4L * candidates.length + 8L * segments.length + 8L * answers.length + 16L * none + exact.arrayBytes();
    }

    /** @return the lattice size and how many of its cells are boundary cells */
    @Override
    public String toString() {
        return "CellCoveringGridIndex[" + none + " grids, " + exact.leafCount() + " polygons, " + nx + "x" + ny
                + " cells, " + boundaryCells + " boundary, " + lineCells + " of them single-segment]";
    }

    /** A growable double array. */
    private static final class DoubleList {
        private double[] values = new double[64];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }

        double get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        /** @return whether quads a and b (4 values each) are equal */
        boolean sameQuad(int a, int b) {
            return values[4 * a] == values[4 * b] && values[4 * a + 1] == values[4 * b + 1]
                    && values[4 * a + 2] == values[4 * b + 2] && values[4 * a + 3] == values[4 * b + 3];
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }
}
