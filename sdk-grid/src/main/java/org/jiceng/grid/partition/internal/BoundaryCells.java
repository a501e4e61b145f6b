package org.jiceng.grid.partition.internal;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.Location;

/**
 * A raster over a boundary's envelope whose cells are known to lie wholly inside the boundary's interior or
 * wholly outside it: every cell that a ring segment's envelope comes near (within one cell) is marked as
 * touched, and each region of untouched cells (joined side by side) is then on one side of the boundary, found
 * with one point location per region. A segment whose envelope covers only inside cells runs inside the
 * boundary; one covering only outside cells runs outside it; anything else (a touched cell, beyond the raster,
 * too many cells) is {@link #UNKNOWN} and left to the exact test.
 */
final class BoundaryCells {

    /** The segment lies wholly inside the boundary's interior. */
    static final int INSIDE = 1;
    /** The segment lies wholly outside the boundary (not touching it). */
    static final int OUTSIDE = 2;
    /** The cells cannot tell. */
    static final int UNKNOWN = 0;

    private static final byte TOUCHED = 3;
    /** The most cells one query looks at before answering {@link #UNKNOWN}. */
    private static final int MAX_CELLS = 64;

    private final double minX;
    private final double minY;
    private final double cellWidth;
    private final double cellHeight;
    private final int side;
    /** Per cell (row-major): 0 not yet known, INSIDE, OUTSIDE or TOUCHED. */
    private final byte[] state;

    private BoundaryCells(Envelope extent, int side) {
        this.minX = extent.getMinX();
        this.minY = extent.getMinY();
        this.side = side;
        this.cellWidth = extent.getWidth() / side;
        this.cellHeight = extent.getHeight() / side;
        this.state = new byte[side * side];
    }

    /**
     * @param extent the boundary's envelope
     * @param rings the segments of the boundary's rings
     * @param locator locates points in the boundary
     * @param sites how many sites the queries come from: about two cells per site spacing across the raster
     * @return the cells
     */
    static BoundaryCells of(Envelope extent, List<LineSegment> rings, PointOnGeometryLocator locator, int sites) {
        int side = (int) Math.max(16, Math.min(1024, 2 * Math.sqrt(Math.max(sites, 1))));
        BoundaryCells cells = new BoundaryCells(extent, side);
        if (extent.getWidth() <= 0 || extent.getHeight() <= 0) {
            Arrays.fill(cells.state, TOUCHED);
            return cells;
        }
        for (LineSegment s : rings) {
            cells.touch(s.p0, s.p1);
        }
        cells.fillRegions(locator);
        return cells;
    }

    /**
     * @return {@link #INSIDE}, {@link #OUTSIDE} or {@link #UNKNOWN} for a segment within this envelope
     */
    int side(double x0, double y0, double x1, double y1) {
        double fx0 = (x0 - minX) / cellWidth;
        double fy0 = (y0 - minY) / cellHeight;
        double fx1 = (x1 - minX) / cellWidth;
        double fy1 = (y1 - minY) / cellHeight;
        if (!(fx0 >= 0 && fy0 >= 0 && fx1 < side && fy1 < side)) {
            return UNKNOWN;
        }
        int c0 = (int) fx0;
        int r0 = (int) fy0;
        int c1 = (int) fx1;
        int r1 = (int) fy1;
        if ((c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS) {
            return UNKNOWN;
        }
        int first = state[r0 * side + c0];
        if (first == TOUCHED) {
            return UNKNOWN;
        }
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                if (state[r * side + c] != first) {
                    return UNKNOWN;
                }
            }
        }
        return first;
    }

    /** Marks the cells within one cell of the segment's envelope as touched. */
    private void touch(Coordinate a, Coordinate b) {
        int c0 = clamp(Math.floor((Math.min(a.x, b.x) - minX) / cellWidth) - 1);
        int c1 = clamp(Math.floor((Math.max(a.x, b.x) - minX) / cellWidth) + 1);
        int r0 = clamp(Math.floor((Math.min(a.y, b.y) - minY) / cellHeight) - 1);
        int r1 = clamp(Math.floor((Math.max(a.y, b.y) - minY) / cellHeight) + 1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                state[r * side + c] = TOUCHED;
            }
        }
    }

    private int clamp(double index) {
        return (int) Math.max(0, Math.min(side - 1, index));
    }

    /** Gives each region of untouched cells the side of its first cell's centre. */
    private void fillRegions(PointOnGeometryLocator locator) {
        int[] stack = new int[state.length];
        for (int start = 0; start < state.length; start++) {
            if (state[start] != 0) {
                continue;
            }
            double cx = minX + (start % side + 0.5) * cellWidth;
            double cy = minY + (start / side + 0.5) * cellHeight;
            byte value = locator.locate(new Coordinate(cx, cy)) == Location.INTERIOR ? (byte) INSIDE : (byte) OUTSIDE;
            int top = 0;
            stack[top++] = start;
            state[start] = value;
            while (top > 0) {
                int cell = stack[--top];
                int r = cell / side;
                int c = cell % side;
                if (c > 0 && state[cell - 1] == 0) {
                    state[cell - 1] = value;
                    stack[top++] = cell - 1;
                }
                if (c + 1 < side && state[cell + 1] == 0) {
                    state[cell + 1] = value;
                    stack[top++] = cell + 1;
                }
                if (r > 0 && state[cell - side] == 0) {
                    state[cell - side] = value;
                    stack[top++] = cell - side;
                }
                if (r + 1 < side && state[cell + side] == 0) {
                    state[cell + side] = value;
                    stack[top++] = cell + side;
                }
            }
        }
    }
}
