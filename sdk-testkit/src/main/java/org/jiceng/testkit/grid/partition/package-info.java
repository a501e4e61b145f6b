/**
 * The compatibility kit of partitioners: extend
 * {@link org.jiceng.testkit.grid.partition.PartitionerCompatibilityKit} in a test to check a partitioner
 * (and its provider) against the contract every partitioning algorithm promises.
 */
@NullMarked
package org.jiceng.testkit.grid.partition;

import org.jspecify.annotations.NullMarked;
