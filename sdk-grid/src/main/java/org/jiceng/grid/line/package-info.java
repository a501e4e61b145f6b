/**
 * Line segmentation (rivers, roads) in one walk and balanced assignment of members to segments respecting home areas (分段包干).
 */
@NullMarked
package org.jiceng.grid.line;

import org.jspecify.annotations.NullMarked;
