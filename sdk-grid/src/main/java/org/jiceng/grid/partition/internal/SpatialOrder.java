package org.jiceng.grid.partition.internal;

import java.util.Arrays;
import org.jiceng.grid.internal.HilbertCurve;
import org.jiceng.grid.partition.PlanarPoints;

/**
 * The points renumbered along a Hilbert curve, so that neighbours in the plane are near each other in
 * memory. The contiguity stage runs on this local numbering (its searches read neighbours' entries of
 * per-point arrays; in input order each such read on a million points was a cache miss) and its
 * result is translated back. Ties on the curve keep input order, so the order is deterministic.
 */
final class SpatialOrder {

    /** Input index of the point at each local position. */
    private final int[] original;
    /** Local position of each input index. */
    private final int[] local;

    private SpatialOrder(int[] original) {
        this.original = original;
        this.local = new int[original.length];
        for (int p = 0; p < original.length; p++) {
            local[original[p]] = p;
        }
    }

    /**
     * @param planar the points
     * @return their order along a Hilbert curve over their bounding box
     */
    static SpatialOrder of(PlanarPoints planar) {
        return new SpatialOrder(HilbertCurve.order(planar.xs(), planar.ys()));
    }

    /** @return the local position of each input index, in input order */
    int[] positionsInInputOrder() {
        return local.clone();
    }

    /**
     * @param planar the points in input order
     * @return the same points in local order
     */
    PlanarPoints points(PlanarPoints planar) {
        int n = original.length;
        double[] x = new double[n];
        double[] y = new double[n];
        long[] w = new long[n];
        for (int p = 0; p < n; p++) {
            int i = original[p];
            x[p] = planar.x(i);
            y[p] = planar.y(i);
            w[p] = planar.weight(i);
        }
        return PlanarPoints.ofMetres(x, y, w);
    }

    /**
     * @param values a value per input index
     * @return the value per local position
     */
    int[] toLocal(int[] values) {
        int[] out = new int[values.length];
        for (int p = 0; p < out.length; p++) {
            out[p] = values[original[p]];
        }
        return out;
    }

    /**
     * @param values a value per local position
     * @return the value per input index
     */
    int[] toInput(int[] values) {
        int[] out = new int[values.length];
        for (int p = 0; p < out.length; p++) {
            out[original[p]] = values[p];
        }
        return out;
    }

    /**
     * Component labels of {@link DelaunayGraph#components} computed on the local numbering, relabelled as
     * the input numbering labels them: each point gets the lowest input index of its component.
     *
     * @param localLabels component label (any member's local position) per local position
     * @return per input index, the lowest input index of its component
     */
    int[] componentsToInput(int[] localLabels) {
        int n = original.length;
        int[] lowest = new int[n];
        Arrays.fill(lowest, Integer.MAX_VALUE);
        for (int p = 0; p < n; p++) {
            lowest[localLabels[p]] = Math.min(lowest[localLabels[p]], original[p]);
        }
        int[] out = new int[n];
        for (int p = 0; p < n; p++) {
            out[original[p]] = lowest[localLabels[p]];
        }
        return out;
    }
}
