package org.jiceng.testkit.grid.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.Partition;
import org.jiceng.grid.partition.PartitionGrid;
import org.jiceng.grid.partition.PartitionQuality;
import org.jiceng.grid.partition.PartitionRequest;
import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.partition.PlanarPoints;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.grid.spi.PartitionerProvider;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link Partitioner}, for vendors: extend this class, implement
 * {@link #partitioner()} (and {@link #provider()} when the partitioner comes from a
 * {@link PartitionerProvider}) and every test below runs against your implementation.
 *
 * <pre>{@code
 * class MyPartitionerTest extends PartitionerCompatibilityKit {
 *     protected Partitioner partitioner() { return new MyPartitioner(); }
 * }
 * }</pre>
 *
 * <p>Contract: one grid in {@code [0, K)} per point; no empty grid; deterministic; thread-safe;
 * copes with coincident points, zero weights, K = 1 and K = n; on many light items the load
 * imbalance stays within {@link #balanceTolerance()} of the floor max(avg, heaviest)/avg; stable
 * {@link Partitioner#capabilities()}, and a declared baseline refined within its balance band.
 */
public abstract class PartitionerCompatibilityKit {

    /** @return a fresh partitioner under test */
    protected abstract Partitioner partitioner();

    /** @return the provider the partitioner comes from, if any (its name must match) */
    protected Optional<PartitionerProvider> provider() {
        return Optional.empty();
    }

    /**
     * @return how far above the floor max/avg may be on inputs of many light items (default 0.05;
     *     the built-in partitioners promise 0.015)
     */
    protected double balanceTolerance() {
        return 0.05;
    }

    /**
     * Planar points in a 5 km square, about a third clustered (300 m spread) around one spot.
     *
     * @param seed the random seed; the same seed gives the same points
     * @param n how many points
     * @param maxWeight the largest weight; weights are uniform in {@code 0..maxWeight} (all 0 when 0)
     * @return the points, coordinates in metres
     */
    protected static PlanarPoints randomPoints(long seed, int n, long maxWeight) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            if (r.nextInt(3) == 0) {
                x[i] = 502_500 + r.nextGaussian() * 300;
                y[i] = 2_760_000 + r.nextGaussian() * 300;
            } else {
                x[i] = 500_000 + r.nextDouble() * 5000;
                y[i] = 2_757_500 + r.nextDouble() * 5000;
            }
            w[i] = maxWeight == 0 ? 0 : r.nextLong(maxWeight + 1);
        }
        return PlanarPoints.ofMetres(x, y, w);
    }

    private static void assertValid(int[] assignment, int n, int k) {
        assertThat(assignment).as("one grid per point").hasSize(n);
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            assertThat(assignment[i]).as("grid of point %s", i).isBetween(0, k - 1);
            counts[assignment[i]]++;
        }
        for (int g = 0; g < k; g++) {
            assertThat(counts[g]).as("points in grid %s", g).isPositive();
        }
    }

    @Test
    void assignsEveryPointToExactlyOneGridInRange() {
        for (int seed = 0; seed < 20; seed++) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(500);
            int k = 1 + r.nextInt(Math.min(n, 50));
            PlanarPoints points = randomPoints(seed, n, r.nextInt(3) == 0 ? 0 : 100);
            assertValid(partitioner().assign(points, k), n, k);
        }
    }

    @Test
    void oneGridTakesEverythingAndKEqualToNGivesSingletons() {
        PlanarPoints points = randomPoints(3, 40, 20);
        assertThat(partitioner().assign(points, 1)).containsOnly(0);
        int[] singletons = partitioner().assign(points, 40);
        assertValid(singletons, 40, 40);
    }

    @Test
    void copesWithCoincidentPointsAndZeroWeights() {
        int n = 60;
        PlanarPoints same = PlanarPoints.ofMetres(new double[n], new double[n], new long[n]);
        assertValid(partitioner().assign(same, 7), n, 7);
        double[] x = new double[n];
        double[] y = new double[n];
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 3;
            y[i] = 0;
            w[i] = i % 2;
        }
        assertValid(partitioner().assign(PlanarPoints.ofMetres(x, y, w), 5), n, 5);
    }

    @Test
    void isDeterministic() {
        PlanarPoints points = randomPoints(11, 2000, 50);
        assertThat(partitioner().assign(points, 17)).isEqualTo(partitioner().assign(points, 17));
    }

    @Test
    void isSafeToCallFromSeveralThreads() {
        Partitioner shared = partitioner();
        PlanarPoints a = randomPoints(5, 3000, 50);
        PlanarPoints b = randomPoints(6, 3000, 50);
        int[] expectedA = shared.assign(a, 9);
        int[] expectedB = shared.assign(b, 13);
        List<CompletableFuture<Boolean>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            final boolean useA = t % 2 == 0;
            runs.add(CompletableFuture.supplyAsync(() -> useA
                    ? java.util.Arrays.equals(shared.assign(a, 9), expectedA)
                    : java.util.Arrays.equals(shared.assign(b, 13), expectedB)));
        }
        assertThat(runs).allMatch(CompletableFuture::join);
    }

    @Test
    void balancesManyLightItemsWithinToleranceOfTheFloor() {
        for (int seed = 0; seed < 5; seed++) {
            PlanarPoints points = randomPoints(100 + seed, 6000, 10);
            int k = 3 + seed * 2;
            PartitionQuality q = GridPartitioning.measure(points, partitioner().assign(points, k), k);
            assertThat(q.maxOverAverage()).as("max/avg with K=%s, floor %s", k, q.floor())
                    .isLessThanOrEqualTo(q.floor() + balanceTolerance());
        }
    }

    @Test
    void worksThroughTheFacadeWithCodesLoadsAndPolygons() {
        Random r = new Random(9);
        List<WeightedPoint> buildings = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            buildings.add(new WeightedPoint("b" + i, 102.70 + r.nextDouble() * 0.03, 24.95 + r.nextDouble() * 0.03,
                    1 + r.nextInt(80)));
        }
        Partitioner partitioner = partitioner();
        Partition p = GridPartitioning.with(partitioner)
                .partition(PartitionRequest.of(buildings, 6).withDivisionCode("530111004001"));
        assertThat(p.partitionerName()).isEqualTo(partitioner.name());
        assertThat(p.grids()).extracting(PartitionGrid::code).doesNotHaveDuplicates()
                .allMatch(code -> code.startsWith("530111004001") && code.length() == 15);
        assertThat(p.grids().stream().mapToLong(PartitionGrid::load).sum())
                .isEqualTo(buildings.stream().mapToLong(WeightedPoint::weight).sum());
        assertThat(p.grids()).allMatch(g -> g.polygon().isPresent() && !g.polygon().get().isEmpty());
        assertThat(p.quality().meanCompactness()).isBetween(0.0, 1.0);
    }

    /**
     * The capabilities are stable, and a declared baseline is itself a valid partitioner whose loads the
     * refinement keeps within their balance band (widened by {@link #balanceTolerance()} around the mean and
     * the floor), since the pipeline takes its band from the baseline.
     */
    @Test
    void declaresStableCapabilitiesAndAValidBaselineItRefinesWithinItsBand() {
        Partitioner partitioner = partitioner();
        assertThat(partitioner.capabilities()).isNotNull().isEqualTo(partitioner.capabilities());
        partitioner.capabilities().baseline().ifPresent(baseline -> {
            for (int seed = 0; seed < 5; seed++) {
                PlanarPoints points = randomPoints(seed, 3000, 40);
                int k = 12;
                int[] base = baseline.assign(points, k);
                assertValid(base, points.size(), k);
                PartitionQuality b = GridPartitioning.measure(points, base, k);
                PartitionQuality q = GridPartitioning.measure(points, partitioner.assign(points, k), k);
                double avg = b.averageLoad();
                double tau = balanceTolerance();
                assertThat((double) q.maxLoad()).as("seed %s", seed)
                        .isLessThanOrEqualTo(Math.max(b.maxLoad(), avg * (b.floor() + tau)));
                assertThat((double) q.minLoad()).as("seed %s", seed)
                        .isGreaterThanOrEqualTo(Math.min(b.minLoad(), avg * (1 - tau)));
            }
        });
    }

    @Test
    void nameMatchesTheProvider() {
        assertThat(partitioner().name()).isNotBlank();
        provider().ifPresent(pr -> {
            assertThat(pr.create().name()).isEqualTo(pr.name());
            assertThat(partitioner().name()).isEqualTo(pr.name());
        });
    }
}
