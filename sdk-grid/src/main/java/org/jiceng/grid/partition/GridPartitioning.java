package org.jiceng.grid.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jiceng.core.spi.Plugins;
import org.jiceng.grid.partition.internal.DelaunayContiguity;
import org.jiceng.grid.partition.internal.GridHulls;
import org.jiceng.grid.partition.internal.LoadBand;
import org.jiceng.grid.partition.internal.RecursiveBisection;
import org.jiceng.grid.partition.internal.RefinedPartitioner;
import org.jiceng.grid.partition.internal.StrictContiguity;
import org.jiceng.grid.partition.internal.VoronoiGrids;
import org.jiceng.grid.spi.PartitionerProvider;
import org.locationtech.jts.geom.Geometry;

/**
 * Entry point for partitioning weighted points into grids.
 *
 * <pre>{@code
 * Partition p = GridPartitioning.named("rcb-refined")
 *         .partition(PartitionRequest.of(buildings, 12).withDivisionCode("530111004001"));
 * p.quality().maxOverAverage();   // load imbalance
 * p.grids().get(0).polygon();     // grid boundary in WGS-84
 * }</pre>
 *
 * <p>The pipeline: project the points (Gauss-Krüger centred on the data), let the
 * {@link Partitioner} assign them, check the assignment (one grid in range per point, no empty
 * grid), treat grids in pieces as the request's {@link ContiguityRule} says, and derive loads, codes,
 * hulls, compactness and, when asked, polygons. The quality figures describe the final partition.
 *
 * <p>Contiguity is tested on the Delaunay graph of the points (a grid is contiguous when its points
 * are connected in the graph restricted to it). All repairs keep loads in the <em>balance band</em>
 * {@code [min(L_min, avg (1 - tau)), max(L_max, avg (floor + tau))]}, where {@code L_min}/{@code L_max}
 * are the lightest and heaviest grid of the partitioner's assignment (for the built-in
 * {@value #DEFAULT_PARTITIONER}: of its bisection, whose band contains the refinement's), so the
 * partitioner's balance guarantee still holds. Under {@link ContiguityRule#REPAIR_WITHIN_BALANCE} (the
 * default):
 * <ol>
 * <li>every fragment of a grid goes to the adjacent grid it touches most if that keeps all loads in the
 *     band;</li>
 * <li>for {@value #DEFAULT_PARTITIONER}, if grids are still in pieces: first the forced join of step 3
 *     from the refinement itself; on more than {@value #CANDIDATE_SEARCH_MAX_POINTS} points it is kept
 *     when it leaves no grid in pieces within the band. Otherwise its bisection is repaired the same
 *     way and refined with moves that never split a grid, fragments whose neighbours are all full are
 *     rotated in, and the candidate with fewest grids in pieces, then best mean compactness, is kept
 *     (or the forced join, when it is contiguous, in the band and more compact);</li>
 * <li>if grids are still in pieces: every fragment is forced into an adjacent grid, the one it
 *     touches most among those it fits in (or among all when it fits in none), outwards from the grids'
 *     main pieces so that the result is contiguous whatever the loads; the loads are moved back into the
 *     band by chains of single-point moves between adjacent grids, each point leaving a grid only if the
 *     grid stays connected, and the grids are made compact again with moves that never split one. From
 *     the kept candidate, the repaired proposal and (for {@value #DEFAULT_PARTITIONER}) the repaired
 *     bisection; the result replaces the kept candidate only if it has fewer grids in pieces
 *     <em>and</em> is in the band.</li>
 * </ol>
 * So the result never leaves the band, and it is contiguous unless no contiguous assignment in the
 * band was found; {@link PartitionQuality#nonContiguousGrids()} says how many grids are in pieces.
 * Under {@link ContiguityRule#REQUIRE} step 3 is kept even outside the band: every grid is contiguous,
 * and {@link PartitionQuality#maxOverAverage()} shows what that cost. Step 3 runs only when grids are
 * in pieces after steps 1-2, from at most three starts, each: O(n + edges) for the absorption, at most
 * 32 rounds of O(n) for the rebalancing (times the mean Delaunay degree: each round lists the grids'
 * boundary points and its chain search stops at a work cap proportional to n; a round that keeps no
 * chain ends it), and the contiguity-preserving refinement (O(n) per round).
 * {@link ContiguityRule#REPORT} only tests.
 *
 * <p>Thread-safe.
 */
public final class GridPartitioning {

    /** Name of the default built-in partitioner. */
    public static final String DEFAULT_PARTITIONER = "rcb-refined";

    /**
     * Above this many points, a refined partition whose fragments the forced join places within the
     * band skips the candidate search (which then costs tens of seconds and finds less compact grids).
     */
    public static final int CANDIDATE_SEARCH_MAX_POINTS = 50_000;

    /** Alternations of contiguity-preserving refinement and fragment repair on the bisection. */
    private static final int CONNECTED_PASSES = 3;

    private final Partitioner partitioner;
    private final PartitionSettings settings;

    private GridPartitioning(Partitioner partitioner, PartitionSettings settings) {
        this.partitioner = Objects.requireNonNull(partitioner, "partitioner");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param partitioner the algorithm
     * @return a pipeline using it, with default settings for the contiguity repair
     */
    public static GridPartitioning with(Partitioner partitioner) {
        return new GridPartitioning(partitioner, PartitionSettings.defaults());
    }

    /**
     * @param partitioner the algorithm
     * @param settings settings; the contiguity repair uses its balance tolerance
     * @return a pipeline using them
     */
    public static GridPartitioning with(Partitioner partitioner, PartitionSettings settings) {
        return new GridPartitioning(partitioner, settings);
    }

    /**
     * @param providerName name of a {@link PartitionerProvider} on the class path
     * @return a pipeline using that provider with default settings
     * @throws org.jiceng.core.spi.PluginNotFoundException when no provider has that name
     */
    public static GridPartitioning named(String providerName) {
        return named(providerName, PartitionSettings.defaults());
    }

    /**
     * @param providerName name of a {@link PartitionerProvider}
     * @param settings tuning
     * @return a pipeline using that provider
     */
    public static GridPartitioning named(String providerName, PartitionSettings settings) {
        PartitionerProvider provider = Plugins.forDefaultClassLoader().named(PartitionerProvider.class, providerName);
        return new GridPartitioning(provider.create(settings), settings);
    }

    /** @return a pipeline with the default partitioner ({@value #DEFAULT_PARTITIONER}) */
    public static GridPartitioning defaults() {
        return named(DEFAULT_PARTITIONER);
    }

    /** @return the algorithm */
    public Partitioner partitioner() {
        return partitioner;
    }

    /**
     * @param request what to partition
     * @return the partition
     * @throws IllegalStateException when the partitioner returns an invalid assignment
     */
    public Partition partition(PartitionRequest request) {
        PlanarPoints planar = PlanarPoints.project(request.points());
        int k = request.gridCount();
        int[] proposed = partitioner.assign(planar, k).clone();
        checkAndGroup(proposed, planar.size(), k);
        Optional<ContiguityRule> rule = request.contiguityRule();
        Optional<DelaunayContiguity> graph = rule.map(r -> DelaunayContiguity.of(planar));
        int[] assignment = graph.map(g -> underRule(g, planar, proposed, k, rule.get())).orElse(proposed);
        int[][] members = checkAndGroup(assignment, planar.size(), k);
        long[] loads = new long[k];
        for (int g = 0; g < k; g++) {
            for (int i : members[g]) {
                loads[g] += planar.weight(i);
            }
        }
        GridHulls hulls = GridHulls.compute(planar, members);
        Optional<boolean[]> contiguous = graph.map(g -> g.contiguous(assignment, k));
        // Cells tile the plane in metres; unprojecting vertex by vertex keeps that tiling gapless
        // (neighbours share vertices), and clipping afterwards in lon/lat makes the grids end
        // exactly on the boundary instead of a few centimetres off it.
        Optional<Geometry[]> polygons = request.polygons()
                ? Optional.of(VoronoiGrids.polygons(planar, assignment, k,
                        request.boundary().map(b -> planar.projection().project(b).getEnvelopeInternal())))
                : Optional.empty();
        List<PartitionGrid> grids = new ArrayList<>(k);
        int nonContiguous = 0;
        for (int g = 0; g < k; g++) {
            final int grid = g;
            Optional<Boolean> isContiguous = contiguous.map(c -> c[grid]);
            if (isContiguous.isPresent() && !isContiguous.get()) {
                nonContiguous++;
            }
            grids.add(new PartitionGrid(g, GridCodes.code(request.divisionCode(), g + 1, k), members[g], loads[g],
                    planar.projection().unproject(hulls.hull(g)), hulls.compactness(g), isContiguous,
                    polygons.map(p -> clipToBoundary(planar.projection().unproject(p[grid]), request))));
        }
        PartitionQuality quality = PartitionQuality.of(loads, planar.heaviest(), hulls.compactnessAll(),
                contiguous.isPresent() ? OptionalInt.of(nonContiguous) : OptionalInt.empty());
        return new Partition(partitioner.name(), request.points(), assignment.clone(), grids, quality);
    }

    private static Geometry clipToBoundary(Geometry wgs84Cell, PartitionRequest request) {
        return request.boundary().map(wgs84Cell::intersection).orElse(wgs84Cell);
    }

    /**
     * Measures an assignment without geometry output: loads, balance and compactness (no
     * contiguity, no polygons). Used by benchmarks and the compatibility kit.
     *
     * @param planar the points
     * @param assignment grid per point
     * @param gridCount K
     * @return the quality
     */
    public static PartitionQuality measure(PlanarPoints planar, int[] assignment, int gridCount) {
        int[][] members = checkAndGroup(assignment, planar.size(), gridCount);
        long[] loads = new long[gridCount];
        for (int i = 0; i < assignment.length; i++) {
            loads[assignment[i]] += planar.weight(i);
        }
        GridHulls hulls = GridHulls.compute(planar, members);
        return PartitionQuality.of(loads, planar.heaviest(), hulls.compactnessAll(), OptionalInt.empty());
    }

    /**
     * The assignment the rule asks for: the proposed one (REPORT); the repaired one or a candidate with
     * fewer grids in pieces, never outside the balance band (REPAIR_WITHIN_BALANCE); or, when that still
     * leaves grids in pieces, the forced contiguous one, rebalanced as far as moves that never split a
     * grid allow (REQUIRE).
     */
    private int[] underRule(DelaunayContiguity g, PlanarPoints planar, int[] proposed, int k, ContiguityRule rule) {
        if (rule == ContiguityRule.REPORT) {
            return proposed;
        }
        double tau = settings.balanceTolerance();
        LoadBand band = LoadBand.of(planar, proposed, k, tau);
        g.repair(planar, proposed, k, tau);
        int pieces = g.gridsInPieces(proposed, k);
        if (pieces == 0) {
            return proposed;
        }
        int[] best = proposed;
        Strict joined = null;
        List<int[]> starts = new ArrayList<>(List.of(proposed));
        if (partitioner instanceof RefinedPartitioner) {
            int[] bisection = RecursiveBisection.assign(planar, k);
            // The refinement keeps its loads in the band of its bisection, so that band is the one its
            // balance guarantee speaks of (and it contains the band of the refinement's own loads).
            band = LoadBand.of(planar, bisection, k, tau);
            // The cheap way first: join the refinement's few fragments by force and move the loads back
            // into the band. On large inputs that is kept when it works: it keeps the refinement's
            // compactness and costs a fraction of the candidate search below (1M buildings into 2,000
            // grids: 19 s and mean compactness 0.894, against 41 s and 0.863). On small communities the
            // search often finds more compact grids, so there both are tried and the more compact kept.
            joined = strict(g, planar, proposed, k, band);
            boolean joinedWorks = joined.pieces() == 0 && joined.inBand();
            if (joinedWorks && planar.size() > CANDIDATE_SEARCH_MAX_POINTS) {
                return joined.assignment();
            }
            best = mostContiguous(g, planar, proposed, bisection, k);
            pieces = g.gridsInPieces(best, k);
            if (pieces == 0) {
                return joinedWorks && joined.compactness() > measure(planar, best, k).meanCompactness()
                        ? joined.assignment() : best;
            }
            if (joinedWorks) {
                return joined.assignment();
            }
            for (int[] start : List.of(best, bisection)) {
                if (starts.stream().noneMatch(s -> s == start)) {
                    starts.add(start);
                }
            }
        }
        // Fragments no repair within the band could place: force them into the grid they touch most
        // (contiguous whatever the loads), move the loads back into the band with moves that never
        // split a grid, and make the result compact again with moves that never split a grid either.
        // From several starts: the kept candidate, the repaired proposal and (rcb-refined) the repaired
        // bisection end in different places.
        Strict chosen = null;
        for (int[] start : starts) {
            Strict strict = start == proposed && joined != null ? joined : strict(g, planar, start, k, band);
            if (chosen == null || strict.betterThan(chosen)) {
                chosen = strict;
            }
        }
        boolean fewerPieces = chosen.pieces() < pieces;
        if (fewerPieces && (chosen.inBand() || rule == ContiguityRule.REQUIRE)) {
            return chosen.assignment();
        }
        return best;
    }

    /** A forced contiguous candidate: whether it is in the band, its pieces, distance from the band, compactness. */
    private record Strict(int[] assignment, boolean inBand, int pieces, double outside, double compactness) {
        boolean betterThan(Strict o) {
            if (inBand != o.inBand) {
                return inBand;
            }
            if (pieces != o.pieces) {
                return pieces < o.pieces;
            }
            if (outside != o.outside) {
                return outside < o.outside;
            }
            return compactness > o.compactness;
        }
    }

    private Strict strict(DelaunayContiguity g, PlanarPoints planar, int[] start, int k, LoadBand band) {
        int[] strict = start.clone();
        StrictContiguity.absorbFragments(g, planar, strict, k, band.max());
        StrictContiguity.rebalance(g, planar, strict, k, band);
        g.refineConnected(planar, strict, k, settings.balanceTolerance(), settings.refinementRounds());
        return new Strict(strict, band.contains(planar, strict, k), g.gridsInPieces(strict, k),
                band.outside(planar, strict, k), measure(planar, strict, k).meanCompactness());
    }

    /**
     * Candidates for a refined partition that the repair left in pieces, and the one kept: fewest
     * grids in pieces, then best mean compactness. Repairs {@code bisection} in place.
     */
    private int[] mostContiguous(DelaunayContiguity g, PlanarPoints planar, int[] proposed, int[] bisection, int k) {
        // The free refinement can cut grids into pieces that the repair cannot join within
        // the balance band. Refine the repaired bisection again, this time with moves that
        // never split a grid (so a contiguous bisection stays contiguous), try rotating the
        // remaining fragments into full neighbours (on that result and on the refinement), and
        // keep the candidate with fewest grids in pieces, then best mean compactness. Other
        // partitioners' results are never replaced.
        g.repair(planar, bisection, k, settings.balanceTolerance());
        int[] connected = bisection.clone();
        for (int pass = 0; pass < CONNECTED_PASSES; pass++) {
            // Refinement shifts loads, which can make room for a fragment the repair could not move.
            g.refineConnected(planar, connected, k, settings.balanceTolerance(), settings.refinementRounds());
            if (g.repair(planar, connected, k, settings.balanceTolerance()) == 0) {
                break;
            }
        }
        // Fragments whose neighbours are all full: swap them in for a point of the receiving grid.
        int[] swapped = connected.clone();
        if (g.repairBySwaps(planar, swapped, k, settings.balanceTolerance()) > 0) {
            g.refineConnected(planar, swapped, k, settings.balanceTolerance(), settings.refinementRounds());
        }
        int[] refinedSwapped = proposed.clone();
        g.repairBySwaps(planar, refinedSwapped, k, settings.balanceTolerance());
        return fewestPiecesThenMostCompact(g, planar, k, proposed, bisection, connected, swapped, refinedSwapped);
    }

    /** The candidate with fewest grids in pieces, then highest mean compactness, then the earliest. */
    private static int[] fewestPiecesThenMostCompact(DelaunayContiguity graph, PlanarPoints planar, int k,
            int[]... candidates) {
        int[] best = null;
        int bestPieces = Integer.MAX_VALUE;
        double bestCompactness = Double.NEGATIVE_INFINITY;
        for (int[] candidate : candidates) {
            int pieces = graph.gridsInPieces(candidate, k);
            double compactness = measure(planar, candidate, k).meanCompactness();
            if (pieces < bestPieces || (pieces == bestPieces && compactness > bestCompactness)) {
                best = candidate;
                bestPieces = pieces;
                bestCompactness = compactness;
            }
        }
        return best;
    }

    private static int[][] checkAndGroup(int[] assignment, int n, int k) {
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
