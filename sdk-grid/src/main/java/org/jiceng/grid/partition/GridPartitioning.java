package org.jiceng.grid.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jiceng.core.spi.Plugins;
import org.jiceng.grid.partition.internal.PartitionPipeline;
import org.jiceng.grid.spi.PartitionerProvider;

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
 * <p>The pipeline, the same for every {@link Partitioner}: project the points (Gauss-Krüger centred on
 * the data), let the partitioner assign them, check the assignment (one grid in range per point, no
 * empty grid), treat grids in pieces as the request's {@link ContiguityRule} says, build polygons when
 * asked, and derive loads, codes, hulls, compactness and the quality figures of the final partition.
 * What a partitioner adds it declares in {@link Partitioner#capabilities()}: a partitioner that
 * refines a baseline ({@link PartitionerCapabilities#baseline()}, such as {@value #DEFAULT_PARTITIONER}
 * refining {@code rcb}) has its balance band taken from the baseline and the repaired baseline tried as
 * a further candidate (step 2 below).
 *
 * <p>Contiguity is judged in the plane (see {@link ContiguityRule}): on the Delaunay graph of the points
 * without the edges whose Voronoi cells share no border inside the boundary, and on the polygons when
 * built. What could not be made one piece, grids without a polygon and members outside their polygon are
 * listed with the reason in {@link Partition#issues()}. All repairs keep loads in the <em>balance band</em>
 * {@code [min(L_min, avg (1 - tau)), max(L_max, avg (floor + tau))]}, where {@code L_min}/{@code L_max}
 * are the lightest and heaviest grid of the partitioner's assignment (for a partitioner that declares a
 * baseline, such as {@value #DEFAULT_PARTITIONER}: of the baseline's, whose band contains the
 * refinement's), so the
 * partitioner's balance guarantee still holds. When the boundary has several parts that hold points (an
 * island, the parts of a multi-part district) and there are at least as many grids, no grid can be one piece
 * across them: under both repairing rules each part then gets whole grids of its own (at least one, the
 * rest by the D'Hondt rule on the parts' weights), is assigned by the partitioner and repaired on its own
 * as below, with the band of its own loads and mean; {@link PartitionQuality#floor()} counts what whole
 * grids per part cost. Under {@link ContiguityRule#REPAIR_WITHIN_BALANCE} (the default):
 * <ol>
 * <li>every fragment of a grid goes to the adjacent grid it touches most if that keeps all loads in the
 *     band;</li>
 * <li>for a partitioner that declares a baseline ({@value #DEFAULT_PARTITIONER}), if grids are still in pieces: first the forced join of step 3
 *     from the refinement itself; on more than {@value #CANDIDATE_SEARCH_MAX_POINTS} points it is kept
 *     when it leaves no grid in pieces within the band. Otherwise its bisection is repaired the same
 *     way and refined with moves that never split a grid, fragments whose neighbours are all full are
 *     rotated in (into the refinement too; on more than {@value #CANDIDATE_SEARCH_MAX_POINTS} points only
 *     while the other candidates leave grids in pieces), and the candidate with fewest grids in pieces, then best mean compactness, is kept
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

    private final Partitioner partitioner;
    private final PartitionPipeline pipeline;

    private GridPartitioning(Partitioner partitioner, PartitionSettings settings) {
        this.partitioner = Objects.requireNonNull(partitioner, "partitioner");
        this.pipeline = new PartitionPipeline(partitioner, Objects.requireNonNull(settings, "settings"));
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
        PartitionPipeline.Result r = pipeline.run(request);
        PlanarPoints planar = r.planar();
        int k = request.gridCount();
        List<PartitionGrid> grids = new ArrayList<>(k);
        for (int g = 0; g < k; g++) {
            final int grid = g;
            grids.add(new PartitionGrid(g, GridCodes.code(request.divisionCode().orElse(null), g + 1, k), r.members()[g],
                    r.loads()[g], planar.projection().unproject(r.hulls().hull(g)), r.hulls().compactness(g),
                    r.contiguous().map(c -> c[grid]), r.polygons().map(p -> p[grid])));
        }
        return new Partition(partitioner.name(), request.points(), r.assignment().clone(), grids, r.quality(),
                r.issues());
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
        return PartitionPipeline.measure(planar, assignment, gridCount);
    }
}
