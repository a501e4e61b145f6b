package org.jiceng.benchmarks.grid.partition;

import java.util.Locale;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.Partition;
import org.jiceng.grid.partition.PartitionQuality;
import org.jiceng.grid.partition.PartitionRequest;
import org.jiceng.grid.partition.PlanarPoints;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.core.spi.Plugins;
import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.spi.PartitionerProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Partitioning weighted buildings into balanced grids: our recursive bisection ({@code rcb}), the
 * refined default ({@code rcbRefined}) and the whole pipeline from WGS-84 ({@code pipeline}:
 * projection, assignment, hulls and compactness; no polygons or contiguity) at 1M points / 2,000
 * grids, the same with the default contiguity repair ({@code pipelineLargeContiguous}; target in issue 17:
 * at most 3 s, with {@code pipelineLarge} as the peer), and the same algorithms next to commons-math3 k-means++ on 100k points / 200 grids (the
 * same 500 points per grid; k-means++ on 1M x 2,000 does not finish in a benchmark's time), and the
 * default pipeline with polygons and contiguity on 20,000 buildings inside a concave two-part outline
 * ({@link ConcaveDistrict}) into 40 grids ({@code concaveDistrict}; target in issue 17: at most 0.5 s).
 *
 * <p>Single-shot timing (each operation partitions once). Quality figures (max/avg, floor,
 * mean Polsby-Popper) are printed at the end of each trial by {@link #report()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class PartitionBenchmark {

    /** Points per grid in both sizes. */
    private static final int LARGE_N = 1_000_000;
    private static final int LARGE_K = 2_000;
    private static final int SMALL_N = 100_000;
    private static final int SMALL_K = 200;
    private static final int KMEANS_ITERATIONS = 10;
    private static final int CONCAVE_N = 20_000;
    private static final int CONCAVE_K = 40;

    /** Building layout. */
    @Param({"uniform", "clustered"})
    public String layout;

    private List<WeightedPoint> largeBuildings;
    private PlanarPoints large;
    private PlanarPoints small;
    private List<DoublePoint> smallForKmeans;
    private ConcaveDistrict concave;
    private final Partitioner rcb = Plugins.forDefaultClassLoader().named(PartitionerProvider.class, "rcb").create();
    private final Partitioner refined =
            Plugins.forDefaultClassLoader().named(PartitionerProvider.class, "rcb-refined").create();
    private final Map<String, Runnable> lastReport = new java.util.LinkedHashMap<>();

    /** Generates the inputs once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        largeBuildings = PartitionData.buildings(layout, LARGE_N, 42);
        large = PlanarPoints.project(largeBuildings);
        small = PartitionData.planar(layout, SMALL_N, 43);
        concave = ConcaveDistrict.of(layout, CONCAVE_N, 44);
        smallForKmeans = new ArrayList<>(SMALL_N);
        for (int i = 0; i < SMALL_N; i++) {
            smallForKmeans.add(new DoublePoint(new double[] {small.x(i), small.y(i)}));
        }
    }

    /** @return RCB assignment, 1M points into 2,000 grids */
    @Benchmark
    public int[] rcbLarge() {
        int[] a = rcb.assign(large, LARGE_K);
        lastReport.put("rcbLarge", () -> print("rcbLarge", GridPartitioning.measure(large, a, LARGE_K)));
        return a;
    }

    /** @return refined assignment, 1M points into 2,000 grids */
    @Benchmark
    public int[] rcbRefinedLarge() {
        int[] a = refined.assign(large, LARGE_K);
        lastReport.put("rcbRefinedLarge", () -> print("rcbRefinedLarge", GridPartitioning.measure(large, a, LARGE_K)));
        return a;
    }

    /** @return the whole pipeline from WGS-84 with the default partitioner, 1M points / 2,000 grids */
    @Benchmark
    public Partition pipelineLarge() {
        Partition p = GridPartitioning.with(refined).partition(
                PartitionRequest.of(largeBuildings, LARGE_K).withPolygons(false).withContiguity(false));
        lastReport.put("pipelineLarge", () -> print("pipelineLarge", p.quality()));
        return p;
    }

    /**
     * @return the whole pipeline from WGS-84 with the default contiguity rule ({@code REPAIR_WITHIN_BALANCE}),
     *     1M points / 2,000 grids, no polygons; {@link #pipelineLarge} (the same without contiguity) is its peer
     *     (target in issue 17: at most 3 s)
     */
    @Benchmark
    public Partition pipelineLargeContiguous() {
        Partition p = GridPartitioning.with(refined).partition(
                PartitionRequest.of(largeBuildings, LARGE_K).withPolygons(false));
        lastReport.put("pipelineLargeContiguous", () -> {
            print("pipelineLargeContiguous", p.quality());
            System.out.printf(java.util.Locale.ROOT, "CONTIGUITY pipelineLargeContiguous layout=%s inPieces=%d%n",
                    layout, p.quality().nonContiguousGrids().orElse(-1));
        });
        return p;
    }

    /**
     * @return the default pipeline (polygons clipped to the outline, contiguity repaired within the balance
     *     band) on 20,000 buildings in a concave two-part outline, 40 grids
     */
    @Benchmark
    public Partition concaveDistrict() {
        Partition p = GridPartitioning.defaults().partition(
                PartitionRequest.of(concave.buildings(), CONCAVE_K).withBoundary(concave.boundary()));
        lastReport.put("concaveDistrict", () -> {
            print("concaveDistrict", p.quality());
            System.out.printf(java.util.Locale.ROOT, "CONTIGUITY concaveDistrict layout=%s inPieces=%d issues=%d%n",
                    layout, p.quality().nonContiguousGrids().orElse(-1), p.issues().size());
        });
        return p;
    }

    /** @return RCB, 100k points into 200 grids */
    @Benchmark
    public int[] rcbSmall() {
        int[] a = rcb.assign(small, SMALL_K);
        lastReport.put("rcbSmall", () -> print("rcbSmall", GridPartitioning.measure(small, a, SMALL_K)));
        return a;
    }

    /** @return refined, 100k points into 200 grids */
    @Benchmark
    public int[] rcbRefinedSmall() {
        int[] a = refined.assign(small, SMALL_K);
        lastReport.put("rcbRefinedSmall", () -> print("rcbRefinedSmall", GridPartitioning.measure(small, a, SMALL_K)));
        return a;
    }

    /** @return commons-math3 k-means++ (10 iterations), 100k points into 200 clusters */
    @Benchmark
    public List<CentroidCluster<DoublePoint>> kmeansPlusPlusSmall() {
        KMeansPlusPlusClusterer<DoublePoint> clusterer = new KMeansPlusPlusClusterer<>(SMALL_K, KMEANS_ITERATIONS,
                new EuclideanDistance(), new JDKRandomGenerator(7));
        List<CentroidCluster<DoublePoint>> clusters = clusterer.cluster(smallForKmeans);
        lastReport.put("kmeansPlusPlusSmall", () -> {
            Map<DoublePoint, Integer> clusterOf = new IdentityHashMap<>();
            for (int c = 0; c < clusters.size(); c++) {
                for (DoublePoint p : clusters.get(c).getPoints()) {
                    clusterOf.put(p, c);
                }
            }
            int[] a = new int[SMALL_N];
            for (int i = 0; i < SMALL_N; i++) {
                a[i] = clusterOf.get(smallForKmeans.get(i));
            }
            print("kmeansPlusPlusSmall", GridPartitioning.measure(small, a, clusters.size()));
        });
        return clusters;
    }

    /** Prints the quality of the last result of this trial. */
    @TearDown(Level.Trial)
    public void report() {
        lastReport.values().forEach(Runnable::run);
        lastReport.clear();
    }

    private void print(String benchmark, PartitionQuality q) {
        System.out.printf(Locale.ROOT, "%nQUALITY %s layout=%s max/avg=%.4f min/avg=%.4f floor=%.4f excess=%.4f "
                + "meanPP=%.4f minPP=%.4f%n", benchmark, layout, q.maxOverAverage(), q.minOverAverage(), q.floor(),
                q.excessOverFloor(), q.meanCompactness(), q.minCompactness());
    }
}
