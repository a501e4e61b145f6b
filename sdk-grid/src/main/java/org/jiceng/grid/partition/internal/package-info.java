/**
 * Built-in partitioners (recursive bisection, balanced power-diagram refinement) and geometry helpers; not API.
 */
@NullMarked
package org.jiceng.grid.partition.internal;

import org.jspecify.annotations.NullMarked;
