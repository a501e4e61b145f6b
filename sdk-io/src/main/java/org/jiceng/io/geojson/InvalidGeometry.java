package org.jiceng.io.geojson;

/**
 * What a GeoJSON import does with a polygon or multipolygon that JTS finds invalid (self-intersection,
 * self-touching ring, ring not closed, hole outside its shell, overlapping parts).
 */
public enum InvalidGeometry {
    /** Reject the feature, naming the JTS reason and coordinate (the default). */
    REJECT,
    /**
     * Repair it with JTS {@code GeometryFixer} (and close an unclosed ring by repeating its first
     * position); each repair is a warning on the feature's row, never a silent change.
     */
    REPAIR
}
