package org.jiceng.examples.demo.generate;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Finds the nearest of a fixed list of points, the same answer as a linear scan that keeps the first of
 * equal squared distances ({@code dx * dx + dy * dy}, computed the same way): the lowest index among the
 * nearest. The points are bucketed in a uniform grid searched ring by ring around the query, and a ring
 * stops the search only when every point beyond it is certainly farther than the best found, with a
 * margin far above any rounding error; equal distances are resolved by index, so the order in which
 * buckets are visited does not matter. Coordinates too large for that margin fall back to the scan.
 */
final class NearestPoints {

    /** Beyond this magnitude squared distances could overflow or lose the margin: scan linearly. */
    private static final double MAX_ABS = 1e100;
    private static final int MAX_SIDE = 1024;

    private final double[] xs;
    private final double[] ys;
    private final boolean linear;
    private final double minX;
    private final double minY;
    private final double cellSize;
    private final double inverseCell;
    private final int cols;
    private final int rows;
    /** Point indices by bucket: those of bucket {@code b} are {@code order[start[b]..start[b + 1])}, ascending. */
    private final int[] start;
    private final int[] order;
    /** Slack subtracted from ring distances, covering how far rounding can put a point outside its bucket. */
    private final double slack;

    /**
     * @param points the points, by index; must not be empty
     */
    NearestPoints(List<Coordinate> points) {
        int n = points.size();
        if (n == 0) {
            throw new IllegalArgumentException("No points to search");
        }
        xs = new double[n];
        ys = new double[n];
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        boolean tame = true;
        for (int i = 0; i < n; i++) {
            Coordinate c = points.get(i);
            xs[i] = c.x;
            ys[i] = c.y;
            tame &= Math.abs(c.x) <= MAX_ABS && Math.abs(c.y) <= MAX_ABS;
            x0 = Math.min(x0, c.x);
            y0 = Math.min(y0, c.y);
            x1 = Math.max(x1, c.x);
            y1 = Math.max(y1, c.y);
        }
        double extent = Math.max(x1 - x0, y1 - y0);
        linear = !tame || n < 16 || !(extent > 0);
        minX = x0;
        minY = y0;
        if (linear) {
            cellSize = 1;
            inverseCell = 1;
            cols = 1;
            rows = 1;
            slack = 0;
            start = new int[0];
            order = new int[0];
            return;
        }
        // About two points a bucket over the points' bounding box.
        double area = Math.max(x1 - x0, extent * 1e-6) * Math.max(y1 - y0, extent * 1e-6);
        // At most MAX_SIDE buckets a side, so that every point's bucket is where its coordinates say.
        cellSize = Math.max(Math.sqrt(2 * area / n), extent / (MAX_SIDE - 1));
        inverseCell = 1 / cellSize;
        cols = 1 + (int) ((x1 - x0) * inverseCell);
        rows = 1 + (int) ((y1 - y0) * inverseCell);
        slack = 1e-9 * (extent + Math.max(Math.max(Math.abs(x0), Math.abs(x1)), Math.max(Math.abs(y0), Math.abs(y1))))
                + 1e-300;
        int[] bucket = new int[n];
        start = new int[cols * rows + 1];
        for (int i = 0; i < n; i++) {
            bucket[i] = clamp((int) ((xs[i] - minX) * inverseCell), cols) + cols * clamp((int) ((ys[i] - minY) * inverseCell), rows);
            start[bucket[i] + 1]++;
        }
        for (int b = 0; b < cols * rows; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = Arrays.copyOf(start, cols * rows);
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[fill[bucket[i]]++] = i;
        }
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : v >= size ? size - 1 : v;
    }

    /**
     * @param x query x
     * @param y query y
     * @return the index of the nearest point, the lowest among equally near ones
     */
    int nearest(double x, double y) {
        if (linear) {
            return linearScan(xs, ys, x, y);
        }
        // A far-off or non-finite query would make the ring walk long or meaningless: the scan answers it.
        double gx = (x - minX) * inverseCell;
        double gy = (y - minY) * inverseCell;
        if (!(gx > -cols && gx < 2.0 * cols && gy > -rows && gy < 2.0 * rows)) {
            return linearScan(xs, ys, x, y);
        }
        int qc = clamp((int) Math.floor(gx), cols);
        int qr = clamp((int) Math.floor(gy), rows);
        int best = -1;
        double bestD = Double.MAX_VALUE;
        int maxRing = Math.max(Math.max(qc, cols - 1 - qc), Math.max(qr, rows - 1 - qr));
        for (int ring = 0; ring <= maxRing; ring++) {
            if (best >= 0 && ring > 0) {
                // Every point not yet visited lies at least (ring - 1) buckets beyond the query's bucket on one axis.
                double gap = (ring - 1) * cellSize - slack;
                if (gap > 0 && gap * gap > bestD) {
                    break;
                }
            }
            int c0 = qc - ring;
            int c1 = qc + ring;
            int r0 = Math.max(0, qr - ring);
            int r1 = Math.min(rows - 1, qr + ring);
            for (int r = r0; r <= r1; r++) {
                boolean edgeRow = r == qr - ring || r == qr + ring;
                int step = edgeRow ? 1 : c1 - c0;
                for (int c = c0; c <= c1; c += Math.max(1, step)) {
                    if (c < 0 || c >= cols) {
                        continue;
                    }
                    int b = c + cols * r;
                    for (int k = start[b]; k < start[b + 1]; k++) {
                        int i = order[k];
                        double dx = xs[i] - x;
                        double dy = ys[i] - y;
                        double d = dx * dx + dy * dy;
                        if (d < bestD || d == bestD && i < best) {
                            bestD = d;
                            best = i;
                        }
                    }
                }
            }
        }
        return best >= 0 ? best : linearScan(xs, ys, x, y);
    }

    /** The reference: the first point with the smallest squared distance, as {@link #nearest} must answer. */
    static int linearScan(double[] xs, double[] ys, double x, double y) {
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            double dx = xs[i] - x;
            double dy = ys[i] - y;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
