package org.jiceng.grid.partition.internal;

import java.util.Arrays;

/**
 * The grid centroids of one {@link BalancedRefinement} round in square-ish buckets over the points' bounding
 * box (about one centroid per bucket): the candidate grids of a point (the centroids in the 3 x 3 buckets
 * around its bucket) and, per grid, the radii within which the refinement skips its points: the one it has
 * always used ({@link #nearestRadii2}) and the safe radius of its power cell ({@link #pairRadii2}), within which
 * none of its points can prefer a candidate. Reused from round to round; not thread-safe.
 */
final class CentroidBuckets {

    /** Safe radii are shrunk by this share, so that rounding in the cost comparison never matters. */
    private static final double ROUNDING_MARGIN = 1e-9;

    private final double minX;
    private final double minY;
    private final int nx;
    private final int ny;
    private final double bucketW;
    private final double bucketH;
    private final double reach;
    private final int[] bucketStart;
    private final int[] bucketItems;
    private final int[] bucketOf;
    private final int[] nearStart;
    private int[] near;
    /** Scratch of {@link #others(int, int)}: at most every other grid. */
    private final int[] others;

    /**
     * @param minX left of the points' bounding box
     * @param minY bottom of the points' bounding box
     * @param width width of the box (positive)
     * @param height height of the box (positive)
     * @param k number of grids
     */
    CentroidBuckets(double minX, double minY, double width, double height, int k) {
        this.minX = minX;
        this.minY = minY;
        double cell = Math.max(Math.sqrt(width * height / k), 1e-6);
        this.nx = (int) Math.min(4096, Math.max(1, Math.ceil(width / cell)));
        this.ny = (int) Math.min(4096, Math.max(1, Math.ceil(height / cell)));
        this.bucketW = width / nx;
        this.bucketH = height / ny;
        this.reach = Math.min(bucketW, bucketH);
        this.bucketStart = new int[nx * ny + 1];
        this.bucketItems = new int[k];
        this.bucketOf = new int[k];
        this.nearStart = new int[nx * ny + 1];
        this.near = new int[9 * k + 16];
        this.others = new int[k];
    }

    /**
     * Buckets the centroids (counting sort) and lists each bucket's candidates: the centroids in the 3 x 3
     * buckets around it, in a fixed order.
     *
     * @param cx centroid x per grid
     * @param cy centroid y per grid
     * @param k number of grids
     */
    void place(double[] cx, double[] cy, int k) {
        Arrays.fill(bucketStart, 0);
        for (int a = 0; a < k; a++) {
            bucketOf[a] = bucket(cx[a], cy[a]);
            bucketStart[bucketOf[a] + 1]++;
        }
        for (int b = 0; b < nx * ny; b++) {
            bucketStart[b + 1] += bucketStart[b];
        }
        int[] fill = Arrays.copyOf(bucketStart, nx * ny);
        for (int a = 0; a < k; a++) {
            bucketItems[fill[bucketOf[a]]++] = a;
        }
        int nearCount = 0;
        for (int bb = 0; bb < nx * ny; bb++) {
            nearStart[bb] = nearCount;
            int bx = bb % nx;
            int by = bb / nx;
            for (int yy = Math.max(0, by - 1); yy <= Math.min(ny - 1, by + 1); yy++) {
                for (int xx = Math.max(0, bx - 1); xx <= Math.min(nx - 1, bx + 1); xx++) {
                    int b = yy * nx + xx;
                    for (int j = bucketStart[b]; j < bucketStart[b + 1]; j++) {
                        if (nearCount == near.length) {
                            near = Arrays.copyOf(near, near.length * 2);
                        }
                        near[nearCount++] = bucketItems[j];
                    }
                }
            }
        }
        nearStart[nx * ny] = nearCount;
    }

    /**
     * The squared radius within which the refinement has always skipped a grid's points: half the distance from
     * its centroid to the nearest other in the 3 x 3 buckets around it (at most half a bucket's shorter side),
     * reduced by the largest offset among them. It is not exact: the candidates of a point come from the 3 x 3
     * buckets around the point, not around the centroid, and an offset larger than the nearest centroid's can
     * reach further in. But the refinement's results are defined with it: skipping only the points that provably
     * cannot move changed the assignments where it errs (on the benchmark's concave district it left 3 grids in
     * pieces instead of none), so {@link BalancedRefinement} keeps skipping these. Call after {@link #place}.
     *
     * @param cx centroid x per grid
     * @param cy centroid y per grid
     * @param offset power offset per grid
     * @param k number of grids
     * @param safe2 receives the squared radius per grid
     */
    void nearestRadii2(double[] cx, double[] cy, double[] offset, int k, double[] safe2) {
        for (int a = 0; a < k; a++) {
            double nearest2 = reach * reach;
            double maxOffset = offset[a];
            for (int j = 0, count = others(a, 1); j < count; j++) {
                int h = others[j];
                double dx = cx[h] - cx[a];
                double dy = cy[h] - cy[a];
                nearest2 = Math.min(nearest2, dx * dx + dy * dy);
                maxOffset = Math.max(maxOffset, offset[h]);
            }
            // |p - c_h| >= 2r - |p - c_a|, so p cannot prefer h while |p - c_a| <= r - (o_h - o_a) / (4r).
            double r = Math.sqrt(nearest2) / 2;
            double safe = r > 0 ? Math.max(0, r - (maxOffset - offset[a]) / (4 * r)) : 0;
            safe2[a] = safe * safe;
        }
    }

    /**
     * The squared safe radius of each grid's power cell: a point p of grid a with {@code |p - c_a|^2 <= safe2[a]}
     * has {@code |p - c_h|^2 - o_h >= |p - c_a|^2 - o_a} for every candidate h of its bucket, so it cannot move.
     * For one other centroid h at distance d, {@code |p - c_h| >= d - |p - c_a|} gives the radius
     * {@code d / 2 - (o_h - o_a) / (2 d)}; the safe radius is the least of these over the centroids in the 5 x 5
     * buckets around a's, and at most 0.99 times a bucket's shorter side, so that the candidates of p (3 x 3
     * around p's bucket, at most one bucket from a's) are all among them. Call after {@link #place}.
     *
     * @param cx centroid x per grid
     * @param cy centroid y per grid
     * @param offset power offset per grid
     * @param k number of grids
     * @param safe2 receives the squared safe radius per grid, or -1 for a grid whose centroid is not safe
     */
    void pairRadii2(double[] cx, double[] cy, double[] offset, int k, double[] safe2) {
        double cap = 0.99 * reach;
        for (int a = 0; a < k; a++) {
            double safe = cap;
            for (int j = 0, count = others(a, 2); j < count; j++) {
                int h = others[j];
                double dx = cx[h] - cx[a];
                double dy = cy[h] - cy[a];
                double d = Math.sqrt(dx * dx + dy * dy);
                safe = Math.min(safe, d > 0 ? d / 2 - (offset[h] - offset[a]) / (2 * d) : 0);
            }
            // No safe disc at all (not even the centroid itself is safe): -1, so that no point is skipped.
            safe = safe * (1 - ROUNDING_MARGIN);
            safe2[a] = safe > 0 ? safe * safe : -1;
        }
    }

    /**
     * Lists in {@link #others} the grids other than a whose centroids lie within {@code r} buckets of a's.
     *
     * @return how many
     */
    private int others(int a, int r) {
        int bx = bucketOf[a] % nx;
        int by = bucketOf[a] / nx;
        int count = 0;
        for (int yy = Math.max(0, by - r); yy <= Math.min(ny - 1, by + r); yy++) {
            for (int xx = Math.max(0, bx - r); xx <= Math.min(nx - 1, bx + r); xx++) {
                int b = yy * nx + xx;
                for (int j = bucketStart[b]; j < bucketStart[b + 1]; j++) {
                    if (bucketItems[j] != a) {
                        others[count++] = bucketItems[j];
                    }
                }
            }
        }
        return count;
    }

    /**
     * @param px x of a point
     * @param py y of a point
     * @return its bucket (points outside the box go to the nearest bucket)
     */
    int bucket(double px, double py) {
        int bx = (int) Math.min(nx - 1, Math.max(0, (px - minX) / bucketW));
        int by = (int) Math.min(ny - 1, Math.max(0, (py - minY) / bucketH));
        return by * nx + bx;
    }

    /** @return where each bucket's candidates start in {@link #near()}, one more entry than buckets */
    int[] nearStart() {
        return nearStart;
    }

    /** @return the candidates of every bucket, one after the other (valid until the next {@link #place}) */
    int[] near() {
        return near;
    }
}
