package org.jiceng.testkit.grid.index;

import org.jiceng.core.spi.Plugins;
import org.jiceng.grid.spi.GridIndexProvider;

/** The built-in, default "cell-covering" provider, loaded through {@link Plugins}, passes the grid index contract. */
class CellCoveringGridIndexCompatibilityTest extends GridIndexCompatibilityKit {

    @Override
    protected GridIndexProvider provider() {
        return Plugins.forDefaultClassLoader().named(GridIndexProvider.class, "cell-covering");
    }
}
