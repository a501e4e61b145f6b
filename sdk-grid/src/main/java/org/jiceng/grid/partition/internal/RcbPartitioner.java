package org.jiceng.grid.partition.internal;

import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.partition.PlanarPoints;

/** Baseline: weighted recursive coordinate bisection only. */
public final class RcbPartitioner implements Partitioner {

    /** Provider and algorithm name. */
    public static final String NAME = "rcb";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int[] assign(PlanarPoints points, int gridCount) {
        return RecursiveBisection.assign(points, gridCount);
    }
}
