/**
 * The compatibility kit of grid lookup indexes: extend
 * {@link org.jiceng.testkit.grid.index.GridIndexCompatibilityKit} in a test to check a
 * {@link org.jiceng.grid.spi.GridIndexProvider} against the whole contract on shared test coverages.
 */
@NullMarked
package org.jiceng.testkit.grid.index;

import org.jspecify.annotations.NullMarked;
