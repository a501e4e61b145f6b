package org.jiceng.grid.partition;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Quality of a partition. Loads are sums of point weights; compactness is the Polsby-Popper score
 * 4 pi A / P^2 of each grid's convex hull in projected metres (0 for a grid whose hull has no area:
 * fewer than three non-collinear points).
 *
 * @param totalLoad sum of all weights (equals the input's)
 * @param averageLoad totalLoad / K
 * @param maxLoad heaviest grid
 * @param minLoad lightest grid
 * @param maxOverAverage load imbalance max/avg (1 when the total is 0)
 * @param minOverAverage min/avg (1 when the total is 0)
 * @param heaviestItem largest single weight
 * @param floor the best achievable max/avg: {@code max(avg, heaviest) / avg} given the heaviest indivisible
 *     item; when contiguity is judged in the plane of a boundary whose parts (an island, the parts of a
 *     multi-part district: points that no way inside the boundary joins) hold points, and there are at least
 *     as many grids as parts, also given that no grid can be one piece across parts: each part gets whole
 *     grids, at least one and the rest by the D'Hondt rule (which makes the heaviest part's load per grid as
 *     low as possible), and {@code floor = max(heaviest, max_p W_p / m_p) / avg} for part weights
 *     {@code W_p} and grids {@code m_p}. An island holding 0.3 grids' worth still needs a whole grid, and
 *     one holding 4.6 grids' worth gets 5 grids at 0.92 of the mean load while the rest of the district
 *     carries the remaining load on fewer grids; that is part of the floor, not of the excess over it
 * @param meanCompactness mean Polsby-Popper over grids
 * @param minCompactness lowest Polsby-Popper over grids
 * @param nonContiguousGrids grids in pieces in the plane, when tested: their points are not connected by
 *     Delaunay edges that stay inside the boundary, or their polygon (when built) has several parts
 * @param gridsWithIssues grids with at least one {@link GridIssue} (in pieces, without a polygon, or with
 *     members outside their polygon); see {@link Partition#issues()} for which and why
 */
public record PartitionQuality(long totalLoad, double averageLoad, long maxLoad, long minLoad,
        double maxOverAverage, double minOverAverage, long heaviestItem, double floor,
        double meanCompactness, double minCompactness, OptionalInt nonContiguousGrids, int gridsWithIssues) {

    /**
     * The figures without grid issues (as before {@link #gridsWithIssues()} existed).
     *
     * @param totalLoad sum of all weights
     * @param averageLoad totalLoad / K
     * @param maxLoad heaviest grid
     * @param minLoad lightest grid
     * @param maxOverAverage max/avg
     * @param minOverAverage min/avg
     * @param heaviestItem largest single weight
     * @param floor max(avg, heaviest) / avg
     * @param meanCompactness mean Polsby-Popper
     * @param minCompactness lowest Polsby-Popper
     * @param nonContiguousGrids grids in pieces, when tested
     */
    public PartitionQuality(long totalLoad, double averageLoad, long maxLoad, long minLoad, double maxOverAverage,
            double minOverAverage, long heaviestItem, double floor, double meanCompactness, double minCompactness,
            OptionalInt nonContiguousGrids) {
        this(totalLoad, averageLoad, maxLoad, minLoad, maxOverAverage, minOverAverage, heaviestItem, floor,
                meanCompactness, minCompactness, nonContiguousGrids, 0);
    }

    /** @return whether every grid is contiguous, when contiguity was tested */
    public Optional<Boolean> allContiguous() {
        return nonContiguousGrids.isPresent()
                ? Optional.of(nonContiguousGrids.getAsInt() == 0) : Optional.empty();
    }

    /** @return how far the imbalance is above the floor (max/avg - floor) */
    public double excessOverFloor() {
        return maxOverAverage - floor;
    }

    /**
     * Computes loads and balance figures.
     *
     * @param loads load per grid
     * @param heaviest largest single weight
     * @param compactness compactness per grid
     * @param nonContiguous grids found not contiguous, or null when not tested
     * @return the quality
     */
    public static PartitionQuality of(long[] loads, long heaviest, double[] compactness, @Nullable Integer nonContiguous) {
        return of(loads, heaviest, compactness, nonContiguous, 0);
    }

    /**
     * Computes loads and balance figures.
     *
     * @param loads load per grid
     * @param heaviest largest single weight
     * @param compactness compactness per grid
     * @param nonContiguous grids found in pieces, or null when not tested
     * @param gridsWithIssues grids with at least one {@link GridIssue}
     * @return the quality
     */
    public static PartitionQuality of(long[] loads, long heaviest, double[] compactness, @Nullable Integer nonContiguous,
            int gridsWithIssues) {
        return of(loads, heaviest, floor(loads, heaviest), compactness, nonContiguous, gridsWithIssues);
    }

    /**
     * The floor given the heaviest indivisible item only: {@code max(avg, heaviest) / avg} (1 without weight).
     *
     * @param loads load per grid (their sum and number give the mean)
     * @param heaviest largest single weight
     * @return the floor
     */
    public static double floor(long[] loads, long heaviest) {
        long total = 0;
        for (long l : loads) {
            total += l;
        }
        double avg = (double) total / loads.length;
        return total == 0 ? 1.0 : Math.max(avg, heaviest) / avg;
    }

    /**
     * Computes loads and balance figures against a given floor (such as the one with whole grids per part of
     * the plane, see {@link #floor()}).
     *
     * @param loads load per grid
     * @param heaviest largest single weight
     * @param floor the best achievable max/avg, at least {@link #floor(long[], long)}
     * @param compactness compactness per grid
     * @param nonContiguous grids found in pieces, or null when not tested
     * @param gridsWithIssues grids with at least one {@link GridIssue}
     * @return the quality
     */
    public static PartitionQuality of(long[] loads, long heaviest, double floor, double[] compactness,
            @Nullable Integer nonContiguous, int gridsWithIssues) {
        long total = 0;
        long max = Long.MIN_VALUE;
        long min = Long.MAX_VALUE;
        for (long l : loads) {
            total += l;
            max = Math.max(max, l);
            min = Math.min(min, l);
        }
        double avg = (double) total / loads.length;
        double maxRatio = total == 0 ? 1.0 : max / avg;
        double minRatio = total == 0 ? 1.0 : min / avg;
        double sum = 0;
        double lowest = compactness.length == 0 ? 0 : Double.POSITIVE_INFINITY;
        for (double c : compactness) {
            sum += c;
            lowest = Math.min(lowest, c);
        }
        return new PartitionQuality(total, avg, max, min, maxRatio, minRatio, heaviest, floor,
                compactness.length == 0 ? 0 : sum / compactness.length, lowest,
                nonContiguous == null ? OptionalInt.empty() : OptionalInt.of(nonContiguous), gridsWithIssues);
    }
}
