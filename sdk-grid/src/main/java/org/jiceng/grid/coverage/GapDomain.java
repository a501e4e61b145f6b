package org.jiceng.grid.coverage;

/**
 * Where gaps are looked for when no parent boundary is given (with a parent boundary, a gap is any
 * part of the parent that no grid covers).
 */
public enum GapDomain {
    /** Only holes enclosed by the union of the grids: bays on the outer edge are not gaps. The default. */
    ENCLOSED,
    /** The convex hull of the union of the grids. */
    CONVEX_HULL,
    /** The bounding box of the union of the grids. */
    ENVELOPE
}
