package org.jiceng.grid.spi;

import java.util.Collection;

import org.jiceng.core.spi.Provider;
import org.jiceng.core.spi.SpiArtifact;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridShape;

/**
 * Plugin contract for grid lookup indexes, discovered through {@link org.jiceng.core.spi.Plugins}.
 *
 * <p>Built-in providers (in {@code jiceng-sdk-grid}): {@code "cell-covering"} (precomputed cell
 * lattice, exact tests only in cells crossed by edges; the default), {@code "hilbert-rtree"} (packed
 * R-tree plus edge-bucketed exact point-in-polygon) and {@code "linear-scan"} (baseline that tests
 * every grid). Every provider must obey the contract of {@link GridIndex}, in particular its exact
 * covers predicate and the lowest-id tie rule; {@code GridIndexCompatibilityKit} in
 * {@code jiceng-sdk-testkit} checks it.
 */
@SpiArtifact("org.jiceng:jiceng-sdk-grid")
public interface GridIndexProvider extends Provider {

    /**
     * Builds an index over a set of grid shapes.
     *
     * @param shapes the grids, in any order; ids must be unique (the input order never changes results)
     * @return an immutable, thread-safe index
     * @throws IllegalArgumentException when two shapes share a grid id (the message names the id)
     */
    GridIndex create(Collection<GridShape> shapes);
}
