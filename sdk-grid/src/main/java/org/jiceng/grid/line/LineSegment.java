package org.jiceng.grid.line;

import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.LineString;

/**
 * One piece of a split line (a river or road reach, 河段/路段).
 *
 * @param lineId id of the line it comes from
 * @param index 0-based position along the line
 * @param geometry the piece in WGS-84 lon/lat
 * @param startMetres distance along the line where it starts, in projected metres
 * @param endMetres distance along the line where it ends
 */
public record LineSegment(String lineId, int index, LineString geometry, double startMetres, double endMetres) {

    /**
     * Validates the components.
     *
     * @param lineId id of the line it comes from
     * @param index 0-based position along the line
     * @param geometry the piece in WGS-84 lon/lat
     * @param startMetres distance along the line where it starts, in projected metres
     * @param endMetres distance along the line where it ends
     * @throws NullPointerException if {@code lineId} or {@code geometry} is null
     * @throws IllegalArgumentException if the index is negative or the positions are not {@code 0 <= start <= end}
     */
    public LineSegment {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(geometry, "geometry");
        if (index < 0 || !(endMetres >= startMetres) || startMetres < 0) {
            throw new IllegalArgumentException("Segment " + lineId + "#" + index + " needs index >= 0 and 0 <= start <= end, was "
                    + startMetres + ".." + endMetres);
        }
    }

    /** @return length in metres */
    public double lengthMetres() {
        return endMetres - startMetres;
    }

    /** @return a stable id, {@code lineId + "-" + (index + 1)} with 3 digits */
    public String id() {
        return lineId + "-" + String.format(Locale.ROOT, "%03d", index + 1);
    }
}
