package org.jiceng.grid.internal;

import java.util.Arrays;

/**
 * Positions along a Hilbert curve filling a 2^16 x 2^16 square: nearby positions are nearby points,
 * which is what packing an R-tree and inserting sites into a triangulation both want.
 */
public final class HilbertCurve {

    /** Bits per axis. */
    public static final int ORDER = 16;

    private HilbertCurve() {
    }

    /**
     * @param x cell column in [0, 2^16)
     * @param y cell row in [0, 2^16)
     * @return position of the cell along the curve, in [0, 2^32)
     */
    public static long distance(int x, int y) {
        long d = 0;
        for (int s = 1 << (ORDER - 1); s > 0; s >>>= 1) {
            int rx = (x & s) != 0 ? 1 : 0;
            int ry = (y & s) != 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }

    /**
     * The order of points along the curve over their bounding box; ties keep input order.
     *
     * @param x x of each point
     * @param y y of each point, same length
     * @return point indices in curve order
     */
    public static int[] order(double[] x, double[] y) {
        int n = x.length;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        int cells = (1 << ORDER) - 1;
        double sx = maxX > minX ? cells / (maxX - minX) : 0;
        double sy = maxY > minY ? cells / (maxY - minY) : 0;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            // Curve position in the high 32 bits, input index in the low bits: the sort is stable and total.
            keys[i] = (distance((int) ((x[i] - minX) * sx), (int) ((y[i] - minY) * sy)) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }
}
