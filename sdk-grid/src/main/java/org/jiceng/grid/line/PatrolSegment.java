package org.jiceng.grid.line;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A segment to be covered by members, with its workload and the area it lies in.
 *
 * @param id segment id (e.g. {@link LineSegment#id()})
 * @param weight workload: the length in metres to balance by length, or any workload weight; {@code > 0}
 * @param areaCode the area (usually the nearest community's division code) the segment belongs to
 */
public record PatrolSegment(String id, double weight, Optional<String> areaCode) {

    /**
     * Validates the components.
     *
     * @param id segment id (e.g. {@link LineSegment#id()})
     * @param weight workload: the length in metres to balance by length, or any workload weight; {@code > 0}
     * @param areaCode the area (usually the nearest community's division code) the segment belongs to
     * @throws NullPointerException if {@code id} or {@code areaCode} is null
     * @throws IllegalArgumentException if the weight is not a positive number
     */
    public PatrolSegment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(areaCode, "areaCode");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("Segment " + id + " weight must be a positive number, was " + weight);
        }
    }

    /**
     * A segment balanced by its length.
     *
     * @param segment the line segment
     * @param areaCode the area it lies in, or {@code null}
     * @return the patrol segment
     */
    public static PatrolSegment byLength(LineSegment segment, @Nullable String areaCode) {
        return new PatrolSegment(segment.id(), segment.lengthMetres(), Optional.ofNullable(areaCode));
    }
}
