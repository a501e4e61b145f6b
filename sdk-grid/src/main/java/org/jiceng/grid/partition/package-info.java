/**
 * Balanced partitioning of weighted points (buildings with households) into K grids: entry point {@link org.jiceng.grid.partition.GridPartitioning}, request {@link org.jiceng.grid.partition.PartitionRequest}, result {@link org.jiceng.grid.partition.Partition} with loads, imbalance, floor, compactness, contiguity, polygons and grid codes.
 */
@NullMarked
package org.jiceng.grid.partition;

import org.jspecify.annotations.NullMarked;
