package org.jiceng.grid.partition.internal;

import org.jiceng.grid.partition.PlanarPoints;

/**
 * The balance band that the contiguity repair keeps loads in:
 * {@code [min(reference min, avg (1 - tau)), max(reference max, avg (floor + tau))]}, where the
 * reference is the partitioner's own assignment. A partitioner whose result is within floor + tau (or
 * its stated bound) keeps that guarantee under every move that stays in this band.
 *
 * @param min lowest allowed load
 * @param max highest allowed load
 */
public record LoadBand(double min, double max) {

    /**
     * @param points the points (weights, total, heaviest)
     * @param reference grid per point whose load range widens the band
     * @param k number of grids
     * @param tau balance tolerance
     * @return the band
     */
    public static LoadBand of(PlanarPoints points, int[] reference, int k, double tau) {
        return of(points, loads(points, reference, k), tau);
    }

    /**
     * @param points the points (total and heaviest weight)
     * @param loads load per grid of the reference assignment, whose range widens the band
     * @param tau balance tolerance
     * @return the band
     */
    public static LoadBand of(PlanarPoints points, long[] loads, double tau) {
        return of(loads, points.totalWeight(), points.heaviest(), tau);
    }

    /**
     * @param loads load per grid of the reference assignment, whose range widens the band
     * @param totalWeight sum of all weights
     * @param heaviest largest single weight
     * @param tau balance tolerance
     * @return the band
     */
    public static LoadBand of(long[] loads, long totalWeight, long heaviest, double tau) {
        int k = loads.length;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long l : loads) {
            lo = Math.min(lo, l);
            hi = Math.max(hi, l);
        }
        double avg = (double) totalWeight / k;
        double floor = avg > 0 ? Math.max(avg, heaviest) / avg : 1;
        return new LoadBand(Math.min(lo, avg * (1 - tau)), Math.max(hi, avg * (floor + tau)));
    }

    /**
     * @param points the points
     * @param grid grid per point
     * @param k number of grids
     * @return whether every grid's load is in the band
     */
    public boolean contains(PlanarPoints points, int[] grid, int k) {
        for (long l : loads(points, grid, k)) {
            if (l < min || l > max) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param points the points
     * @param grid grid per point
     * @param k number of grids
     * @return the total distance of the loads from the band (0 when all are in it)
     */
    public double outside(PlanarPoints points, int[] grid, int k) {
        double total = 0;
        for (long l : loads(points, grid, k)) {
            total += violation(l);
        }
        return total;
    }

    /** @return how far a load is outside the band (0 inside) */
    double violation(long load) {
        return load > max ? load - max : load < min ? min - load : 0;
    }

    static long[] loads(PlanarPoints points, int[] grid, int k) {
        long[] loads = new long[k];
        for (int i = 0; i < grid.length; i++) {
            loads[grid[i]] += points.weight(i);
        }
        return loads;
    }
}
