/**
 * Grid lookup: {@link org.jiceng.grid.index.GridShape} (a grid's WGS-84 boundary),
 * {@link org.jiceng.grid.index.GridIndex} (exact point-to-grid lookup with the lowest-id tie rule) and
 * {@link org.jiceng.grid.index.GridIndexes} (entry points). Implementations come from
 * {@link org.jiceng.grid.spi.GridIndexProvider} plugins.
 */
@NullMarked
package org.jiceng.grid.index;

import org.jspecify.annotations.NullMarked;
