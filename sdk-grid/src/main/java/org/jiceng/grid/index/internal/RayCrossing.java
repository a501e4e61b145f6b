package org.jiceng.grid.index.internal;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;

/**
 * The exact edge test behind the ray-crossing point-in-polygon check. Not API.
 *
 * <p>For a query point p and a ray from p towards +x, an edge <em>crosses</em> when one end is
 * strictly above p's y and the other on or below it (so a vertex on the ray's line counts once), and
 * p lies strictly left of the edge directed upwards. An edge that contains p makes p a boundary point.
 * The side test is {@link CGAlgorithmsDD#orientationIndex(double, double, double, double, double,
 * double)}, which is exact for doubles (a floating-point filter with a double-double fallback).
 */
final class RayCrossing {

    /** The edge neither crosses the ray nor contains the point. */
    static final int NONE = 0;
    /** The edge crosses the ray once. */
    static final int CROSS = 1;
    /** The edge contains the point. */
    static final int ON = 2;

    private RayCrossing() {
    }

    /**
     * @return {@link #NONE}, {@link #CROSS} or {@link #ON} for edge (x1, y1)-(x2, y2) and point (px, py)
     */
    static int classify(double px, double py, double x1, double y1, double x2, double y2) {
        if (x1 < px && x2 < px) {
            return NONE;
        }
        // The start vertex is checked as the end vertex of the previous edge of the closed ring.
        if (px == x2 && py == y2) {
            return ON;
        }
        if (y1 == py && y2 == py) {
            return (px >= Math.min(x1, x2) && px <= Math.max(x1, x2)) ? ON : NONE;
        }
        if ((y1 > py) != (y2 > py)) {
            int orientation = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, px, py);
            if (orientation == 0) {
                return ON;
            }
            if (y2 < y1) {
                orientation = -orientation;
            }
            return orientation > 0 ? CROSS : NONE;
        }
        return NONE;
    }

    /**
     * Tests a closed ring stored as x0, y0, x1, y1, ... in {@code xy[2 * from .. 2 * to)} (first vertex
     * repeated last).
     *
     * @return true when the point is inside the ring or on it
     */
    static boolean ringCovers(double[] xy, int from, int to, double px, double py) {
        int crossings = 0;
        for (int i = 2 * from, end = 2 * (to - 1); i < end; i += 2) {
            int r = classify(px, py, xy[i], xy[i + 1], xy[i + 2], xy[i + 3]);
            if (r == ON) {
                return true;
            }
            crossings += r;
        }
        return (crossings & 1) == 1;
    }
}
