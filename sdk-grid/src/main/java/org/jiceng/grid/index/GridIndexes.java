package org.jiceng.grid.index;

import java.util.Collection;

import org.jiceng.core.spi.Plugins;
import org.jiceng.grid.spi.GridIndexProvider;

/**
 * Entry points for building a {@link GridIndex}.
 *
 * <pre>{@code
 * GridIndex index = GridIndexes.create(shapes);                  // default: "cell-covering"
 * Optional<String> gridId = index.locate(116.397, 39.909);
 * GridIndex baseline = GridIndexes.create("linear-scan", shapes); // any provider by name
 * }</pre>
 */
public final class GridIndexes {

    /** The name of the provider used by {@link #create(Collection)}. */
    public static final String DEFAULT_PROVIDER = CellCoveringGridIndexProvider.NAME;

    private GridIndexes() {
    }

    /**
     * Builds the default (indexed) grid index.
     *
     * @param shapes the grids; ids must be unique
     * @return the index
     * @throws IllegalArgumentException when two shapes share an id
     */
    public static GridIndex create(Collection<GridShape> shapes) {
        return create(DEFAULT_PROVIDER, shapes);
    }

    /**
     * Builds a grid index with the provider of that name, found through {@link Plugins} on the default
     * class loader.
     *
     * @param providerName a {@link GridIndexProvider#name()}, e.g. {@code "cell-covering"}, {@code "hilbert-rtree"} or {@code "linear-scan"}
     * @param shapes the grids; ids must be unique
     * @return the index
     * @throws org.jiceng.core.spi.PluginNotFoundException when no provider has that name
     * @throws IllegalArgumentException when two shapes share an id
     */
    public static GridIndex create(String providerName, Collection<GridShape> shapes) {
        return create(Plugins.forDefaultClassLoader(), providerName, shapes);
    }

    /**
     * Builds a grid index with a named provider found through the given loader.
     *
     * @param plugins the plugin loader
     * @param providerName a {@link GridIndexProvider#name()}
     * @param shapes the grids; ids must be unique
     * @return the index
     * @throws org.jiceng.core.spi.PluginNotFoundException when no provider has that name
     */
    public static GridIndex create(Plugins plugins, String providerName, Collection<GridShape> shapes) {
        return plugins.named(GridIndexProvider.class, providerName).create(shapes);
    }
}
