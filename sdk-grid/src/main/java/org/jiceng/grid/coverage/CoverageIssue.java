package org.jiceng.grid.coverage;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * One defect of a grid coverage, with where it is.
 *
 * @param kind what is wrong
 * @param gridIds the grids involved, ascending: for an overlap the two overlapping grids, for a gap
 *     the grids bordering it (may be empty for a gap no grid touches), for an outside-parent piece the
 *     grid that sticks out
 * @param lon longitude of a representative point strictly inside the region (where to look)
 * @param lat latitude of that point
 * @param areaSquareMetres the region's area in square metres on the CGCS2000 ellipsoid, its edges
 *     taken as straight in lon/lat
 * @param region the region itself, polygonal, in lon/lat degrees; treat as read-only
 */
public record CoverageIssue(Kind kind, List<String> gridIds, double lon, double lat, double areaSquareMetres,
        Geometry region) {

    /** Kinds of coverage defects. */
    public enum Kind {
        /** Two sibling grids share interior area: some households would belong to both. */
        OVERLAP,
        /** Part of the domain (the parent area, or the area enclosed by the grids) no grid covers. */
        GAP,
        /** Part of a grid lies outside its parent area's boundary. */
        OUTSIDE_PARENT
    }

    /**
     * Validates and copies the components.
     *
     * @param kind what is wrong
     * @param gridIds the grids involved, ascending: for an overlap the two overlapping grids, for a gap
     *         the grids bordering it (may be empty for a gap no grid touches), for an outside-parent piece the
     *         grid that sticks out
     * @param lon longitude of a representative point strictly inside the region (where to look)
     * @param lat latitude of that point
     * @param areaSquareMetres the region's area in square metres on the CGCS2000 ellipsoid, its edges
     *         taken as straight in lon/lat
     * @param region the region itself, polygonal, in lon/lat degrees; treat as read-only
     * @throws NullPointerException if {@code kind}, {@code gridIds}, an id in it or {@code region} is null
     * @throws IllegalArgumentException if the point is not finite or the area is negative
     */
    public CoverageIssue {
        Objects.requireNonNull(kind, "kind");
        gridIds = List.copyOf(gridIds);
        Objects.requireNonNull(region, "region");
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new IllegalArgumentException("CoverageIssue point must be finite, was (" + lon + ", " + lat + ")");
        }
        if (!(areaSquareMetres >= 0)) {
            throw new IllegalArgumentException("CoverageIssue area must be >= 0, was " + areaSquareMetres);
        }
    }

    /** @return a one-line English description, e.g. {@code OVERLAP of [G1, G2] at (116.30100, 39.90200), 52.3 m²} */
    public String describe() {
        return String.format(Locale.ROOT, "%s of %s at (%.6f, %.6f), %.1f m²", kind, gridIds, lon, lat,
                areaSquareMetres);
    }
}
