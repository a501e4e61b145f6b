package org.jiceng.grid.partition.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jiceng.grid.partition.ContiguityRule;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.GridIssue;
import org.jiceng.grid.partition.PartitionQuality;
import org.jiceng.grid.partition.PartitionRequest;
import org.jiceng.grid.partition.PartitionSettings;
import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.partition.PlanarPoints;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;

/**
 * The partition pipeline behind {@link org.jiceng.grid.partition.GridPartitioning}, the same for every
 * {@link Partitioner}, in named stages: {@link #project} → {@link #assign} → {@link #contiguity} →
 * {@link #polygons} → {@link #quality}. What a partitioner adds to the common stages it declares in
 * {@link Partitioner#capabilities()}; the pipeline never asks for its class. Thread-safe.
 */
public final class PartitionPipeline {

    /** Longest boundary edge, in degrees (about 50 m), when the boundary is projected to judge contiguity. */
    private static final double DENSIFY_DEGREES = 0.0005;

    private final Partitioner partitioner;
    private final ContiguityRepair repair;

    /**
     * @param partitioner the algorithm of the assign stage
     * @param settings the tolerance and rounds of the contiguity stage
     */
    public PartitionPipeline(Partitioner partitioner, PartitionSettings settings) {
        this.partitioner = Objects.requireNonNull(partitioner, "partitioner");
        this.repair = new ContiguityRepair(settings, partitioner.capabilities().baseline());
    }

    /**
     * Everything the stages computed.
     *
     * @param planar the projected points
     * @param assignment grid per point after the contiguity stage
     * @param members point indices per grid, ascending
     * @param loads load per grid
     * @param hulls convex hulls and compactness per grid, in metres
     * @param contiguous per grid, whether it is in one piece, when contiguity was tested
     * @param polygons grid polygons in WGS-84, clipped to the boundary, when built
     * @param issues what is wrong with which grid (never silently empty polygons)
     * @param quality the quality figures
     */
    public record Result(PlanarPoints planar, int[] assignment, int[][] members, long[] loads, GridHulls hulls,
            Optional<boolean[]> contiguous, Optional<Geometry[]> polygons, List<GridIssue> issues,
            PartitionQuality quality) {
    }

    /**
     * Runs every stage.
     *
     * @param request what to partition
     * @return the stages' results
     * @throws IllegalStateException when the partitioner returns an invalid assignment
     */
    public Result run(PartitionRequest request) {
        int k = request.gridCount();
        PlanarPoints planar = project(request);
        Optional<ContiguityRule> rule = request.contiguityRule();
        int[] assignment;
        Optional<PlaneJudge> judge = Optional.empty();
        Optional<PartsOfThePlane> parts = Optional.empty();
        CompletableFuture<VoronoiGrids.Diagram> diagram = null;
        if (rule.isPresent()) {
            // The contiguity stage runs on the points renumbered along a Hilbert curve (see SpatialOrder). The
            // renumbering and the graph are made on another thread while this one assigns (on large inputs also the
            // baseline's assignment, which fixes the balance band there); all are deterministic, so the result is too.
            Optional<Geometry> planarBoundary = planarBoundary(planar, request);
            Optional<Partitioner> baseline = partitioner.capabilities().baseline();
            // A boundary in several pieces usually splits the points into parts, each then assigned on its own
            // below: the assignments of all points as one set are only made when they will be used.
            boolean partsLikely = rule.get() != ContiguityRule.REPORT
                    && planarBoundary.map(b -> b.getNumGeometries() > 1).orElse(false);
            CompletableFuture<Renumbered> graph = CompletableFuture.supplyAsync(() -> Renumbered.of(planar,
                    planarBoundary.orElse(null)));
            CompletableFuture<int[]> bisection = graph.thenApply(r -> baseline.isPresent() && !partsLikely
                    && rule.get() != ContiguityRule.REPORT && planar.size() > GridPartitioning.CANDIDATE_SEARCH_MAX_POINTS
                    ? r.order().toLocal(baseline.get().assign(planar, k)) : null);
            int[] proposed = partsLikely ? null : assign(planar, k);
            Renumbered renumbered = join(graph);
            SpatialOrder order = renumbered.order();
            PlanarPoints local = renumbered.local();
            DelaunayGraph g = renumbered.graph();
            // The Voronoi cells of the polygons depend on the points only: they are computed on another thread
            // while this one decides the grids.
            diagram = request.polygons()
                    ? CompletableFuture.supplyAsync(() -> GridPolygons.diagram(planar, request.boundary())) : null;
            judge = Optional.of(new PlaneJudge(g, Optional.of(order)));
            parts = PartsOfThePlane.of(g, local, k);
            if (parts.isPresent() && rule.get() != ContiguityRule.REPORT) {
                // No grid can be one piece across parts: each part gets whole grids of its own.
                assignment = order.toInput(parts.get().assign(this, rule.get()));
            } else {
                if (proposed == null) {
                    proposed = assign(planar, k);
                }
                assignment = order.toInput(repair.underRule(g, local, order.toLocal(proposed), k, rule.get(), () -> {
                    int[] b = join(bisection);
                    return b != null ? b : order.toLocal(baseline.orElseThrow().assign(planar, k));
                }));
            }
        } else {
            assignment = assign(planar, k);
        }
        int[][] members = checkAndGroup(assignment, planar.size(), k);
        long[] loads = loads(planar, members);
        GridHulls hulls = GridHulls.compute(planar, members);
        Optional<Geometry[]> polygons = request.polygons()
                ? Optional.of(polygons(planar, request, assignment, members,
                        diagram != null ? join(diagram) : GridPolygons.diagram(planar, request.boundary())))
                : Optional.empty();
        final int[] result = assignment;
        Optional<boolean[]> contiguous = judge.map(j -> GridDiagnosis.inThePlane(j.contiguous(result, k), polygons));
        List<GridIssue> issues = new GridDiagnosis(request.points(), planar, assignment, members)
                .issues(judge, contiguous, rule, polygons, request.boundary());
        double floor = parts.map(p -> p.floor(k)).orElseGet(() -> PartitionQuality.floor(loads, planar.heaviest()));
        PartitionQuality quality = quality(planar, loads, floor, hulls, contiguous, issues);
        return new Result(planar, assignment, members, loads, hulls, contiguous, polygons, issues, quality);
    }

    /** The points renumbered along a Hilbert curve ({@code local}) and their graph, for the contiguity stage. */
    private record Renumbered(SpatialOrder order, PlanarPoints local, DelaunayGraph graph) {

        static Renumbered of(PlanarPoints planar, @Nullable Geometry planarBoundary) {
            SpatialOrder order = SpatialOrder.of(planar);
            PlanarPoints local = order.points(planar);
            return new Renumbered(order, local, DelaunayGraph.of(local, planarBoundary, order.positionsInInputOrder()));
        }
    }

    /** The value of a stage computed on another thread, with its exception as thrown there. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Stage 1: the points in metres (Gauss-Krüger centred on the data).
     *
     * @param request the request
     * @return the planar points
     */
    static PlanarPoints project(PartitionRequest request) {
        return PlanarPoints.project(request.points());
    }

    /**
     * Stage 2: the partitioner's assignment, checked (one grid in range per point, no empty grid).
     *
     * @param planar the points
     * @param k number of grids
     * @return a copy of the assignment
     */
    int[] assign(PlanarPoints planar, int k) {
        int[] proposed = partitioner.assign(planar, k).clone();
        checkAndGroup(proposed, planar.size(), k);
        return proposed;
    }

    /**
     * Stage 3: grids in pieces treated as the rule says.
     *
     * @param graph the contiguity graph
     * @param planar the points
     * @param proposed the assignment of stage 2 (may be modified)
     * @param k number of grids
     * @param rule the rule
     * @return the assignment
     */
    int[] contiguity(DelaunayGraph graph, PlanarPoints planar, int[] proposed, int k, ContiguityRule rule) {
        return repair.underRule(graph, planar, proposed, k, rule);
    }

    /**
     * Stage 4: grid polygons (see {@link GridPolygons}).
     *
     * @param planar the points
     * @param request the request (points, boundary)
     * @param assignment grid per point
     * @param members members per grid
     * @param diagram the Voronoi cells of the points ({@link GridPolygons#diagram}), which do not depend on the
     *     grids and so may be computed while they are decided
     * @return polygon per grid in WGS-84
     */
    static Geometry[] polygons(PlanarPoints planar, PartitionRequest request, int[] assignment, int[][] members,
            VoronoiGrids.Diagram diagram) {
        return GridPolygons.build(planar, request.points(), assignment, members, request.boundary(), diagram);
    }

    /**
     * The boundary in the points' metres for judging contiguity in the plane: densified in lon/lat first,
     * so that its long straight edges stay where the lon/lat clip puts them.
     */
    private static Optional<Geometry> planarBoundary(PlanarPoints planar, PartitionRequest request) {
        return request.boundary().map(b -> planar.projection().project(Densifier.densify(b, DENSIFY_DEGREES)));
    }

    /**
     * Stage 5: loads, balance, compactness and contiguity figures.
     *
     * @param planar the points
     * @param loads load per grid
     * @param floor the best achievable max/avg (see {@link PartitionQuality#floor()})
     * @param hulls hulls per grid
     * @param contiguous contiguity per grid, if tested
     * @param issues the grid issues
     * @return the quality
     */
    static PartitionQuality quality(PlanarPoints planar, long[] loads, double floor, GridHulls hulls,
            Optional<boolean[]> contiguous, List<GridIssue> issues) {
        Integer nonContiguous = null;
        if (contiguous.isPresent()) {
            int count = 0;
            for (boolean c : contiguous.get()) {
                count += c ? 0 : 1;
            }
            nonContiguous = count;
        }
        int withIssues = (int) issues.stream().mapToInt(GridIssue::gridIndex).distinct().count();
        return PartitionQuality.of(loads, planar.heaviest(), floor, hulls.compactnessAll(), nonContiguous, withIssues);
    }

    /**
     * Loads, balance and compactness of an assignment (no contiguity, no polygons).
     *
     * @param planar the points
     * @param assignment grid per point
     * @param gridCount K
     * @return the quality
     */
    public static PartitionQuality measure(PlanarPoints planar, int[] assignment, int gridCount) {
        int[][] members = checkAndGroup(assignment, planar.size(), gridCount);
        GridHulls hulls = GridHulls.compute(planar, members);
        long[] loads = loads(planar, members);
        return quality(planar, loads, PartitionQuality.floor(loads, planar.heaviest()), hulls, Optional.empty(),
                List.of());
    }

    private static long[] loads(PlanarPoints planar, int[][] members) {
        long[] loads = new long[members.length];
        for (int g = 0; g < members.length; g++) {
            for (int i : members[g]) {
                loads[g] += planar.weight(i);
            }
        }
        return loads;
    }

    /**
     * @param assignment grid per point
     * @param n number of points
     * @param k number of grids
     * @return point indices per grid, ascending
     * @throws IllegalStateException when the assignment does not give every point one grid in range
     *     and every grid a point
     */
    public static int[][] checkAndGroup(int[] assignment, int n, int k) {
        if (assignment == null || assignment.length != n) {
            throw new IllegalStateException("Partitioner returned " + (assignment == null ? "null" : assignment.length
                    + " grid indices") + " for " + n + " points; it must return exactly one per point");
        }
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            int g = assignment[i];
            if (g < 0 || g >= k) {
                throw new IllegalStateException("Partitioner put point " + i + " in grid " + g
                        + ", outside 0.." + (k - 1));
            }
            counts[g]++;
        }
        int[][] members = new int[k][];
        for (int g = 0; g < k; g++) {
            if (counts[g] == 0) {
                throw new IllegalStateException("Partitioner left grid " + g + " empty; every grid needs a point");
            }
            members[g] = new int[counts[g]];
        }
        int[] fill = new int[k];
        for (int i = 0; i < n; i++) {
            int g = assignment[i];
            members[g][fill[g]++] = i;
        }
        return members;
    }
}
