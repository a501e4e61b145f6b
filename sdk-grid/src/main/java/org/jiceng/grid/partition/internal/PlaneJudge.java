package org.jiceng.grid.partition.internal;

import java.util.Optional;

/**
 * Judges contiguity in the plane for assignments in input numbering, on a {@link DelaunayGraph} built either
 * on the input numbering or on a {@link SpatialOrder} of the points.
 *
 * @param graph the plane graph
 * @param order the numbering the graph was built on, when not the input's
 */
record PlaneJudge(DelaunayGraph graph, Optional<SpatialOrder> order) {

    /**
     * @param assignment grid per input index
     * @param k number of grids
     * @return per grid, whether it is connected on the graph
     */
    boolean[] contiguous(int[] assignment, int k) {
        return graph.contiguous(order.map(o -> o.toLocal(assignment)).orElse(assignment), k);
    }

    /**
     * @param grid grid per input index
     * @return per input index, the lowest input index of its component within its grid
     */
    int[] components(int[] grid) {
        if (order.isEmpty()) {
            return graph.components(grid);
        }
        return order.get().componentsToInput(graph.components(order.get().toLocal(grid)));
    }
}
