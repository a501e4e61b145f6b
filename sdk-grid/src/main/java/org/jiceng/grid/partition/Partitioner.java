package org.jiceng.grid.partition;

/**
 * An algorithm that assigns weighted planar points to K grids. Implementations only decide the
 * assignment; {@link GridPartitioning} validates it and derives codes, loads, hulls, compactness,
 * contiguity and polygons the same way for every algorithm. Create one through
 * {@link org.jiceng.grid.spi.PartitionerProvider}.
 *
 * <p>Contract (tested by {@code PartitionerCompatibilityKit}): deterministic for equal input; returns
 * one grid index in {@code [0, gridCount)} per point; every grid gets at least one point; the input
 * is not modified; safe to call from several threads.
 */
public interface Partitioner {

    /** @return the name of the algorithm, equal to its provider's name */
    String name();

    /**
     * @param points the points in metres
     * @param gridCount K, {@code 1 <= K <= points.size()}
     * @return {@code result[i]} is the grid of point {@code i}
     */
    int[] assign(PlanarPoints points, int gridCount);

    /**
     * What the pipeline may rely on beyond the common stages (for example that this partitioner refines
     * a baseline within the baseline's balance band). The default declares nothing.
     *
     * @return the capabilities; the same value on every call
     */
    default PartitionerCapabilities capabilities() {
        return PartitionerCapabilities.none();
    }
}
