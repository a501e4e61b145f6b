package org.jiceng.benchmarks.cases.anticipate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Companion to {@link AnticipationBenchmark} for a shared, overloaded machine: runs the same three
 * methods on the same year but measures <em>thread CPU time</em>
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}), so time spent waiting for a core does not count.
 * Reports the best and the median of several rounds in milliseconds per detection on one core (garbage
 * collection runs on other threads and is not counted).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.jiceng.benchmarks.cases.anticipate.AnticipationCpuTime [rounds]</pre>
 */
public final class AnticipationCpuTime {

    private AnticipationCpuTime() {
    }

    /**
     * @param args optional number of measured rounds (default 20)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        AnticipationBenchmark b = new AnticipationBenchmark();
        b.setUp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%-20s %10s %10s%n", "method", "best ms", "median ms");
        report(mx, "sdkFromRecords", b::sdkFromRecords, rounds);
        report(mx, "sdkFromSignals", b::sdkFromSignals, rounds);
        report(mx, "naivePerGridRescan", b::naivePerGridRescan, Math.max(3, rounds / 4));
    }

    private static void report(ThreadMXBean mx, String name, Supplier<?> run, int rounds) {
        double[] ms = new double[rounds];
        int sink = 0;
        for (int round = -5; round < rounds; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            sink += System.identityHashCode(run.get()) & 1;
            long t1 = mx.getCurrentThreadCpuTime();
            if (round >= 0) {
                ms[round] = (t1 - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-20s %10.1f %10.1f%s%n", name, ms[0], ms[rounds / 2], sink < 0 ? "!" : "");
    }
}
