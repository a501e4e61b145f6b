package org.jiceng.grid.partition.internal;

import java.util.Arrays;
import org.jiceng.grid.partition.PlanarPoints;

/**
 * Capacity-constrained, over-relaxed Lloyd refinement towards a balanced centroidal power diagram: rounds of
 * k-means-style boundary moves that keep every grid load inside a balance band.
 *
 * <p>Each round fixes the generators c (weighted grid centroids, over-relaxed) and additive offsets o, then visits the points
 * and moves a point p from grid a to the neighbouring grid b minimising
 * {@code |p - c_b|^2 - o_b} when that is strictly below {@code |p - c_a|^2 - o_a} and the move keeps
 * both loads inside the baseline's {@link LoadBand}
 * {@code [min(baseline min, avg (1 - tau)), max(baseline max, avg (floor + tau))]}. A grid never loses its last point. After the
 * round, light grids raise their offset and heavy grids lower it, so cells can become centroidal
 * (compact, convex) while loads stay balanced. The refinement therefore never worsens the
 * baseline's balance beyond floor + tau.
 *
 * <p>Candidate grids of a point are those whose centroids lie in the 3 x 3 buckets around the point
 * (buckets hold about one centroid each). A point closer to its own centroid than the safe radius
 * (half the distance to the nearest other centroid, reduced for neighbours with larger offsets)
 * cannot move and is skipped. Centroid sums are updated on every move, so a round costs one pass
 * over the points plus the candidate checks of boundary points. Points are visited in a fixed
 * pseudo-random order.
 */
public final class BalancedRefinement {

    /**
     * Offset step per unit of relative load error, in units of the mean cell area (tuned on uniform
     * and clustered synthetic data, 100k points in 200 grids: 1 converges slowly, 12 or more oscillates).
     */
    private static final double OFFSET_GAIN = 8.0;

    /**
     * Over-relaxation of the generators: each round moves them 1.5 times the way from their previous
     * position to the new centroid, which speeds Lloyd-type convergence (tuned like the gain).
     */
    private static final double RELAX = 0.5;

    /** Share of the band tau kept back for moving isolated points. */
    private static final double ISLAND_RESERVE = 0.4;



    private BalancedRefinement() {
    }

    /**
     * @param points the points
     * @param grid grid per point, modified in place
     * @param k number of grids
     * @param tau balance tolerance
     * @param rounds maximum rounds
     * @return the number of moves made
     */
    public static long refine(PlanarPoints points, int[] grid, int k, double tau, int rounds) {
        int n = points.size();
        if (k < 2 || rounds == 0) {
            return 0;
        }
        // Work on copies in a fixed pseudo-random order: the result does not depend on how the input was
        // sorted, and no grid fills its neighbours' capacity before they get their turn.
        int[] order = shuffledOrder(n);
        double[] x = new double[n];
        double[] y = new double[n];
        long[] w = new long[n];
        int[] g = new int[n];
        for (int j = 0; j < n; j++) {
            int i = order[j];
            x[j] = points.x(i);
            y[j] = points.y(i);
            w[j] = points.weight(i);
            g[j] = grid[i];
        }
        long moves = refineOrdered(x, y, w, g, k, tau, rounds, points.heaviest());
        for (int j = 0; j < n; j++) {
            grid[order[j]] = g[j];
        }
        return moves;
    }

    /** A deterministic Fisher-Yates permutation (fixed seed, so equal input gives equal output). */
    private static int[] shuffledOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(0x9E3779B97F4A7C15L);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static long refineOrdered(double[] x, double[] y, long[] w, int[] grid, int k, double tau, int rounds,
            long heaviest) {
        int n = x.length;
        long[] loads = new long[k];
        int[] counts = new int[k];
        // Centroid sums, kept up to date on every move.
        double[] sw = new double[k];
        double[] swx = new double[k];
        double[] swy = new double[k];
        double[] sx = new double[k];
        double[] sy = new double[k];
        long total = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            int a = grid[i];
            loads[a] += w[i];
            counts[a]++;
            sw[a] += w[i];
            swx[a] += w[i] * x[i];
            swy[a] += w[i] * y[i];
            sx[a] += x[i];
            sy[a] += y[i];
            total += w[i];
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double avg = (double) total / k;
        long baseMax = Arrays.stream(loads).max().orElse(0);
        long baseMin = Arrays.stream(loads).min().orElse(0);
        LoadBand band = LoadBand.of(loads, total, heaviest, tau);
        double upper = band.max();
        double lower = band.min();
        // The rounds keep a reserve inside the band for the pipeline's contiguity repair, which hands
        // isolated points to the grid around them.
        double reserve = avg * tau * ISLAND_RESERVE;
        double innerUpper = Math.max(baseMax, upper - reserve);
        double innerLower = Math.min(baseMin, lower + reserve);

        double width = Math.max(maxX - minX, 1e-6);
        double height = Math.max(maxY - minY, 1e-6);
        double cell = Math.max(Math.sqrt(width * height / k), 1e-6);
        int nx = (int) Math.min(4096, Math.max(1, Math.ceil(width / cell)));
        int ny = (int) Math.min(4096, Math.max(1, Math.ceil(height / cell)));
        double bucketW = width / nx;
        double bucketH = height / ny;
        double reach = Math.min(bucketW, bucketH);
        double cellArea = width * height / k;

        double[] cx = new double[k];
        double[] cy = new double[k];
        double[] offset = new double[k];
        double[] safe2 = new double[k];
        int[] bucketStart = new int[nx * ny + 1];
        int[] bucketItems = new int[k];
        int[] bucketOf = new int[k];
        int[] nearStart = new int[nx * ny + 1];
        int[] near = new int[9 * k + 16];
        long moves = 0;
        int idle = 0;
        double bandUpper = innerUpper;
        double bandLower = innerLower;
        for (int round = 0; round < rounds; round++) {
            for (int a = 0; a < k; a++) {
                double mx;
                double my;
                if (sw[a] > 0) {
                    mx = swx[a] / sw[a];
                    my = swy[a] / sw[a];
                } else {
                    mx = sx[a] / counts[a];
                    my = sy[a] / counts[a];
                }
                if (round == 0) {
                    cx[a] = mx;
                    cy[a] = my;
                } else {
                    cx[a] = mx + RELAX * (mx - cx[a]);
                    cy[a] = my + RELAX * (my - cy[a]);
                }
            }
            // Bucket the centroids (counting sort) and compute each grid's safe radius.
            Arrays.fill(bucketStart, 0);
            for (int a = 0; a < k; a++) {
                int bx = (int) Math.min(nx - 1, Math.max(0, (cx[a] - minX) / bucketW));
                int by = (int) Math.min(ny - 1, Math.max(0, (cy[a] - minY) / bucketH));
                bucketOf[a] = by * nx + bx;
                bucketStart[bucketOf[a] + 1]++;
            }
            for (int b = 0; b < nx * ny; b++) {
                bucketStart[b + 1] += bucketStart[b];
            }
            int[] fill = Arrays.copyOf(bucketStart, nx * ny);
            for (int a = 0; a < k; a++) {
                bucketItems[fill[bucketOf[a]]++] = a;
            }
            // Centroids in the 3 x 3 buckets around each bucket, flattened (ascending grid index per bucket
            // is not needed: ties keep the first candidate found, which is deterministic).
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
            for (int a = 0; a < k; a++) {
                double nearest2 = reach * reach;
                double maxOffset = offset[a];
                int bx = bucketOf[a] % nx;
                int by = bucketOf[a] / nx;
                for (int yy = Math.max(0, by - 1); yy <= Math.min(ny - 1, by + 1); yy++) {
                    for (int xx = Math.max(0, bx - 1); xx <= Math.min(nx - 1, bx + 1); xx++) {
                        int b = yy * nx + xx;
                        for (int j = bucketStart[b]; j < bucketStart[b + 1]; j++) {
                            int h = bucketItems[j];
                            if (h != a) {
                                double dx = cx[h] - cx[a];
                                double dy = cy[h] - cy[a];
                                nearest2 = Math.min(nearest2, dx * dx + dy * dy);
                                maxOffset = Math.max(maxOffset, offset[h]);
                            }
                        }
                    }
                }
                // |p - c_h| >= 2r - |p - c_a|, so p cannot prefer h while |p - c_a| <= r - (o_h - o_a) / (4r).
                double r = Math.sqrt(nearest2) / 2;
                double safe = r > 0 ? Math.max(0, r - (maxOffset - offset[a]) / (4 * r)) : 0;
                safe2[a] = safe * safe;
            }

            long roundMoves = 0;
            for (int i = 0; i < n; i++) {
                int a = grid[i];
                double px = x[i];
                double py = y[i];
                double dax = px - cx[a];
                double day = py - cy[a];
                double own = dax * dax + day * day;
                if (own <= safe2[a] || counts[a] == 1) {
                    continue;
                }
                long wi = w[i];
                if (loads[a] - wi < bandLower) {
                    continue;
                }
                int best = -1;
                double bestCost = own - offset[a];
                int bx = (int) Math.min(nx - 1, Math.max(0, (px - minX) / bucketW));
                int by = (int) Math.min(ny - 1, Math.max(0, (py - minY) / bucketH));
                int b = by * nx + bx;
                for (int j = nearStart[b], end = nearStart[b + 1]; j < end; j++) {
                    int h = near[j];
                    double dx = px - cx[h];
                    double dy = py - cy[h];
                    double cost = dx * dx + dy * dy - offset[h];
                    if (cost < bestCost && h != a && loads[h] + wi <= bandUpper) {
                        bestCost = cost;
                        best = h;
                    }
                }
                if (best >= 0) {
                    grid[i] = best;
                    loads[a] -= wi;
                    loads[best] += wi;
                    counts[a]--;
                    counts[best]++;
                    sw[a] -= wi;
                    swx[a] -= wi * px;
                    swy[a] -= wi * py;
                    sx[a] -= px;
                    sy[a] -= py;
                    sw[best] += wi;
                    swx[best] += wi * px;
                    swy[best] += wi * py;
                    sx[best] += px;
                    sy[best] += py;
                    roundMoves++;
                }
            }
            moves += roundMoves;
            // Power-diagram offsets: light grids attract, heavy grids repel.
            for (int a = 0; a < k; a++) {
                offset[a] += avg > 0 ? OFFSET_GAIN * cellArea * (avg - loads[a]) / avg : 0;
            }
            idle = roundMoves == 0 ? idle + 1 : 0;
            if (idle >= 2) {
                break;
            }
        }
        return moves;
    }
}
