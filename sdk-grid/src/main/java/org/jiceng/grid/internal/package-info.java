/**
 * Geometry helpers shared by the grid packages, such as positions along a Hilbert curve used both
 * to pack R-trees and to order sites for triangulation. Not API.
 */
@NullMarked
package org.jiceng.grid.internal;

import org.jspecify.annotations.NullMarked;
