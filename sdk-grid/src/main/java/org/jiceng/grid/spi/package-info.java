/**
 * The plugin contracts of the grid module: {@link org.jiceng.grid.spi.GridIndexProvider} for point-to-grid
 * lookup indexes and {@link org.jiceng.grid.spi.PartitionerProvider} for partitioning algorithms, both
 * loaded through {@link org.jiceng.core.spi.Plugins} and tested with the compatibility kits of
 * {@code jiceng-sdk-testkit}.
 */
@NullMarked
package org.jiceng.grid.spi;

import org.jspecify.annotations.NullMarked;
