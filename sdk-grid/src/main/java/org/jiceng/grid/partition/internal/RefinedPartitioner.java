package org.jiceng.grid.partition.internal;

import org.jiceng.grid.partition.PartitionSettings;
import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.partition.PlanarPoints;

/** Recursive bisection followed by {@link BalancedRefinement}. */
public final class RefinedPartitioner implements Partitioner {

    /** Provider and algorithm name. */
    public static final String NAME = "rcb-refined";

    private final PartitionSettings settings;

    /** @param settings tolerance and rounds */
    public RefinedPartitioner(PartitionSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int[] assign(PlanarPoints points, int gridCount) {
        int[] grid = RecursiveBisection.assign(points, gridCount);
        BalancedRefinement.refine(points, grid, gridCount, settings.balanceTolerance(), settings.refinementRounds());
        return grid;
    }
}
