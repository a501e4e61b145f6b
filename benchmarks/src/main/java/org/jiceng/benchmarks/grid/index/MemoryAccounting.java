package org.jiceng.benchmarks.grid.index;

import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.internal.CellCoveringGridIndex;
import org.jiceng.grid.index.internal.HilbertRTreeGridIndex;

/** Bytes held by our indexes' own arrays, as they account for them (geometries and ids not counted). */
final class MemoryAccounting {

    private MemoryAccounting() {
    }

    static long bytes(GridIndex index) {
        if (index instanceof CellCoveringGridIndex c) {
            return c.arrayBytes();
        }
        if (index instanceof HilbertRTreeGridIndex h) {
            return h.arrayBytes();
        }
        throw new IllegalArgumentException("No memory accounting for " + index.getClass().getName());
    }
}
