package org.jiceng.grid.partition.internal;

import org.jiceng.grid.partition.PlanarPoints;

/**
 * Weighted recursive coordinate bisection with proportional splits.
 *
 * <p>A node holding k grids is cut across its longer bounding-box side into k1 = floor(k/2) and
 * k - k1 grids at the position whose prefix weight is closest to W k1 / k, found by a weighted
 * three-way quickselect (expected O(n) per level, O(n log k) in all). Every child keeps at least one
 * point per grid.
 *
 * <p>Balance guarantee: a cut misses its target by at most half the heaviest item h; that error is
 * shared by the child's k1 grids, and child sizes along a root-to-leaf path grow at least as
 * 1, 2, 3, 5, 9, ... So every grid load lies within avg +- 1.125 h (sum of 1/size is below 2.25).
 */
public final class RecursiveBisection {

    private static final int SMALL = 16;

    private final double[] x;
    private final double[] y;
    private final long[] w;
    private final int[] id;
    private final int[] grid;

    private RecursiveBisection(PlanarPoints points) {
        this.x = points.xs();
        this.y = points.ys();
        this.w = points.weights();
        int n = points.size();
        this.id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        this.grid = new int[n];
    }

    /**
     * @param points the points
     * @param gridCount K, {@code 1 <= K <= n}
     * @return grid per point; grids are numbered in the order of the leaves (spatially coherent)
     */
    public static int[] assign(PlanarPoints points, int gridCount) {
        if (gridCount < 1 || gridCount > points.size()) {
            throw new IllegalArgumentException("gridCount must be in 1.." + points.size() + ", was " + gridCount);
        }
        RecursiveBisection rcb = new RecursiveBisection(points);
        rcb.split(0, points.size(), gridCount, 0);
        return rcb.grid;
    }

    private void split(int lo, int hi, int k, int base) {
        if (k == 1) {
            for (int i = lo; i < hi; i++) {
                grid[id[i]] = base;
            }
            return;
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        long total = 0;
        for (int i = lo; i < hi; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
            total += w[i];
        }
        double[] keys = (maxX - minX) >= (maxY - minY) ? x : y;
        int k1 = k / 2;
        int k2 = k - k1;
        double target = (double) total * k1 / k;
        int p = weightedSplit(keys, lo, hi, target);
        if (p < lo + k1 || p > hi - k2) {
            // Too few points on one side for its grids (only with many zero or huge weights).
            p = Math.max(lo + k1, Math.min(hi - k2, p));
            nthElement(keys, lo, hi, p);
        }
        split(lo, p, k1, base);
        split(p, hi, k2, base + k1);
    }

    /**
     * Reorders [lo, hi) so that keys left of the returned position are {@code <=} keys right of it and the
     * prefix weight is as close to the target as the items allow.
     */
    private int weightedSplit(double[] keys, int lo, int hi, double target) {
        int l = lo;
        int r = hi;
        double acc = 0; // weight of [lo, l)
        boolean equalBlock = false;
        while (r - l > SMALL) {
            double pivot = medianOfThree(keys[l], keys[(l + r) >>> 1], keys[r - 1]);
            int lt = l;
            int i = l;
            int gt = r;
            long less = 0;
            long equal = 0;
            while (i < gt) {
                double c = keys[i];
                if (c < pivot) {
                    less += w[i];
                    swap(lt++, i++);
                } else if (c > pivot) {
                    swap(i, --gt);
                } else {
                    equal += w[i];
                    i++;
                }
            }
            if (acc + less >= target) {
                r = lt;
            } else if (acc + less + equal >= target) {
                acc += less;
                l = lt;
                r = gt;
                equalBlock = true;
                break;
            } else {
                acc += less + equal;
                l = gt;
            }
        }
        if (!equalBlock) {
            insertionSort(keys, l, r);
        }
        int pos = l;
        double cum = acc;
        while (pos < r && cum + w[pos] < target) {
            cum += w[pos];
            pos++;
        }
        if (pos < r && cum + w[pos] - target < target - cum) {
            pos++;
        }
        return pos;
    }

    /** Places the element of rank p - lo at p with smaller-or-equal keys before it. */
    private void nthElement(double[] keys, int lo, int hi, int p) {
        int l = lo;
        int r = hi;
        while (r - l > SMALL) {
            double pivot = medianOfThree(keys[l], keys[(l + r) >>> 1], keys[r - 1]);
            int lt = l;
            int i = l;
            int gt = r;
            while (i < gt) {
                double c = keys[i];
                if (c < pivot) {
                    swap(lt++, i++);
                } else if (c > pivot) {
                    swap(i, --gt);
                } else {
                    i++;
                }
            }
            if (p < lt) {
                r = lt;
            } else if (p >= gt) {
                l = gt;
            } else {
                return;
            }
        }
        insertionSort(keys, l, r);
    }

    private void insertionSort(double[] keys, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            for (int j = i; j > lo && keys[j - 1] > keys[j]; j--) {
                swap(j - 1, j);
            }
        }
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private void swap(int i, int j) {
        double tx = x[i];
        x[i] = x[j];
        x[j] = tx;
        double ty = y[i];
        y[i] = y[j];
        y[j] = ty;
        long tw = w[i];
        w[i] = w[j];
        w[j] = tw;
        int ti = id[i];
        id[i] = id[j];
        id[j] = ti;
    }
}
