package org.jiceng.grid.partition;

/**
 * How {@link GridPartitioning} treats grids in pieces. Contiguity is judged in the plane: two points
 * are neighbours when they share a Delaunay edge whose two Voronoi cells have a common border inside the
 * request's boundary (without a boundary: every Delaunay edge), and a grid is one piece when its points
 * are connected through such neighbours and its polygon, when built, is one polygon. So members on both
 * shores of a concave bay, or on an island and the mainland, are in pieces although the Delaunay graph of
 * the points joins them. Every rule tests contiguity and reports it in
 * {@link PartitionQuality#nonContiguousGrids()}, {@link PartitionGrid#contiguous()} and, with the reason,
 * {@link Partition#issues()}.
 *
 * <p>The balance band below is
 * {@code [min(L_min, avg (1 - tau)), max(L_max, avg (floor + tau))]}, where {@code L_min}/{@code L_max}
 * are the lightest and heaviest grid of the partitioner's own assignment (for the built-in
 * {@code rcb-refined}: of its bisection, which bounds the refinement's loads), {@code avg} the mean
 * load, {@code floor} = max(avg, heaviest item) / avg and {@code tau} the
 * {@linkplain PartitionSettings#balanceTolerance() balance tolerance}.
 */
public enum ContiguityRule {

    /** Test and report only: the partitioner's assignment is returned unchanged. */
    REPORT,

    /**
     * Repair fragments, but never leave the balance band (the default). Whatever the partitioner
     * guarantees about balance (for the built-in ones, max/avg at most floor + tau or their stated
     * bound) still holds, and no more grids are in pieces than in the partitioner's assignment. When the
     * boundary has several parts that hold points and there are at least as many grids, each part gets
     * whole grids of its own as under {@link #REQUIRE}, and the band and the
     * {@linkplain PartitionQuality#floor() floor} are those that whole grids per part allow (a small
     * island's grid cannot be within 2 % of the mean load). Grids stay in pieces only when no contiguous
     * assignment in the band was found (with weights as coarse as the band is narrow there may be none);
     * they are reported.
     */
    REPAIR_WITHIN_BALANCE,

    /**
     * Every grid one piece. When the boundary has several parts that hold points (an island, the parts
     * of a multi-part district) and there are at least as many grids, each part gets its own grids, at
     * least one and the rest so that the heaviest load per grid is lowest (the D'Hondt rule on the parts'
     * weights), and is partitioned and made contiguous on its own (the balance across parts is what whole
     * grids allow, see {@link PartitionQuality#floor()}). When there are fewer grids than parts, a
     * grid spanning parts cannot be one piece: {@link Partition#issues()} names it and says why. Within a
     * part (or without a boundary) the graph is connected, and fragments that
     * no repair within the balance band could place are handed to an adjacent grid (the one they touch
     * most among those they fit in, or among all), outwards from each grid's main piece. The loads are
     * then moved back towards the band with chains of single-point moves that never split a grid, and the
     * grids made compact again the same way. The balance band is a goal here, not a guarantee: when it is
     * not reached, {@link PartitionQuality#maxOverAverage()} and {@link PartitionQuality#minOverAverage()}
     * show the cost of contiguity. When {@link #REPAIR_WITHIN_BALANCE} gives contiguous grids, or its
     * forced contiguous candidate is in the band, the result is the same as under it.
     */
    REQUIRE
}
