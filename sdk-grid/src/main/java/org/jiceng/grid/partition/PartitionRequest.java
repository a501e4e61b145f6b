package org.jiceng.grid.partition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.grid.partition.internal.BoundaryCheck;
import org.locationtech.jts.geom.Geometry;

/**
 * What to partition and which outputs to compute.
 *
 * <p>Start with {@link #of(List, int)} and refine with the {@code with...} methods:
 * <pre>{@code
 * PartitionRequest request = PartitionRequest.of(buildings, 12)
 *         .withDivisionCode("530111004001")      // grid codes 530111004001001 ... 012
 *         .withBoundary(communityPolygonWgs84);  // grid polygons clipped to the community
 * }</pre>
 *
 * @param points the items; at least {@code gridCount}
 * @param gridCount K, the number of grids, {@code 1 <= K <= points.size()} (and {@code <= 999} with a
 *     division code, since the sequence has 3 digits)
 * @param divisionCode the 12-digit statistical division code of the community the grids divide;
 *     grid codes are this code plus a 3-digit sequence. Without it codes are the bare sequence.
 * @param boundary the area to clip grid polygons to, in WGS-84 lon/lat; without it the points'
 *     envelope expanded by a margin is used
 * @param polygons whether to build grid polygons (merged Voronoi cells; costs O(n log n) and memory)
 * @param contiguityRule how to treat grids in pieces, judged in the plane of the boundary (see {@link ContiguityRule})
 *     (O(n log n); JTS triangulates about 100k points a second); empty: contiguity is neither tested
 *     nor repaired
 */
public record PartitionRequest(List<WeightedPoint> points, int gridCount, Optional<String> divisionCode,
        Optional<Geometry> boundary, boolean polygons, Optional<ContiguityRule> contiguityRule) {

    /**
     * Validates the request.
     *
     * @param points the items; at least {@code gridCount}
     * @param gridCount K, the number of grids, {@code 1 <= K <= points.size()} (and {@code <= 999} with a
     *         division code, since the sequence has 3 digits)
     * @param divisionCode the 12-digit statistical division code of the community the grids divide;
     *         grid codes are this code plus a 3-digit sequence. Without it codes are the bare sequence.
     * @param boundary the area to clip grid polygons to, in WGS-84 lon/lat; without it the points'
     *         envelope expanded by a margin is used
     * @param polygons whether to build grid polygons (merged Voronoi cells; costs O(n log n) and memory)
     * @param contiguityRule how to treat grids in pieces, judged in the plane of the boundary (see {@link ContiguityRule})
     *         (O(n log n)); empty: contiguity is neither tested nor repaired
     * @throws NullPointerException if {@code points}, a point, {@code divisionCode}, {@code boundary} or
     *         {@code contiguityRule} is null
     * @throws IllegalArgumentException if {@code gridCount} is below 1 or above the number of points, the division
     *         code does not fit the grid count, or the boundary is not a non-empty, valid polygonal geometry
     *         (the message names the JTS reason, the location and the ring there)
     */
    public PartitionRequest {
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        divisionCode = Objects.requireNonNull(divisionCode, "divisionCode");
        boundary = Objects.requireNonNull(boundary, "boundary");
        contiguityRule = Objects.requireNonNull(contiguityRule, "contiguityRule");
        if (gridCount < 1) {
            throw new IllegalArgumentException("gridCount must be >= 1, was " + gridCount);
        }
        if (gridCount > points.size()) {
            throw new IllegalArgumentException("gridCount " + gridCount + " exceeds the number of points "
                    + points.size() + "; every grid needs at least one point");
        }
        divisionCode.ifPresent(code -> GridCodes.checkDivisionCode(code, gridCount));
        boundary.ifPresent(b -> {
            if (b.getDimension() != 2 || b.isEmpty()) {
                throw new IllegalArgumentException("boundary must be a non-empty polygonal geometry, was "
                        + b.getGeometryType());
            }
            BoundaryCheck.requireValid(b);
        });
    }

    /**
     * The request as it was before {@link ContiguityRule}: {@code contiguity} true means
     * {@link ContiguityRule#REPAIR_WITHIN_BALANCE}, false no contiguity test.
     *
     * @param points the items
     * @param gridCount K
     * @param divisionCode 12-digit community division code, if any
     * @param boundary clip area in WGS-84, if any
     * @param polygons whether to build grid polygons
     * @param contiguity whether to repair fragments within the balance band and test contiguity
     */
    public PartitionRequest(List<WeightedPoint> points, int gridCount, Optional<String> divisionCode,
            Optional<Geometry> boundary, boolean polygons, boolean contiguity) {
        this(points, gridCount, divisionCode, boundary, polygons, ruleFor(contiguity));
    }

    private static Optional<ContiguityRule> ruleFor(boolean contiguity) {
        return contiguity ? Optional.of(ContiguityRule.REPAIR_WITHIN_BALANCE) : Optional.empty();
    }

    /** @return whether contiguity is tested (under any rule) */
    public boolean contiguity() {
        return contiguityRule.isPresent();
    }

    /**
     * A request with grid polygons and contiguity ({@link ContiguityRule#REPAIR_WITHIN_BALANCE}), no
     * division code and no boundary.
     *
     * @param points the items
     * @param gridCount K
     * @return the request
     */
    public static PartitionRequest of(List<WeightedPoint> points, int gridCount) {
        return new PartitionRequest(points, gridCount, Optional.empty(), Optional.empty(), true,
                Optional.of(ContiguityRule.REPAIR_WITHIN_BALANCE));
    }

    /**
     * @param code 12-digit community division code
     * @return a copy with grid codes built on that code
     */
    public PartitionRequest withDivisionCode(String code) {
        return new PartitionRequest(points, gridCount, Optional.of(code), boundary, polygons, contiguityRule);
    }

    /**
     * @param wgs84Boundary polygonal clip area in lon/lat degrees
     * @return a copy that clips grid polygons to the boundary
     */
    public PartitionRequest withBoundary(Geometry wgs84Boundary) {
        return new PartitionRequest(points, gridCount, divisionCode, Optional.of(wgs84Boundary), polygons,
                contiguityRule);
    }

    /**
     * @param build whether to build grid polygons
     * @return a copy with that setting
     */
    public PartitionRequest withPolygons(boolean build) {
        return new PartitionRequest(points, gridCount, divisionCode, boundary, build, contiguityRule);
    }

    /**
     * @param test whether to test contiguity; true repairs within the balance band
     *     ({@link ContiguityRule#REPAIR_WITHIN_BALANCE}), false neither tests nor repairs
     * @return a copy with that setting
     */
    public PartitionRequest withContiguity(boolean test) {
        return new PartitionRequest(points, gridCount, divisionCode, boundary, polygons, ruleFor(test));
    }

    /**
     * @param rule how to treat grids in pieces (see {@link ContiguityRule} for each rule's guarantee)
     * @return a copy that tests contiguity under that rule
     * @throws NullPointerException if {@code rule} is null
     */
    public PartitionRequest withContiguity(ContiguityRule rule) {
        return new PartitionRequest(points, gridCount, divisionCode, boundary, polygons,
                Optional.of(Objects.requireNonNull(rule, "rule")));
    }
}
