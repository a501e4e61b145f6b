package org.jiceng.grid.partition;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong with one grid of a {@link Partition} that the pipeline could not avoid, with the
 * reason: the partition is still returned, never with a silently empty or split grid.
 *
 * @param gridIndex the grid, 0-based
 * @param kind what is wrong
 * @param pointIndices the points concerned (indices into the request's points), ascending; for
 *     {@link Kind#IN_PIECES} the members outside the grid's main piece
 * @param message why, in English, naming the points by id and location and grids by their sequence
 *     number ({@code gridIndex + 1}, as in the grid code)
 */
public record GridIssue(int gridIndex, Kind kind, List<Integer> pointIndices, String message) {

    /** Kinds of grid issues. */
    public enum Kind {
        /** The grid has no polygon: its cells lie outside the boundary or went to co-located points of other grids. */
        EMPTY_POLYGON,
        /** Some members are not covered by the grid's polygon (outside the boundary, or co-located with another grid's point). */
        MEMBERS_OUTSIDE_POLYGON,
        /** The grid is in pieces in the plane and the rule could not (or was not asked to) join them. */
        IN_PIECES
    }

    /**
     * Validates and copies the components.
     *
     * @param gridIndex the grid, 0-based
     * @param kind what is wrong
     * @param pointIndices the points concerned, ascending
     * @param message why
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code gridIndex} is negative
     */
    public GridIssue {
        if (gridIndex < 0) {
            throw new IllegalArgumentException("gridIndex must be >= 0, was " + gridIndex);
        }
        Objects.requireNonNull(kind, "kind");
        pointIndices = List.copyOf(pointIndices);
        Objects.requireNonNull(message, "message");
    }
}
