package org.jiceng.benchmarks.scoring;

import java.util.Locale;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;

/**
 * Companion to the JMH benchmarks for a shared, overloaded machine: measures the CPU time of the
 * scoring thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}) rather than wall time, so that the
 * "events per second per core" figure is not diluted by other processes queueing for the same cores.
 * Same workload, same peers, same run. Each variant warms up for at least 3 s of CPU time first.
 *
 * <pre>java -Xms3g -Xmx3g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar org.jiceng.benchmarks.scoring.ScoringCpuTime 10000 7</pre>
 */
public final class ScoringCpuTime {

    private ScoringCpuTime() {
    }

    /**
     * @param args subjects (default 10000), repetitions (default 7)
     */
    public static void main(String[] args) {
        int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<Event> events = MemberWorkload.generate(ScoringBenchmark.EVENTS, subjects, 42);
        List<Event> slice = MemberWorkload.generate(EasyRulesBenchmark.EVENTS, 10_000, 42);
        ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn(MemberWorkload.RULE_SET));
        EasyRulesScoring easy = new EasyRulesScoring();
        System.out.println("subjects=" + subjects + " events=" + events.size() + " reps=" + reps
                + " (median CPU time of the scoring thread after >= 3 s CPU warm-up; events per CPU-second)");
        report("engine totals-only, 1M", events.size(), reps,
                () -> engine.score(events, MemberWorkload.AS_OF, ScoringOptions.TOTALS_ONLY));
        report("engine with lines,  1M", events.size(), reps,
                () -> engine.score(events, MemberWorkload.AS_OF, ScoringOptions.DEFAULT));
        report("hand loop,          1M", events.size(), reps, () -> HandLoop.totals(events, MemberWorkload.AS_OF));
        report("engine totals-only, 100k slice", slice.size(), reps,
                () -> engine.score(slice, MemberWorkload.AS_OF, ScoringOptions.TOTALS_ONLY));
        report("hand loop,          100k slice", slice.size(), reps, () -> HandLoop.totals(slice, MemberWorkload.AS_OF));
        report("Easy Rules 4.1.0,   100k slice", slice.size(), reps, () -> easy.totals(slice, MemberWorkload.AS_OF));
    }

    private static void report(String name, int events, int reps, Supplier<Object> run) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[reps];
        Object sink = null;
        // Warm up for at least 3 s of CPU time and 5 calls, so the measured calls run C2-compiled code.
        long warmStart = mx.getCurrentThreadCpuTime();
        for (int w = 0; w < 5 || mx.getCurrentThreadCpuTime() - warmStart < 3_000_000_000L; w++) {
            sink = run.get();
        }
        for (int r = 0; r < reps; r++) {
            long start = mx.getCurrentThreadCpuTime();
            sink = run.get();
            cpu[r] = mx.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(cpu);
        long median = cpu[reps / 2];
        System.out.printf(Locale.ROOT, "%-32s median %8.1f ms CPU  (min %8.1f, max %8.1f)  %,12.0f events/CPU-s  [%d]%n", name,
                median / 1e6, cpu[0] / 1e6, cpu[reps - 1] / 1e6, events / (median / 1e9), System.identityHashCode(sink) & 1);
    }
}
