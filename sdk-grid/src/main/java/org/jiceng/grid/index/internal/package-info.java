/**
 * The built-in grid lookup indexes: a linear scan (the baseline) and a Hilbert-packed R-tree
 * whose candidates are confirmed by an exact, allocation-free ray-crossing test on flattened polygons.
 * Reached through the public index providers. Not API.
 */
@NullMarked
package org.jiceng.grid.index.internal;

import org.jspecify.annotations.NullMarked;
