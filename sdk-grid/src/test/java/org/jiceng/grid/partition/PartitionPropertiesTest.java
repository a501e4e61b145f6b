package org.jiceng.grid.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.grid.partition.internal.ConnectedRefinement;
import org.jiceng.grid.partition.internal.DelaunayGraph;
import org.jiceng.grid.partition.internal.FragmentRepair;
import org.jiceng.grid.partition.internal.LoadBand;
import org.jiceng.grid.partition.internal.RcbPartitioner;
import org.jiceng.grid.partition.internal.RecursiveBisection;
import org.jiceng.grid.partition.internal.RefinedPartitioner;
import org.jiceng.grid.partition.internal.StrictContiguity;

class PartitionPropertiesTest {

    /** The stated guarantee of both built-in partitioners (see RecursiveBisection and BalancedRefinement). */
    static double statedBound(PartitionQuality q, double tau) {
        if (q.totalLoad() == 0) {
            return 1.0;
        }
        return Math.max(q.floor() + tau, 1 + 1.125 * q.heaviestItem() / q.averageLoad());
    }

    static List<Partitioner> partitioners() {
        return List.of(new RcbPartitioner(), new RefinedPartitioner(PartitionSettings.defaults()));
    }

    /** Random buildings in a 20 km square near Kunming, some clustered, some sharing a location. */
    static List<WeightedPoint> buildings(long seed, int n, long maxWeight) {
        Random r = new Random(seed);
        List<WeightedPoint> out = new ArrayList<>(n);
        double cx = 102.7 + r.nextDouble() * 0.1;
        double cy = 24.95 + r.nextDouble() * 0.1;
        for (int i = 0; i < n; i++) {
            double lon;
            double lat;
            if (i > 0 && r.nextInt(20) == 0) {
                WeightedPoint twin = out.get(r.nextInt(i));
                lon = twin.lon();
                lat = twin.lat();
            } else if (r.nextBoolean()) {
                lon = cx + r.nextGaussian() * 0.005;
                lat = cy + r.nextGaussian() * 0.005;
            } else {
                lon = 102.6 + r.nextDouble() * 0.2;
                lat = 24.9 + r.nextDouble() * 0.2;
            }
            out.add(new WeightedPoint("b" + i, lon, lat, maxWeight == 0 ? 0 : r.nextLong(maxWeight + 1)));
        }
        return out;
    }

    record Case(List<WeightedPoint> points, int k) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 400),
                Arbitraries.of(0L, 1L, 10L, 200L), Arbitraries.integers().between(1, 40))
                .as((seed, n, maxW, kRaw) -> new Case(buildings(seed, n, maxW), Math.min(n, kRaw)));
    }

    @Property(tries = 60)
    void everyPointBelongsToExactlyOneGridAndLoadsSumToTheInput(@ForAll("cases") Case c) {
        long inputTotal = c.points().stream().mapToLong(WeightedPoint::weight).sum();
        for (Partitioner partitioner : partitioners()) {
            Partition p = GridPartitioning.with(partitioner)
                    .partition(PartitionRequest.of(c.points(), c.k()).withPolygons(false));
            int[] seen = new int[c.points().size()];
            long sum = 0;
            for (PartitionGrid g : p.grids()) {
                assertThat(g.memberCount()).isPositive();
                long load = 0;
                for (int i : g.memberIndices()) {
                    seen[i]++;
                    load += c.points().get(i).weight();
                    assertThat(p.gridOf(i).index()).isEqualTo(g.index());
                }
                assertThat(g.load()).isEqualTo(load);
                sum += g.load();
            }
            assertThat(seen).containsOnly(1);
            assertThat(sum).isEqualTo(inputTotal).isEqualTo(p.quality().totalLoad());
            assertThat(p.gridCount()).isEqualTo(c.k());
            assertThat(p.quality().allContiguous()).isPresent();
            // The contiguity repair keeps the stated balance guarantee.
            assertThat(p.quality().maxOverAverage())
                    .isLessThanOrEqualTo(statedBound(p.quality(), PartitionSettings.DEFAULT_BALANCE_TOLERANCE) + 1e-9);
        }
    }

    @Property(tries = 60)
    void refinedPipelineNeverLeavesMoreGridsInPiecesThanPlainBisection(@ForAll("cases") Case c) {
        PartitionRequest request = PartitionRequest.of(c.points(), c.k()).withPolygons(false);
        Partition refined = GridPartitioning.with(new RefinedPartitioner(PartitionSettings.defaults())).partition(request);
        Partition bisection = GridPartitioning.with(new RcbPartitioner()).partition(request);
        assertThat(refined.quality().nonContiguousGrids().orElseThrow())
                .as("refined %s vs bisection", refined.partitionerName())
                .isLessThanOrEqualTo(bisection.quality().nonContiguousGrids().orElseThrow());
    }

    @Property
    void imbalanceNeverExceedsTheStatedBoundAboveTheFloor(@ForAll("cases") Case c) {
        PlanarPoints planar = PlanarPoints.project(c.points());
        for (Partitioner partitioner : partitioners()) {
            PartitionQuality q = GridPartitioning.measure(planar, partitioner.assign(planar, c.k()), c.k());
            assertThat(q.maxOverAverage())
                    .as("%s max/avg vs floor %s", partitioner.name(), q.floor())
                    .isLessThanOrEqualTo(statedBound(q, PartitionSettings.DEFAULT_BALANCE_TOLERANCE) + 1e-9);
            assertThat(q.floor()).isGreaterThanOrEqualTo(1.0);
            assertThat(q.minOverAverage()).isLessThanOrEqualTo(1.0 + 1e-12);
        }
    }

    @Property(tries = 40)
    void withLightItemsImbalanceIsWithinToleranceOfTheFloor(@ForAll long seed,
            @ForAll @IntRange(min = 600, max = 3000) int n, @ForAll @LongRange(min = 1, max = 10) long maxWeight,
            @ForAll @IntRange(min = 1, max = 10) int k) {
        double tau = PartitionSettings.DEFAULT_BALANCE_TOLERANCE;
        List<WeightedPoint> points = buildings(seed, n, maxWeight);
        PlanarPoints planar = PlanarPoints.project(points);
        double avg = (double) planar.totalWeight() / k;
        Assume.that(avg > 0 && 1.125 * planar.heaviest() / avg <= tau);
        for (Partitioner partitioner : partitioners()) {
            PartitionQuality q = GridPartitioning.measure(planar, partitioner.assign(planar, k), k);
            assertThat(q.maxOverAverage()).isLessThanOrEqualTo(q.floor() + tau + 1e-9);
        }
    }

    @Property(tries = 30)
    void partitioningIsDeterministic(@ForAll("cases") Case c) {
        PlanarPoints planar = PlanarPoints.project(c.points());
        for (Partitioner partitioner : partitioners()) {
            assertThat(partitioner.assign(planar, c.k())).isEqualTo(partitioner.assign(planar, c.k()));
        }
    }

    @Property(tries = 30)
    void refinementKeepsBalanceWithinTheBaselineOrFloorPlusTolerance(@ForAll("cases") Case c) {
        PlanarPoints planar = PlanarPoints.project(c.points());
        PartitionQuality base = GridPartitioning.measure(planar, new RcbPartitioner().assign(planar, c.k()), c.k());
        PartitionQuality refined = GridPartitioning.measure(planar,
                new RefinedPartitioner(PartitionSettings.defaults()).assign(planar, c.k()), c.k());
        double tau = PartitionSettings.DEFAULT_BALANCE_TOLERANCE;
        assertThat(refined.maxLoad()).isLessThanOrEqualTo(
                (long) Math.floor(Math.max(base.maxLoad(), base.averageLoad() * (base.floor() + tau)) + 1e-9));
        assertThat(refined.minLoad()).isGreaterThanOrEqualTo(
                (long) Math.ceil(Math.min(base.minLoad(), base.averageLoad() * (1 - tau)) - 1e-9));
    }

    static int piecesOf(Partition p) {
        return p.quality().nonContiguousGrids().orElseThrow();
    }

    /**
     * The pipeline before the candidate search and the forced absorption: the repaired refinement, or
     * the repaired bisection when that has fewer grids in pieces.
     */
    static int[] repairOnlyPipeline(PlanarPoints planar, int k) {
        double tau = PartitionSettings.DEFAULT_BALANCE_TOLERANCE;
        DelaunayGraph graph = DelaunayGraph.of(planar);
        int[] refined = new RefinedPartitioner(PartitionSettings.defaults()).assign(planar, k);
        FragmentRepair.repair(graph, planar, refined, k, tau);
        int refinedPieces = graph.gridsInPieces(refined, k);
        if (refinedPieces == 0) {
            return refined;
        }
        int[] bisection = new RcbPartitioner().assign(planar, k);
        FragmentRepair.repair(graph, planar, bisection, k, tau);
        return graph.gridsInPieces(bisection, k) < refinedPieces ? bisection : refined;
    }

    @Property(tries = 60)
    void refinedWithContiguityLeavesNoMoreGridsInPiecesThanThePreviousPipelineAndNoneWhenBisectionIsContiguous(
            @ForAll("cases") Case c) {
        PartitionRequest request = PartitionRequest.of(c.points(), c.k()).withPolygons(false);
        Partitioner refinement = new RefinedPartitioner(PartitionSettings.defaults());
        int refined = piecesOf(GridPartitioning.with(refinement).partition(request));
        PlanarPoints planar = PlanarPoints.project(c.points());
        int previous = DelaunayGraph.of(planar).gridsInPieces(repairOnlyPipeline(planar, c.k()), c.k());
        assertThat(refined).isLessThanOrEqualTo(previous);
        boolean[] bisectionContiguous = DelaunayGraph.contiguous(planar,
                new RcbPartitioner().assign(planar, c.k()), c.k());
        boolean allContiguous = true;
        for (boolean b : bisectionContiguous) {
            allContiguous &= b;
        }
        if (allContiguous) {
            assertThat(refined).as("bisection was contiguous").isZero();
        }
    }

    @Property(tries = 60)
    void connectedRefinementNeverSplitsAGridAndKeepsLoadsInTheBand(@ForAll("cases") Case c) {
        PlanarPoints planar = PlanarPoints.project(c.points());
        int k = c.k();
        double tau = PartitionSettings.DEFAULT_BALANCE_TOLERANCE;
        DelaunayGraph graph = DelaunayGraph.of(planar);
        int[] grid = new RcbPartitioner().assign(planar, k);
        FragmentRepair.repair(graph, planar, grid, k, tau);
        boolean[] before = graph.contiguous(grid, k);
        PartitionQuality base = GridPartitioning.measure(planar, grid, k);
        long moved = ConnectedRefinement.refineConnected(graph, planar, grid, k, tau, 32);
        boolean[] after = graph.contiguous(grid, k);
        for (int g = 0; g < k; g++) {
            if (before[g]) {
                assertThat(after[g]).as("grid %s after %s moves", g, moved).isTrue();
            }
        }
        PartitionQuality refined = GridPartitioning.measure(planar, grid, k);
        assertThat(refined.maxLoad()).isLessThanOrEqualTo(
                (long) Math.floor(Math.max(base.maxLoad(), base.averageLoad() * (base.floor() + tau)) + 1e-9));
        assertThat(refined.minLoad()).isGreaterThanOrEqualTo(
                (long) Math.ceil(Math.min(base.minLoad(), base.averageLoad() * (1 - tau)) - 1e-9));
    }

    @Property(tries = 60)
    void swapRepairNeverAddsPiecesAndKeepsLoadsInTheBand(@ForAll("cases") Case c) {
        PlanarPoints planar = PlanarPoints.project(c.points());
        int k = c.k();
        double tau = PartitionSettings.DEFAULT_BALANCE_TOLERANCE;
        DelaunayGraph graph = DelaunayGraph.of(planar);
        int[] grid = new RefinedPartitioner(PartitionSettings.defaults()).assign(planar, k);
        PartitionQuality base = GridPartitioning.measure(planar, grid, k);
        int piecesBefore = graph.gridsInPieces(grid, k);
        FragmentRepair.repairBySwaps(graph, planar, grid, k, tau);
        assertThat(graph.gridsInPieces(grid, k)).isLessThanOrEqualTo(piecesBefore);
        PartitionQuality after = GridPartitioning.measure(planar, grid, k);
        assertThat(after.maxLoad()).isLessThanOrEqualTo(
                (long) Math.floor(Math.max(base.maxLoad(), base.averageLoad() * (base.floor() + tau)) + 1e-9));
        assertThat(after.minLoad()).isGreaterThanOrEqualTo(
                (long) Math.ceil(Math.min(base.minLoad(), base.averageLoad() * (1 - tau)) - 1e-9));
    }

    /** A foreign partitioner that deals points out in turn: nearly every grid in many pieces. */
    record Scattered() implements Partitioner {
        @Override
        public String name() {
            return "scattered";
        }

        @Override
        public int[] assign(PlanarPoints points, int gridCount) {
            int[] grid = new int[points.size()];
            for (int i = 0; i < grid.length; i++) {
                grid[i] = (int) ((i * 7919L) % gridCount);
            }
            for (int g = 0; g < gridCount; g++) {
                grid[g] = g; // every grid gets a point even when 7919 shares a factor with K
            }
            return grid;
        }
    }

    static List<Partitioner> partitionersWithAForeignOne() {
        return List.of(new RcbPartitioner(), new RefinedPartitioner(PartitionSettings.defaults()), new Scattered());
    }

    /** Points on few locations (large co-located groups), sometimes all on one line. */
    static List<WeightedPoint> coLocated(long seed, int n, int locations, boolean collinear) {
        Random r = new Random(seed);
        double[][] sites = new double[locations][];
        for (int l = 0; l < locations; l++) {
            sites[l] = collinear ? new double[] {102.7 + l * 0.001, 25.0}
                    : new double[] {102.7 + r.nextDouble() * 0.01, 25.0 + r.nextDouble() * 0.01};
        }
        List<WeightedPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] site = sites[r.nextInt(locations)];
            out.add(new WeightedPoint("c" + i, site[0], site[1], r.nextInt(60)));
        }
        return out;
    }

    @Provide
    Arbitrary<Case> coLocatedCases() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(2, 300),
                Arbitraries.integers().between(1, 12), Arbitraries.of(false, true),
                Arbitraries.integers().between(1, 30))
                .as((seed, n, locations, collinear, kRaw) ->
                        new Case(coLocated(seed, n, locations, collinear), Math.min(n, kRaw)));
    }

    /** Every grid contiguous, each point in exactly one grid, loads adding up to the input. */
    private static void assertContiguousCompletePartition(Case c, Partition p) {
        assertThat(p.quality().nonContiguousGrids()).as(p.partitionerName()).hasValue(0);
        int[] seen = new int[c.points().size()];
        long sum = 0;
        for (PartitionGrid g : p.grids()) {
            assertThat(g.memberCount()).isPositive();
            assertThat(g.contiguous()).contains(true);
            long load = 0;
            for (int i : g.memberIndices()) {
                seen[i]++;
                load += c.points().get(i).weight();
            }
            assertThat(g.load()).isEqualTo(load);
            sum += load;
        }
        assertThat(seen).containsOnly(1);
        assertThat(sum).isEqualTo(c.points().stream().mapToLong(WeightedPoint::weight).sum());
        assertThat(p.gridCount()).isEqualTo(c.k());
    }

    @Property(tries = 80)
    void requireAlwaysYieldsContiguousGridsWithEveryPointInExactlyOneGridAndLoadsSummingToTheInput(
            @ForAll("cases") Case c) {
        for (Partitioner partitioner : partitionersWithAForeignOne()) {
            Partition p = GridPartitioning.with(partitioner)
                    .partition(PartitionRequest.of(c.points(), c.k()).withPolygons(false)
                            .withContiguity(ContiguityRule.REQUIRE));
            assertContiguousCompletePartition(c, p);
        }
    }

    @Property(tries = 60)
    void requireAlwaysYieldsContiguousGridsOnCoLocatedAndCollinearPoints(@ForAll("coLocatedCases") Case c) {
        for (Partitioner partitioner : partitionersWithAForeignOne()) {
            Partition p = GridPartitioning.with(partitioner)
                    .partition(PartitionRequest.of(c.points(), c.k()).withPolygons(false)
                            .withContiguity(ContiguityRule.REQUIRE));
            assertContiguousCompletePartition(c, p);
        }
    }

    @Property(tries = 80)
    void defaultRuleKeepsLoadsInTheBandOfThePartitionerAndTheStatedBound(@ForAll("cases") Case c) {
        double tau = PartitionSettings.DEFAULT_BALANCE_TOLERANCE;
        PlanarPoints planar = PlanarPoints.project(c.points());
        for (Partitioner partitioner : partitionersWithAForeignOne()) {
            Partition p = GridPartitioning.with(partitioner)
                    .partition(PartitionRequest.of(c.points(), c.k()).withPolygons(false));
            // rcb-refined keeps its loads in the band of its bisection; others in the band of their own result.
            int[] reference = partitioner instanceof RefinedPartitioner
                    ? RecursiveBisection.assign(planar, c.k()) : partitioner.assign(planar, c.k());
            LoadBand band = LoadBand.of(planar, reference, c.k(), tau);
            assertThat((double) p.quality().maxLoad()).as(p.partitionerName()).isLessThanOrEqualTo(band.max());
            assertThat((double) p.quality().minLoad()).as(p.partitionerName()).isGreaterThanOrEqualTo(band.min());
            if (!(partitioner instanceof Scattered)) {
                assertThat(p.quality().maxOverAverage())
                        .isLessThanOrEqualTo(statedBound(p.quality(), tau) + 1e-9);
            }
        }
    }

    @Property(tries = 60)
    void absorptionLeavesEveryGridContiguousAndNonEmpty(@ForAll("cases") Case c) {
        PlanarPoints planar = PlanarPoints.project(c.points());
        DelaunayGraph graph = DelaunayGraph.of(planar);
        int[] grid = new Scattered().assign(planar, c.k());
        long total = planar.totalWeight();
        StrictContiguity.absorbFragments(graph, planar, grid, c.k(), (double) total / c.k());
        assertThat(graph.contiguous(grid, c.k())).containsOnly(true);
        assertThat(java.util.Arrays.stream(grid).boxed().toList()).allMatch(g -> g >= 0 && g < c.k());
        assertThat(java.util.Arrays.stream(grid).distinct().count()).isEqualTo(c.k());
    }

    @Property(tries = 60)
    void rebalancingNeverSplitsAGridNorMovesAnyLoadFurtherFromTheBand(@ForAll("cases") Case c) {
        PlanarPoints planar = PlanarPoints.project(c.points());
        int k = c.k();
        DelaunayGraph graph = DelaunayGraph.of(planar);
        int[] grid = new Scattered().assign(planar, k);
        StrictContiguity.absorbFragments(graph, planar, grid, k, Double.POSITIVE_INFINITY);
        LoadBand band = LoadBand.of(planar, new RcbPartitioner().assign(planar, k), k,
                PartitionSettings.DEFAULT_BALANCE_TOLERANCE);
        long[] before = loads(planar, grid, k);
        boolean inBand = StrictContiguity.rebalance(graph, planar, grid, k, band);
        long[] after = loads(planar, grid, k);
        assertThat(graph.contiguous(grid, k)).containsOnly(true);
        assertThat(inBand).isEqualTo(band.contains(planar, grid, k));
        for (int g = 0; g < k; g++) {
            assertThat(distance(band, after[g])).as("grid %s: %s -> %s in %s", g, before[g], after[g], band)
                    .isLessThanOrEqualTo(distance(band, before[g]));
        }
        assertThat(java.util.Arrays.stream(after).sum()).isEqualTo(planar.totalWeight());
        assertThat(java.util.Arrays.stream(grid).distinct().count()).as("no grid emptied").isEqualTo(k);
    }

    private static long[] loads(PlanarPoints planar, int[] grid, int k) {
        long[] loads = new long[k];
        for (int i = 0; i < grid.length; i++) {
            loads[grid[i]] += planar.weight(i);
        }
        return loads;
    }

    private static double distance(LoadBand band, long load) {
        return load > band.max() ? load - band.max() : load < band.min() ? band.min() - load : 0;
    }
}
