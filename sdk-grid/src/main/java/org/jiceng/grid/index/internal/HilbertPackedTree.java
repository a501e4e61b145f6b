package org.jiceng.grid.index.internal;

import org.jiceng.grid.internal.HilbertCurve;

/**
 * A static R-tree over boxes, packed bottom-up in Hilbert-curve order of the box centres (a
 * "Hilbert packed R-tree"). Stored as flat arrays, one per level: level 0 holds the items' boxes in
 * packed order, and node {@code j} of level {@code l + 1} covers entries
 * {@code [j * NODE_SIZE, (j + 1) * NODE_SIZE)} of level {@code l}. Not API.
 */
final class HilbertPackedTree {

    /** Children per node: 8 float boxes are two cache lines; 4 to 32 measured, 8 was fastest for point queries. */
    static final int NODE_SIZE = 8;

    /**
     * boxes[level] = minX, minY, maxX, maxY per entry, as floats rounded outwards: a box never
     * shrinks, so no candidate is lost, and the tree takes half the memory (lookups are bound by
     * cache misses). Exactness comes from the point-in-polygon test on the double coordinates.
     */
    final float[][] boxes;
    /** sizes[level] = number of entries on that level. */
    final int[] sizes;
    /** order[k] = index (in the input) of the item at packed position k. */
    final int[] order;

    /**
     * @param itemBoxes minX, minY, maxX, maxY for each item
     */
    HilbertPackedTree(double[] itemBoxes) {
        int n = itemBoxes.length / 4;
        order = hilbertOrder(itemBoxes, n);
        int levels = 1;
        for (int size = n; size > 1; size = (size + NODE_SIZE - 1) / NODE_SIZE) {
            levels++;
        }
        double[][] exact = new double[levels][];
        sizes = new int[levels];
        double[] level0 = new double[4 * n];
        for (int k = 0; k < n; k++) {
            System.arraycopy(itemBoxes, 4 * order[k], level0, 4 * k, 4);
        }
        exact[0] = level0;
        sizes[0] = n;
        for (int l = 1; l < levels; l++) {
            int size = (sizes[l - 1] + NODE_SIZE - 1) / NODE_SIZE;
            double[] below = exact[l - 1];
            double[] level = new double[4 * size];
            for (int j = 0; j < size; j++) {
                double minX = Double.POSITIVE_INFINITY;
                double minY = Double.POSITIVE_INFINITY;
                double maxX = Double.NEGATIVE_INFINITY;
                double maxY = Double.NEGATIVE_INFINITY;
                for (int c = j * NODE_SIZE, end = Math.min(sizes[l - 1], c + NODE_SIZE); c < end; c++) {
                    minX = Math.min(minX, below[4 * c]);
                    minY = Math.min(minY, below[4 * c + 1]);
                    maxX = Math.max(maxX, below[4 * c + 2]);
                    maxY = Math.max(maxY, below[4 * c + 3]);
                }
                level[4 * j] = minX;
                level[4 * j + 1] = minY;
                level[4 * j + 2] = maxX;
                level[4 * j + 3] = maxY;
            }
            exact[l] = level;
            sizes[l] = size;
        }
        boxes = new float[levels][];
        for (int l = 0; l < levels; l++) {
            boxes[l] = outwardFloats(exact[l]);
        }
    }

    private static float[] outwardFloats(double[] b) {
        float[] f = new float[b.length];
        for (int i = 0; i < b.length; i += 4) {
            f[i] = down(b[i]);
            f[i + 1] = down(b[i + 1]);
            f[i + 2] = up(b[i + 2]);
            f[i + 3] = up(b[i + 3]);
        }
        return f;
    }

    private static float down(double v) {
        float f = (float) v;
        return f > v ? Math.nextDown(f) : f;
    }

    private static float up(double v) {
        float f = (float) v;
        return f < v ? Math.nextUp(f) : f;
    }

    /** @return the index of the top level (its single node, when there are items, spans everything) */
    int rootLevel() {
        return boxes.length - 1;
    }

    /** Items in Hilbert order of their box centres. */
    private static int[] hilbertOrder(double[] b, int n) {
        double[] cx = new double[n];
        double[] cy = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = (b[4 * i] + b[4 * i + 2]) / 2;
            cy[i] = (b[4 * i + 1] + b[4 * i + 3]) / 2;
        }
        return HilbertCurve.order(cx, cy);
    }
}
