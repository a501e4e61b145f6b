/**
 * Geometry helpers shared by the grid packages, such as positions along a Hilbert curve used both
 * to pack R-trees and to order sites for triangulation. Not API.
 */
package org.jiceng.grid.internal;
