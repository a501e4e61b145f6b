/**
 * Built-in partitioners (recursive bisection, balanced power-diagram refinement) and geometry helpers; not API.
 */
package org.jiceng.grid.partition.internal;
