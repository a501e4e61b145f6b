package org.jiceng.grid.partition.internal;

import java.util.Arrays;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The Voronoi cells of distinct sites, clipped to an envelope that contains them, from a {@link SweepDelaunay}
 * triangulation of the sites and four frame sites far outside: every site is then inside the triangulation's
 * hull, its cell is the polygon of the circumcentres of the triangles around it, and the frame is far enough
 * that no frame site's cell reaches into the envelope (so the clipped cells are those of the sites alone). Each
 * circumcentre is computed once and shared by the cells that meet there, and a border the envelope cuts is cut
 * at the same point from both sides, so neighbouring cells share their edges vertex for vertex (as the edge-wise
 * coverage union of {@link VoronoiGrids} needs). On 20,000 sites this takes a fraction of the time of JTS's
 * {@code VoronoiDiagramBuilder}, whose incremental triangulation and hash-set traversal were most of the
 * polygon stage.
 */
final class VoronoiCells {

    /** The frame's distance from the envelope's centre, in half-diagonals of the envelope. */
    private static final double FRAME = 10;

    private VoronoiCells() {
    }

    /**
     * @param x x per site
     * @param y y per site (no two sites at the same (x, y), at least two sites)
     * @param clip the envelope the cells are clipped to; it contains every site
     * @param factory makes the polygons
     * @return the cell per site, or empty when the sweep could not triangulate the sites or a cell came out
     *     degenerate (the caller then uses another construction)
     */
    static Optional<Polygon[]> of(double[] x, double[] y, Envelope clip, GeometryFactory factory) {
        int n = x.length;
        double cx = (clip.getMinX() + clip.getMaxX()) / 2;
        double cy = (clip.getMinY() + clip.getMaxY()) / 2;
        // Any point of the envelope is within 2 half-diagonals of every site and more than 9 from every frame site.
        double reach = FRAME * Math.max(Math.hypot(clip.getWidth(), clip.getHeight()) / 2, 1.0);
        double[] fx = Arrays.copyOf(x, n + 4);
        double[] fy = Arrays.copyOf(y, n + 4);
        fx[n] = cx - reach;
        fy[n] = cy - reach;
        fx[n + 1] = cx + reach;
        fy[n + 1] = cy - reach;
        fx[n + 2] = cx + reach;
        fy[n + 2] = cy + reach;
        fx[n + 3] = cx - reach;
        fy[n + 3] = cy + reach;
        Optional<SweepDelaunay> sweep = SweepDelaunay.of(fx, fy);
        if (sweep.isEmpty() || sweep.get().triangles().length == 0) {
            return Optional.empty();
        }
        int[] triangles = sweep.get().triangles();
        int[] halfedges = sweep.get().halfedges();
        double[] centres = SweepDelaunay.circumcentres(fx, fy, triangles);
        for (double c : centres) {
            if (!Double.isFinite(c)) {
                return Optional.empty();
            }
        }
        // A half-edge ending at each site: its cell is walked from there around the site.
        int[] incoming = new int[n];
        Arrays.fill(incoming, -1);
        for (int e = 0; e < triangles.length; e++) {
            int end = triangles[SweepDelaunay.next(e)];
            if (end < n && incoming[end] < 0) {
                incoming[end] = e;
            }
        }
        Polygon[] cells = new Polygon[n];
        Ring ring = new Ring(clip);
        for (int s = 0; s < n; s++) {
            int start = incoming[s];
            if (start < 0) {
                return Optional.empty();
            }
            ring.clear();
            int e = start;
            do {
                int t = e / 3;
                ring.add(centres[2 * t], centres[2 * t + 1]);
                e = halfedges[SweepDelaunay.next(e)];
            } while (e >= 0 && e != start);
            if (e < 0) {
                return Optional.empty();   // cannot happen inside the frame; never build a half-open cell
            }
            Optional<Coordinate[]> clipped = ring.clipped();
            if (clipped.isEmpty()) {
                return Optional.empty();
            }
            cells[s] = factory.createPolygon(clipped.get());
        }
        return Optional.of(cells);
    }

    /**
     * One cell's vertices (consecutive repeats dropped), clipped to the envelope side by side. Where a border
     * crosses a side, the crossing is computed from the border's ends in a fixed order, so the two cells on
     * either side of that border get the same point.
     */
    private static final class Ring {
        private final Envelope clip;
        private double[] xs = new double[16];
        private double[] ys = new double[16];
        private double[] outX = new double[16];
        private double[] outY = new double[16];
        private int size;

        Ring(Envelope clip) {
            this.clip = clip;
        }

        void clear() {
            size = 0;
        }

        void add(double px, double py) {
            if (size > 0 && xs[size - 1] == px && ys[size - 1] == py) {
                return;
            }
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, 2 * size);
                ys = Arrays.copyOf(ys, 2 * size);
            }
            xs[size] = px;
            ys[size++] = py;
        }

        /** The closed ring clipped to the envelope, or empty when fewer than three vertices remain. */
        Optional<Coordinate[]> clipped() {
            if (size > 1 && xs[size - 1] == xs[0] && ys[size - 1] == ys[0]) {
                size--;
            }
            boolean inside = true;
            for (int j = 0; j < size && inside; j++) {
                inside = clip.contains(xs[j], ys[j]);
            }
            if (!inside) {
                clipSide(0, clip.getMinX(), false);
                clipSide(0, clip.getMaxX(), true);
                clipSide(1, clip.getMinY(), false);
                clipSide(1, clip.getMaxY(), true);
            }
            if (size < 3) {
                return Optional.empty();
            }
            Coordinate[] out = new Coordinate[size + 1];
            for (int j = 0; j < size; j++) {
                out[j] = new Coordinate(xs[j], ys[j]);
            }
            out[size] = out[0].copy();
            return Optional.of(out);
        }

        /** Keeps the part of the ring on the envelope's side of the line {@code axis = value}. */
        private void clipSide(int axis, double value, boolean keepBelow) {
            int kept = 0;
            ensureOut(2 * size + 2);
            for (int j = 0; j < size; j++) {
                int prev = j == 0 ? size - 1 : j - 1;
                boolean inPrev = keeps(axis, value, keepBelow, xs[prev], ys[prev]);
                boolean inHere = keeps(axis, value, keepBelow, xs[j], ys[j]);
                if (inHere != inPrev) {
                    kept = crossing(axis, value, prev, j, kept);
                }
                if (inHere) {
                    kept = put(kept, xs[j], ys[j]);
                }
            }
            double[] swapX = xs;
            double[] swapY = ys;
            xs = outX;
            ys = outY;
            outX = swapX;
            outY = swapY;
            size = kept;
            if (size > 1 && xs[size - 1] == xs[0] && ys[size - 1] == ys[0]) {
                size--;
            }
        }

        private static boolean keeps(int axis, double value, boolean keepBelow, double px, double py) {
            double v = axis == 0 ? px : py;
            return keepBelow ? v <= value : v >= value;
        }

        /** Where the border between vertices a and b meets the line, from its ends in lexicographic order. */
        private int crossing(int axis, double value, int a, int b, int kept) {
            boolean swap = xs[a] > xs[b] || (xs[a] == xs[b] && ys[a] > ys[b]);
            double x0 = swap ? xs[b] : xs[a];
            double y0 = swap ? ys[b] : ys[a];
            double x1 = swap ? xs[a] : xs[b];
            double y1 = swap ? ys[a] : ys[b];
            if (axis == 0) {
                double f = (value - x0) / (x1 - x0);
                return put(kept, value, y0 + f * (y1 - y0));
            }
            double f = (value - y0) / (y1 - y0);
            return put(kept, x0 + f * (x1 - x0), value);
        }

        private int put(int kept, double px, double py) {
            if (kept > 0 && outX[kept - 1] == px && outY[kept - 1] == py) {
                return kept;
            }
            outX[kept] = px;
            outY[kept] = py;
            return kept + 1;
        }

        private void ensureOut(int capacity) {
            if (outX.length < capacity) {
                outX = new double[capacity];
                outY = new double[capacity];
            }
        }
    }
}
