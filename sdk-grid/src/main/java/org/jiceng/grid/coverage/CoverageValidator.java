package org.jiceng.grid.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.jiceng.grid.index.GridShape;
import org.jiceng.grid.index.internal.Shapes;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.relateng.RelateNG;

/**
 * Checks that sibling grids (the grids dividing one parent area) form a proper coverage: no two
 * grids share interior area, no part of the domain is left uncovered and, when the parent boundary
 * is known, no grid sticks out of it. Every defect is reported with its grids, a representative point
 * strictly inside it, its area in square metres (on the CGCS2000 ellipsoid, exact for edges straight in
 * lon/lat, so long shared edges leave no phantom slivers) and its region ({@link CoverageIssue}); nothing
 * is thrown for a defect.
 *
 * <pre>{@code
 * CoverageReport report = CoverageValidator.validate(communityGrids, Optional.of(communityBoundary));
 * report.gaps().forEach(g -> System.out.println(g.describe()));
 * }</pre>
 *
 * <p>Overlaps are the polygonal parts of pairwise intersections (edges and vertices shared by
 * neighbours are not overlaps). Gaps are the parent boundary minus the union of the grids or, when no
 * parent is given, the {@link GapDomain} of the options minus that union. Regions smaller than
 * {@link CoverageOptions#minAreaSquareMetres()} are ignored. When JTS's coverage validator finds the
 * grids to be an exact coverage (disjoint interiors, vertex-matched shared edges) the pairwise overlap
 * search is skipped and the union is built edge-wise; otherwise overlaps are searched pairwise (exact
 * interior-intersection test, then OverlayNG intersection) and the union uses OverlayNG with its
 * robust fallbacks. Measured on a loaded 2-core machine (Voronoi grids, warm JVM): exact coverages
 * take about 50 ms for 1,000 grids and 1–2.5 s for 10,000; the pairwise path about 0.3 s and 7 s.
 * Stateless and thread-safe.
 */
public final class CoverageValidator {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** DE-9IM pattern: the interiors of the two geometries intersect. */
    private static final String INTERIORS_INTERSECT = "T********";

    private CoverageValidator() {
    }

    /**
     * Validates sibling grids without a parent boundary, with {@link CoverageOptions#defaults()}
     * (gaps are holes enclosed by the grids).
     *
     * @param siblings the grids; ids must be unique
     * @return the report
     */
    public static CoverageReport validate(Collection<GridShape> siblings) {
        return check(siblings, Optional.empty(), CoverageOptions.defaults());
    }

    /**
     * Validates sibling grids without a parent boundary.
     *
     * @param siblings the grids; ids must be unique
     * @param options the sliver threshold and the gap domain
     * @return the report
     * @throws IllegalArgumentException when ids repeat
     */
    public static CoverageReport validate(Collection<GridShape> siblings, CoverageOptions options) {
        return check(siblings, Optional.empty(), options);
    }

    /**
     * Validates sibling grids against their parent area's boundary, with default options.
     *
     * @param siblings the grids; ids must be unique
     * @param parentBoundary the parent area's boundary (polygonal, lon/lat)
     * @return the report
     */
    public static CoverageReport validate(Collection<GridShape> siblings, Geometry parentBoundary) {
        return validate(siblings, parentBoundary, CoverageOptions.defaults());
    }

    /**
     * Validates sibling grids against their parent area's boundary.
     *
     * @param siblings the grids; ids must be unique
     * @param parentBoundary the parent area's boundary (polygonal, valid, lon/lat)
     * @param options the sliver threshold
     * @return the report
     * @throws IllegalArgumentException when ids repeat or the parent boundary is not a valid polygonal
     *     geometry
     */
    public static CoverageReport validate(Collection<GridShape> siblings, Geometry parentBoundary,
            CoverageOptions options) {
        return check(siblings, Optional.of(Objects.requireNonNull(parentBoundary, "parentBoundary")), options);
    }

    private static CoverageReport check(Collection<GridShape> siblings, Optional<Geometry> parentBoundary,
            CoverageOptions options) {
        Objects.requireNonNull(options, "options");
        List<GridShape> grids = Shapes.sortedById(siblings);
        Optional<Geometry> parent = parentBoundary.map(CoverageValidator::checkParent);
        STRtree tree = new STRtree();
        for (int i = 0; i < grids.size(); i++) {
            tree.insert(grids.get(i).geometry().getEnvelopeInternal(), i);
        }
        if (!grids.isEmpty()) {
            tree.build();
        }
        Geometry[] geometries = grids.stream().map(GridShape::geometry).toArray(Geometry[]::new);
        // Fast path: a coverage JTS finds valid (interiors disjoint, edges vertex-matched) has no
        // overlap and can be unioned edge-wise. Anything else takes the pairwise, robust path.
        boolean matchedCoverage = geometries.length > 0
                && org.locationtech.jts.coverage.CoverageValidator.isValid(geometries);
        List<CoverageIssue> issues = new ArrayList<>();
        if (!matchedCoverage) {
            findOverlaps(grids, tree, options, issues);
        }
        Geometry union = geometries.length == 0 ? FACTORY.createPolygon()
                : matchedCoverage ? CoverageUnion.union(geometries)
                : OverlayNGRobust.union(List.of(geometries), FACTORY);
        findGaps(grids, tree, union, parent, options, issues);
        parent.ifPresent(p -> findOutsideParent(grids, p, options, issues));
        issues.sort(Comparator.comparing(CoverageIssue::kind)
                .thenComparing(i -> String.join("\u0000", i.gridIds()))
                .thenComparingDouble(CoverageIssue::lon)
                .thenComparingDouble(CoverageIssue::lat));
        return new CoverageReport(grids.size(), parent.isPresent(), issues);
    }

    private static Geometry checkParent(Geometry parent) {
        if (!(parent instanceof Polygon) && !(parent instanceof MultiPolygon)) {
            throw new IllegalArgumentException("Parent boundary must be a Polygon or MultiPolygon, was "
                    + parent.getGeometryType());
        }
        if (!parent.isValid()) {
            throw new IllegalArgumentException("Parent boundary is not a valid polygonal geometry");
        }
        return parent;
    }

    private static void findOverlaps(List<GridShape> grids, STRtree tree, CoverageOptions options,
            List<CoverageIssue> issues) {
        for (int i = 0; i < grids.size(); i++) {
            Geometry a = grids.get(i).geometry();
            RelateNG prepared = null;
            for (Object o : tree.query(a.getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j <= i) {
                    continue;
                }
                Geometry b = grids.get(j).geometry();
                if (prepared == null) {
                    prepared = RelateNG.prepare(a);
                }
                // Exact test that the interiors meet; neighbours sharing only edges or vertices skip the overlay.
                if (!prepared.evaluate(b, INTERIORS_INTERSECT)) {
                    continue;
                }
                Geometry common = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
                for (Polygon piece : polygons(common)) {
                    report(CoverageIssue.Kind.OVERLAP, List.of(grids.get(i).gridId(), grids.get(j).gridId()),
                            piece, options, issues);
                }
            }
        }
    }

    private static void findGaps(List<GridShape> grids, STRtree tree, Geometry union, Optional<Geometry> parent,
            CoverageOptions options, List<CoverageIssue> issues) {
        List<Polygon> gaps = new ArrayList<>();
        if (parent.isPresent()) {
            gaps.addAll(polygons(OverlayNGRobust.overlay(parent.get(), union, OverlayNG.DIFFERENCE)));
        } else if (!union.isEmpty()) {
            switch (options.gapDomain()) {
                case ENCLOSED -> {
                    List<Polygon> holes = new ArrayList<>();
                    for (Polygon p : polygons(union)) {
                        for (int h = 0; h < p.getNumInteriorRing(); h++) {
                            holes.add(FACTORY.createPolygon(p.getInteriorRingN(h).getCoordinates()));
                        }
                    }
                    if (!holes.isEmpty()) {
                        // A hole may contain islands of grids: subtract the union again.
                        // Holes of different polygons can nest (an island's own holes), so union them first.
                        Geometry enclosed = OverlayNGRobust.union(new ArrayList<Geometry>(holes), FACTORY);
                        gaps.addAll(polygons(OverlayNGRobust.overlay(enclosed, union, OverlayNG.DIFFERENCE)));
                    }
                }
                case CONVEX_HULL -> gaps.addAll(polygons(
                        OverlayNGRobust.overlay(union.convexHull(), union, OverlayNG.DIFFERENCE)));
                case ENVELOPE -> gaps.addAll(polygons(
                        OverlayNGRobust.overlay(union.getEnvelope(), union, OverlayNG.DIFFERENCE)));
            }
        }
        for (Polygon gap : gaps) {
            report(CoverageIssue.Kind.GAP, bordering(gap, grids, tree), gap, options, issues);
        }
    }

    private static List<String> bordering(Polygon gap, List<GridShape> grids, STRtree tree) {
        if (grids.isEmpty()) {
            return List.of();
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(gap);
        TreeSet<String> ids = new TreeSet<>();
        Envelope search = gap.getEnvelopeInternal();
        for (Object o : tree.query(search)) {
            GridShape grid = grids.get((Integer) o);
            if (prepared.intersects(grid.geometry())) {
                ids.add(grid.gridId());
            }
        }
        return List.copyOf(ids);
    }

    private static void findOutsideParent(List<GridShape> grids, Geometry parent, CoverageOptions options,
            List<CoverageIssue> issues) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(parent);
        for (GridShape grid : grids) {
            if (prepared.covers(grid.geometry())) {
                continue;
            }
            Geometry outside = OverlayNGRobust.overlay(grid.geometry(), parent, OverlayNG.DIFFERENCE);
            for (Polygon piece : polygons(outside)) {
                report(CoverageIssue.Kind.OUTSIDE_PARENT, List.of(grid.gridId()), piece, options, issues);
            }
        }
    }

    private static void report(CoverageIssue.Kind kind, List<String> ids, Polygon region, CoverageOptions options,
            List<CoverageIssue> issues) {
        double area = EllipsoidArea.squareMetres(region);
        if (area <= 0 || area < options.minAreaSquareMetres()) {
            return;
        }
        Coordinate inside = InteriorPoints.strictlyInside(region);
        issues.add(new CoverageIssue(kind, ids, inside.x, inside.y, area, region));
    }

    /** The non-empty polygons of an overlay result (lines and points, i.e. shared edges, are dropped). */
    private static List<Polygon> polygons(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        collect(g, out);
        return out;
    }

    private static void collect(Geometry g, List<Polygon> out) {
        if (g instanceof Polygon p) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part != g) {
                    collect(part, out);
                }
            }
        }
    }
}
