package org.jiceng.benchmarks.grid.partition;

import java.util.Locale;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.jiceng.core.spi.Plugins;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.Partition;
import org.jiceng.grid.partition.PartitionQuality;
import org.jiceng.grid.partition.PartitionRequest;
import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.partition.PlanarPoints;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.grid.spi.PartitionerProvider;

/**
 * Prints the quality figures and the CPU time (thread CPU, so less distorted than wall time on a
 * shared machine) of the partitioners and k-means++ on the benchmark inputs, plus contiguity on a
 * 50k-point input. Run with
 * {@code java -Xmx3g -cp benchmarks/target/benchmarks.jar org.jiceng.benchmarks.grid.partition.PartitionReport}.
 */
public final class PartitionReport {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private PartitionReport() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        Partitioner rcb = Plugins.forDefaultClassLoader().named(PartitionerProvider.class, "rcb").create();
        Partitioner refined = Plugins.forDefaultClassLoader().named(PartitionerProvider.class, "rcb-refined").create();
        for (String layout : List.of("uniform", "clustered")) {
            List<WeightedPoint> buildings = PartitionData.buildings(layout, 1_000_000, 42);
            for (int rep = 0; rep < 3; rep++) {
                long c0 = CPU.getCurrentThreadCpuTime();
                Partition p = GridPartitioning.with(refined).partition(
                        PartitionRequest.of(buildings, 2000).withPolygons(false).withContiguity(false));
                long c1 = CPU.getCurrentThreadCpuTime();
                print(layout, "pipeline 1M/2000 (rep " + rep + ")", p.quality(), (c1 - c0) / 1e6);
            }
            PlanarPoints large = PlanarPoints.project(buildings);
            for (Partitioner partitioner : List.of(rcb, refined)) {
                for (int rep = 0; rep < 2; rep++) {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    int[] a = partitioner.assign(large, 2000);
                    long c1 = CPU.getCurrentThreadCpuTime();
                    print(layout, partitioner.name() + " 1M/2000 (rep " + rep + ")",
                            GridPartitioning.measure(large, a, 2000), (c1 - c0) / 1e6);
                }
            }
            PlanarPoints small = PartitionData.planar(layout, 100_000, 43);
            for (Partitioner partitioner : List.of(rcb, refined)) {
                long c0 = CPU.getCurrentThreadCpuTime();
                int[] a = partitioner.assign(small, 200);
                long c1 = CPU.getCurrentThreadCpuTime();
                print(layout, partitioner.name() + " 100k/200", GridPartitioning.measure(small, a, 200), (c1 - c0) / 1e6);
            }
            long c0 = CPU.getCurrentThreadCpuTime();
            int[] km = kmeans(small, 200, 10);
            long c1 = CPU.getCurrentThreadCpuTime();
            print(layout, "kmeans++ 100k/200 (10 iterations)", GridPartitioning.measure(small, km, 200), (c1 - c0) / 1e6);

            List<WeightedPoint> medium = PartitionData.buildings(layout, 50_000, 44);
            for (Partitioner partitioner : List.of(rcb, refined)) {
                Partition p = GridPartitioning.with(partitioner)
                        .partition(PartitionRequest.of(medium, 100).withPolygons(false));
                print(layout, partitioner.name() + " 50k/100 with contiguity", p.quality(), Double.NaN);
            }
        }
    }

    private static int[] kmeans(PlanarPoints points, int k, int iterations) {
        List<DoublePoint> input = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            input.add(new DoublePoint(new double[] {points.x(i), points.y(i)}));
        }
        List<CentroidCluster<DoublePoint>> clusters = new KMeansPlusPlusClusterer<DoublePoint>(k, iterations,
                new EuclideanDistance(), new JDKRandomGenerator(7)).cluster(input);
        Map<DoublePoint, Integer> clusterOf = new IdentityHashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (DoublePoint p : clusters.get(c).getPoints()) {
                clusterOf.put(p, c);
            }
        }
        int[] a = new int[points.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = clusterOf.get(input.get(i));
        }
        return a;
    }

    private static void print(String layout, String what, PartitionQuality q, double cpuMillis) {
        System.out.printf(Locale.ROOT, "%-9s %-40s cpu=%7.0f ms  max/avg=%.4f min/avg=%.4f floor=%.4f excess=%.4f meanPP=%.4f "
                + "minPP=%.4f nonContiguous=%s%n", layout, what, cpuMillis, q.maxOverAverage(), q.minOverAverage(),
                q.floor(), q.excessOverFloor(), q.meanCompactness(), q.minCompactness(),
                q.nonContiguousGrids().isPresent() ? String.valueOf(q.nonContiguousGrids().getAsInt()) : "-");
    }
}
