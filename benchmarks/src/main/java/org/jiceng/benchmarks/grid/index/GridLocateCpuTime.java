package org.jiceng.benchmarks.grid.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * Companion to {@link GridLocateBenchmark} for a shared, overloaded machine: runs the same six
 * implementations on the same coverage and queries but measures <em>thread CPU time</em>
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}), so time spent waiting for a core does not count
 * (cache interference from other processes still does). Reports the best of several rounds as
 * ns/lookup and lookups/s per core.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.jiceng.benchmarks.grid.index.GridLocateCpuTime [rounds]</pre>
 */
public final class GridLocateCpuTime {

    private GridLocateCpuTime() {
    }

    /**
     * @param args optional number of measured rounds (default 15)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%-26s %7s %12s %14s%n", "implementation", "grids", "ns/lookup", "lookups/s");
        for (int k : new int[] {100, 1_000, 10_000, 100_000}) {
            GridLocateBenchmark b = new GridLocateBenchmark();
            b.grids = k;
            b.setUp();
            report(mx, "cellCovering", k, b::cellCoveringBatch, GridLocateBenchmark.queryCount(), rounds);
            report(mx, "hilbertRtree", k, b::hilbertBatch, GridLocateBenchmark.queryCount(), rounds);
            report(mx, "h3Approximate", k, b::h3Batch, GridLocateBenchmark.queryCount(), rounds);
            report(mx, "jtsStrtreeIndexedLocator", k, b::jtsLocatorBatch, GridLocateBenchmark.queryCount(), rounds);
            int few = Math.max(GridLocateBenchmark.BATCH, GridLocateBenchmark.queryCount() * 100 / k / 16
                    / GridLocateBenchmark.BATCH * GridLocateBenchmark.BATCH);
            report(mx, "jtsStrtreeCovers", k, b::jtsCoversBatch, Math.min(few * 4, GridLocateBenchmark.queryCount()),
                    Math.max(3, rounds / 3));
            report(mx, "linearScan", k, b::linearBatch, few, Math.max(3, rounds / 3));
        }
    }

    private static void report(ThreadMXBean mx, String name, int k, IntUnaryOperator batch, int queries, int rounds) {
        long sink = 0;
        double best = Double.MAX_VALUE;
        for (int round = -2; round < rounds; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int s = 0; s < queries; s += GridLocateBenchmark.BATCH) {
                sink += batch.applyAsInt(s);
            }
            long t1 = mx.getCurrentThreadCpuTime();
            if (round >= 0) {
                best = Math.min(best, (t1 - t0) / (double) queries);
            }
        }
        System.out.printf(Locale.ROOT, "%-26s %7d %12.1f %14.0f   (hits %d)%n", name, k, best, 1e9 / best, sink);
    }
}
