package org.jiceng.grid.partition.internal;

/**
 * How many grids each part of the plane gets when no grid may straddle two parts (an island, the parts of
 * a multi-part district), and the balance floor that follows. Each part gets at least one grid and at most
 * one per point; the rest go one at a time to the part with the highest weight per grid so far (ties: the
 * earlier part), the D'Hondt rule. That allocation gives the lowest possible heaviest load
 * {@code max_p W_p / m_p}, so the floor {@code max(heaviest item, max_p W_p / m_p) / avg} is the best
 * max/avg any partition into whole grids per part can reach. It is usually {@code round(W_p / avg)} grids
 * per part, but not always: an island holding 1.4 grids' worth next to a mainland of 8.6 gets two grids
 * (loads 0.70 and 1.075 of the mean), not one (1.40).
 */
public final class WholeGridsPerPart {

    private WholeGridsPerPart() {
    }

    /**
     * @param weight weight per part
     * @param points points per part (each at least 1)
     * @param k grids, at least as many as parts and at most the total number of points
     * @return grids per part, adding up to k
     * @throws IllegalArgumentException when k is below the number of parts or above the points
     */
    public static int[] grids(long[] weight, int[] points, int k) {
        int parts = weight.length;
        long totalPoints = 0;
        long totalWeight = 0;
        for (int p = 0; p < parts; p++) {
            totalPoints += points[p];
            totalWeight += weight[p];
        }
        if (k < parts || k > totalPoints) {
            throw new IllegalArgumentException(k + " grids cannot give each of " + parts + " parts (" + totalPoints
                    + " points) at least one grid and at most one per point");
        }
        // Without weight, the points stand in for it.
        boolean byPoints = totalWeight == 0;
        int[] grids = new int[parts];
        java.util.Arrays.fill(grids, 1);
        for (int left = k - parts; left > 0; left--) {
            int best = -1;
            double bestShare = -1;
            for (int p = 0; p < parts; p++) {
                if (grids[p] >= points[p]) {
                    continue;
                }
                double share = (byPoints ? points[p] : (double) weight[p]) / grids[p];
                if (share > bestShare) {
                    best = p;
                    bestShare = share;
                }
            }
            grids[best]++;
        }
        return grids;
    }

    /**
     * The balance floor with whole grids per part: {@code max(heaviest, max_p W_p / m_p) / avg} for the
     * allocation {@link #grids}, where {@code avg} is the total weight over k (1 when there is no weight).
     *
     * @param weight weight per part
     * @param points points per part
     * @param heaviest largest single weight
     * @param k grids
     * @return the best achievable max/avg
     */
    public static double floor(long[] weight, int[] points, long heaviest, int k) {
        int[] grids = grids(weight, points, k);
        long total = 0;
        double heaviestLoad = heaviest;
        for (int p = 0; p < weight.length; p++) {
            total += weight[p];
            heaviestLoad = Math.max(heaviestLoad, (double) weight[p] / grids[p]);
        }
        return total == 0 ? 1.0 : heaviestLoad / ((double) total / k);
    }
}
