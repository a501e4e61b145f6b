package org.jiceng.grid.partition;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One grid of a {@link Partition}.
 */
public final class PartitionGrid {

    private final int index;
    private final String code;
    private final int[] members;
    private final long load;
    private final Geometry hull;
    private final double compactness;
    private final Optional<Boolean> contiguous;
    private final Optional<Geometry> polygon;

    PartitionGrid(int index, String code, int[] members, long load, Geometry hull, double compactness,
            Optional<Boolean> contiguous, Optional<Geometry> polygon) {
        this.index = index;
        this.code = Objects.requireNonNull(code);
        this.members = members;
        this.load = load;
        this.hull = hull;
        this.compactness = compactness;
        this.contiguous = contiguous;
        this.polygon = polygon;
    }

    /** @return 0-based grid index; the grid code's sequence is {@code index + 1} */
    public int index() {
        return index;
    }

    /** @return the hierarchical grid code */
    public String code() {
        return code;
    }

    /** @return indices (into the request's points) of the grid's members, ascending; a copy */
    public int[] memberIndices() {
        return members.clone();
    }

    /** @return number of member points */
    public int memberCount() {
        return members.length;
    }

    /** @return sum of member weights */
    public long load() {
        return load;
    }

    /** @return convex hull of the members in WGS-84 lon/lat (a copy; may be a point or line) */
    public Geometry hull() {
        return hull.copy();
    }

    /** @return Polsby-Popper compactness of the hull in projected metres, in [0, 1] */
    public double compactness() {
        return compactness;
    }

    /**
     * @return whether the grid is one piece in the plane, when tested: its members connected through
     *     neighbours whose Voronoi cells share a border inside the boundary, and its polygon (when built)
     *     one polygon (see {@link ContiguityRule})
     */
    public Optional<Boolean> contiguous() {
        return contiguous;
    }

    /** @return the grid polygon in WGS-84 (merged clipped Voronoi cells), when built; a copy */
    public Optional<Geometry> polygon() {
        return polygon.map(Geometry::copy);
    }

    @Override
    public String toString() {
        return "PartitionGrid[" + code + ", members=" + members.length + ", load=" + load + ", compactness="
                + String.format(Locale.ROOT, "%.3f", compactness) + ", contiguous=" + contiguous.map(String::valueOf).orElse("?")
                + "]";
    }
}
