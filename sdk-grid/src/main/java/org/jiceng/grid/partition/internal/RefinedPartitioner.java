package org.jiceng.grid.partition.internal;

import org.jiceng.grid.partition.PartitionSettings;
import org.jiceng.grid.partition.PartitionerCapabilities;
import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.partition.PlanarPoints;

/** Recursive bisection followed by {@link BalancedRefinement}. */
public final class RefinedPartitioner implements Partitioner {

    /** Provider and algorithm name. */
    public static final String NAME = "rcb-refined";

    private static final PartitionerCapabilities CAPABILITIES = PartitionerCapabilities.refining(new RcbPartitioner());

    private final PartitionSettings settings;

    /** @param settings tolerance and rounds */
    public RefinedPartitioner(PartitionSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return a refinement of {@code rcb} within the balance band of the bisection */
    @Override
    public PartitionerCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public int[] assign(PlanarPoints points, int gridCount) {
        int[] grid = RecursiveBisection.assign(points, gridCount);
        BalancedRefinement.refine(points, grid, gridCount, settings.balanceTolerance(), settings.refinementRounds());
        return grid;
    }
}
