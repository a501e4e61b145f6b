package org.jiceng.grid.partition;

/**
 * How {@link GridPartitioning} treats grids whose points are not connected in the Delaunay graph of
 * all points (a grid "in pieces"). Every rule tests contiguity and reports it in
 * {@link PartitionQuality#nonContiguousGrids()} and {@link PartitionGrid#contiguous()}.
 *
 * <p>The balance band below is
 * {@code [min(L_min, avg (1 - tau)), max(L_max, avg (floor + tau))]}, where {@code L_min}/{@code L_max}
 * are the lightest and heaviest grid of the partitioner's own assignment, {@code avg} the mean load,
 * {@code floor} = max(avg, heaviest item) / avg and {@code tau} the
 * {@linkplain PartitionSettings#balanceTolerance() balance tolerance}.
 */
public enum ContiguityRule {

    /** Test and report only: the partitioner's assignment is returned unchanged. */
    REPORT,

    /**
     * Repair fragments, but never leave the balance band (the default). Whatever the partitioner
     * guarantees about balance (for the built-in ones, max/avg at most floor + tau or their stated
     * bound) still holds, and no grid is split that the partitioner returned whole. Grids stay in
     * pieces only when no repair within the band was found; they are reported.
     */
    REPAIR_WITHIN_BALANCE,

    /**
     * Every grid contiguous, always (the Delaunay graph of all points is connected): fragments that
     * cannot be repaired within the balance band are handed to the adjacent grid they touch most, and
     * the loads are then moved back towards the band with moves that never split a grid. The balance
     * band is a goal here, not a guarantee: when it cannot be reached, the reported
     * {@link PartitionQuality#maxOverAverage()} and {@link PartitionQuality#minOverAverage()} show the
     * cost of contiguity. When the default rule already gives contiguous grids, the result is the same.
     */
    REQUIRE
}
