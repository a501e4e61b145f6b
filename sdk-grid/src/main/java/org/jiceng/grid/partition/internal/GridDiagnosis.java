package org.jiceng.grid.partition.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jiceng.grid.partition.ContiguityRule;
import org.jiceng.grid.partition.GridIssue;
import org.jiceng.grid.partition.PlanarPoints;
import org.jiceng.grid.partition.WeightedPoint;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Says what is wrong with which grid after the polygon stage, and why: a grid in pieces in the plane
 * (its members are not connected by edges inside the boundary, or its polygon has several parts), a
 * grid without a polygon, members outside their grid's polygon. Nothing is left silently empty.
 */
final class GridDiagnosis {

    /** Points named in a message before "and N more". */
    private static final int NAMED = 3;

    private final List<WeightedPoint> points;
    private final PlanarPoints planar;
    private final int[] assignment;
    private final int[][] members;
    /** Computed when first needed: the owner of each location's cell, and the graph components of the grids. */
    private @Nullable Map<Coordinate, Integer> owner;
    private int @Nullable [] own;

    GridDiagnosis(List<WeightedPoint> points, PlanarPoints planar, int[] assignment, int[][] members) {
        this.points = points;
        this.planar = planar;
        this.assignment = assignment;
        this.members = members;
    }

    /**
     * Contiguity in the plane: connected on the graph and, when polygons were built, one polygon.
     *
     * @param onGraph per grid, whether its members are connected on the plane graph
     * @param polygons the polygons, if built
     * @return per grid, whether it is one piece
     */
    static boolean[] inThePlane(boolean[] onGraph, Optional<Geometry[]> polygons) {
        boolean[] contiguous = onGraph.clone();
        polygons.ifPresent(p -> {
            for (int g = 0; g < contiguous.length; g++) {
                contiguous[g] &= p[g].getNumGeometries() <= 1;
            }
        });
        return contiguous;
    }

    /**
     * @param graph the plane graph, when contiguity was tested
     * @param contiguous per grid, whether it is one piece in the plane, when tested
     * @param rule the rule, when tested
     * @param polygons the polygons, when built
     * @param boundary the boundary, if any
     * @return the issues, by grid then kind
     */
    List<GridIssue> issues(Optional<PlaneJudge> graph, Optional<boolean[]> contiguous, Optional<ContiguityRule> rule,
            Optional<Geometry[]> polygons, Optional<Geometry> boundary) {
        int k = members.length;
        Optional<IndexedPointInAreaLocator> inBoundary = boundary.map(IndexedPointInAreaLocator::new);
        // The parts of the plane, computed only when a grid is in pieces.
        int[] parts = null;
        List<GridIssue> issues = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            if (polygons.isPresent()) {
                Geometry polygon = polygons.get()[g];
                List<Integer> outside = uncovered(g, polygon);
                if (polygon.isEmpty()) {
                    issues.add(new GridIssue(g, GridIssue.Kind.EMPTY_POLYGON, outside,
                            "grid " + (g + 1) + " has no polygon: " + why(outside, g, inBoundary)));
                } else if (!outside.isEmpty()) {
                    issues.add(new GridIssue(g, GridIssue.Kind.MEMBERS_OUTSIDE_POLYGON, outside, "grid " + (g + 1)
                            + "'s polygon does not cover " + outside.size() + " of its " + members[g].length
                            + " members: " + why(outside, g, inBoundary)));
                }
            }
            if (contiguous.isPresent() && !contiguous.get()[g]) {
                if (parts == null) {
                    parts = graph.get().components(new int[planar.size()]);
                }
                issues.add(inPieces(g, graph.get(), parts, rule.get(), polygons));
            }
        }
        return issues;
    }

    private GridIssue inPieces(int g, PlaneJudge graph, int[] parts, ContiguityRule rule,
            Optional<Geometry[]> polygons) {
        if (own == null) {
            own = graph.components(assignment);
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i : members[g]) {
            sizes.merge(own[i], 1, Integer::sum);
        }
        int main = -1;
        for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(sizes).entrySet()) {
            if (main < 0 || e.getValue() > Objects.requireNonNull(sizes.get(main))) {
                main = e.getKey();
            }
        }
        List<Integer> away = new ArrayList<>();
        TreeSet<Integer> regions = new TreeSet<>();
        for (int i : members[g]) {
            regions.add(parts[i]);
            if (own[i] != main) {
                away.add(i);
            }
        }
        String message;
        if (regions.size() > 1) {
            message = "grid " + (g + 1) + "'s members lie in " + regions.size() + " parts of the plane that no edge "
                    + "inside the boundary joins (separate parts of a multi-part boundary, or points outside it): "
                    + named(away) + " cannot reach the grid's main piece; no assignment of these points to this grid "
                    + "can be one piece";
        } else if (sizes.size() > 1) {
            message = "grid " + (g + 1) + " is in " + sizes.size() + " pieces (" + named(away) + " apart from its "
                    + "main piece): " + switch (rule) {
                        case REPORT -> "the REPORT rule only tests";
                        case REPAIR_WITHIN_BALANCE -> "no contiguous assignment within the balance band was found; "
                                + "REQUIRE joins the pieces at the cost of balance";
                        case REQUIRE -> "the forced join could not reach every piece";
                    };
        } else {
            int count = polygons.map(p -> p[g].getNumGeometries()).orElse(1);
            message = "grid " + (g + 1) + "'s members are connected inside the boundary, but its polygon has " + count
                    + " parts: a part of the boundary without points lies in its Voronoi cells, or the way between "
                    + "its members runs through other grids' cells";
        }
        return new GridIssue(g, GridIssue.Kind.IN_PIECES, away, message);
    }

    /** Members of grid g not covered by its polygon. */
    private List<Integer> uncovered(int g, Geometry polygon) {
        List<Integer> out = new ArrayList<>();
        if (polygon.isEmpty()) {
            for (int i : members[g]) {
                out.add(i);
            }
            return out;
        }
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(polygon);
        for (int i : members[g]) {
            WeightedPoint p = points.get(i);
            if (locator.locate(new Coordinate(p.lon(), p.lat())) == Location.EXTERIOR) {
                out.add(i);
            }
        }
        return out;
    }

    /** Why the points are not in grid g's polygon: outside the boundary, or their location's cell went elsewhere. */
    private String why(List<Integer> outside, int g, Optional<IndexedPointInAreaLocator> inBoundary) {
        if (owner == null) {
            owner = cellOwners();
        }
        List<Integer> beyond = new ArrayList<>();
        List<Integer> shared = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        for (int i : outside) {
            WeightedPoint p = points.get(i);
            Integer first = owner.get(new Coordinate(planar.x(i), planar.y(i)));
            if (inBoundary.isPresent()
                    && inBoundary.get().locate(new Coordinate(p.lon(), p.lat())) == Location.EXTERIOR) {
                beyond.add(i);
            } else if (first != null && assignment[first] != g) {
                shared.add(i);
            } else {
                other.add(i);
            }
        }
        List<String> reasons = new ArrayList<>();
        if (!beyond.isEmpty()) {
            reasons.add(named(beyond) + " outside the boundary");
        }
        if (!shared.isEmpty()) {
            int i = shared.get(0);
            int first = Objects.requireNonNull(owner.get(new Coordinate(planar.x(i), planar.y(i))));
            reasons.add(named(shared) + " at the same location as points of other grids (e.g. " + points.get(first).id()
                    + " of grid " + (assignment[first] + 1) + "), whose grid the location's Voronoi cell went to");
        }
        if (!other.isEmpty()) {
            reasons.add(named(other) + " whose Voronoi cells were cut off by the boundary");
        }
        return String.join("; ", reasons);
    }

    /** The point that owns each location's Voronoi cell (the first at that location, as in {@link VoronoiGrids}). */
    private Map<Coordinate, Integer> cellOwners() {
        Map<Coordinate, Integer> owner = new HashMap<>();
        for (int i = 0; i < planar.size(); i++) {
            owner.putIfAbsent(new Coordinate(planar.x(i), planar.y(i)), i);
        }
        return owner;
    }

    /** e.g. "3 points (b1 at (116.3000000, 39.9000000), b2 at ..., and 1 more)". */
    private String named(List<Integer> indices) {
        StringBuilder s = new StringBuilder();
        s.append(indices.size()).append(indices.size() == 1 ? " point (" : " points (");
        for (int j = 0; j < Math.min(NAMED, indices.size()); j++) {
            WeightedPoint p = points.get(indices.get(j));
            s.append(j == 0 ? "" : ", ").append(p.id())
                    .append(String.format(Locale.ROOT, " at (%.7f, %.7f)", p.lon(), p.lat()));
        }
        if (indices.size() > NAMED) {
            s.append(", and ").append(indices.size() - NAMED).append(" more");
        }
        return s.append(')').toString();
    }
}
