package org.jiceng.grid.index;

import java.util.Collection;

import org.jiceng.grid.index.internal.CellCoveringGridIndex;
import org.jiceng.grid.spi.GridIndexProvider;

/**
 * The default grid index, named {@value #NAME}: a precomputed covering of the grids' extent by a
 * uniform lattice of about 32 cells per polygon. A cell that no grid edge comes near answers from the
 * lattice without a point-in-polygon test; a cell crossed by one straight edge answers with one exact
 * orientation test; other cells crossed by edges list the few polygons through them and test them
 * exactly (the ray crossing of {@link HilbertRTreeGridIndexProvider}). So results, tie rule included,
 * are those of every other provider. O(1) expected per lookup, no allocation on
 * {@link GridIndex#locate(double, double)}. Memory: about 700 bytes per grid for Voronoi-like grids
 * (the lattice plus the R-tree index it keeps for {@link GridIndex#covering(double, double)}),
 * geometries not counted. A uniform lattice suits grids of similar size; very uneven grid sizes make
 * more boundary cells where the grids are small.
 */
public final class CellCoveringGridIndexProvider implements GridIndexProvider {

    /** The provider name. */
    public static final String NAME = "cell-covering";

    /** Creates the provider (used by {@link java.util.ServiceLoader}). */
    public CellCoveringGridIndexProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return -10;
    }

    @Override
    public GridIndex create(Collection<GridShape> shapes) {
        return new CellCoveringGridIndex(NAME, shapes);
    }
}
