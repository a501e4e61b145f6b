package org.jiceng.grid.partition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param contiguity whether to repair fragments and test contiguity on the Delaunay graph of the
 *     points (O(n log n); JTS triangulates about 100k points a second)
 */
public record PartitionRequest(List<WeightedPoint> points, int gridCount, Optional<String> divisionCode,
        Optional<Geometry> boundary, boolean polygons, boolean contiguity) {

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
     * @param contiguity whether to repair fragments and test contiguity on the Delaunay graph of the
     *         points (O(n log n); JTS triangulates about 100k points a second)
     * @throws NullPointerException if {@code points}, a point, {@code divisionCode} or {@code boundary} is null
     * @throws IllegalArgumentException if {@code gridCount} is below 1 or above the number of points, the division
     *         code does not fit the grid count, or the boundary is not a non-empty polygonal geometry
     */
    public PartitionRequest {
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        divisionCode = Objects.requireNonNull(divisionCode, "divisionCode");
        boundary = Objects.requireNonNull(boundary, "boundary");
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
        });
    }

    /**
     * A request with grid polygons and contiguity enabled, no division code and no boundary.
     *
     * @param points the items
     * @param gridCount K
     * @return the request
     */
    public static PartitionRequest of(List<WeightedPoint> points, int gridCount) {
        return new PartitionRequest(points, gridCount, Optional.empty(), Optional.empty(), true, true);
    }

    /**
     * @param code 12-digit community division code
     * @return a copy with grid codes built on that code
     */
    public PartitionRequest withDivisionCode(String code) {
        return new PartitionRequest(points, gridCount, Optional.of(code), boundary, polygons, contiguity);
    }

    /**
     * @param wgs84Boundary polygonal clip area in lon/lat degrees
     * @return a copy that clips grid polygons to the boundary
     */
    public PartitionRequest withBoundary(Geometry wgs84Boundary) {
        return new PartitionRequest(points, gridCount, divisionCode, Optional.of(wgs84Boundary), polygons, contiguity);
    }

    /**
     * @param build whether to build grid polygons
     * @return a copy with that setting
     */
    public PartitionRequest withPolygons(boolean build) {
        return new PartitionRequest(points, gridCount, divisionCode, boundary, build, contiguity);
    }

    /**
     * @param test whether to test contiguity
     * @return a copy with that setting
     */
    public PartitionRequest withContiguity(boolean test) {
        return new PartitionRequest(points, gridCount, divisionCode, boundary, polygons, test);
    }
}
