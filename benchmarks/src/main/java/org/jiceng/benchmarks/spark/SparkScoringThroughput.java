package org.jiceng.benchmarks.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.jiceng.spark.SparkEvents;
import org.jiceng.spark.SparkScoring;
import org.jiceng.spark.SyntheticEvents;

/**
 * Events per second of {@link SparkScoring} in {@code local[2]} against the single-machine
 * {@link ScoringEngine} on the same synthetic workload ({@link SyntheticEvents}, one member per 40
 * events). Spark reads the events from Parquet (written first, untimed) and writes the scorecards to
 * Spark's {@code noop} sink; the engine scores the events from a list in memory (built first,
 * untimed), totals only, sequentially and on both cores. Each is timed by wall clock and by the
 * process's CPU time (all threads, GC included), since the machine is shared: the CPU rate is the
 * basis for cluster projections. Not part of {@code mvn verify}; run with {@code benchmarks/spark-scoring}.
 *
 * <pre>benchmarks/spark-scoring [events, default 10000000] [shuffle partitions, default 8] [single-machine limit]</pre>
 */
public final class SparkScoringThroughput {

    private SparkScoringThroughput() {
    }

    /**
     * @param args events, shuffle partitions, and the largest event count the single-machine side
     *     runs on (it holds every event in memory; default: the event count)
     * @throws IOException when the temporary directory cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long singleLimit = args.length > 2 ? Long.parseLong(args[2]) : n;
        SyntheticEvents workload = new SyntheticEvents(n, (int) Math.max(1, n / 40), 42);
        RuleSet pack = RuleSets.builtIn(SyntheticEvents.RULE_SET);
        Path dir = Files.createTempDirectory("jiceng-spark-bench");
        try {
            if (n <= singleLimit) {
                single(workload, pack);
            }
            spark(workload, pack, dir, partitions);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void single(SyntheticEvents workload, RuleSet pack) {
        List<Event> events = workload.list();
        ScoringEngine engine = ScoringEngine.compile(pack);
        for (ScoringOptions options : List.of(ScoringOptions.TOTALS_ONLY, ScoringOptions.TOTALS_ONLY.inParallel())) {
            for (int round = 1; round <= 2; round++) {
                long wall = System.nanoTime();
                long cpu = cpuNanos();
                Scorecards cards = engine.score(events, SyntheticEvents.AS_OF, options);
                report("engine " + (options.parallel() ? "parallel" : "sequential") + " round " + round, events.size(),
                        System.nanoTime() - wall, cpuNanos() - cpu, cards.bySubject().size());
            }
        }
    }

    private static void spark(SyntheticEvents workload, RuleSet pack, Path dir, int partitions) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("jiceng-spark-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(partitions))
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            String events = dir.resolve("events").toString();
            long t0 = System.nanoTime();
            workload.dataset(spark, partitions).write().parquet(events);
            System.out.printf(Locale.ROOT, "wrote %,d events to Parquet in %.1f s (untimed)%n", workload.events(),
                    (System.nanoTime() - t0) / 1e9);
            for (int round = 1; round <= 2; round++) {
                long wall = System.nanoTime();
                long cpu = cpuNanos();
                SparkScoring.score(SparkEvents.readParquet(spark, events), pack, SyntheticEvents.AS_OF)
                        .write().format("noop").mode("overwrite").save();
                // The noop sink counts nothing, and a count would be a third pass: subjects are not reported.
                report("spark local[2] round " + round, workload.events(), System.nanoTime() - wall, cpuNanos() - cpu, -1);
            }
        } finally {
            spark.stop();
        }
    }

    private static long cpuNanos() {
        // Standard API (forbiddenapis rejects com.sun.management): the process's CPU time, all threads.
        return ProcessHandle.current().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("This platform does not report the process's CPU time"))
                .toNanos();
    }

    private static void report(String what, long events, long wallNanos, long cpuNanos, long subjects) {
        System.out.printf(Locale.ROOT, "%-30s %,12d events %9s subjects  wall %8.2f s %,12.0f ev/s   cpu %8.2f s %,12.0f ev/cpu-s%n",
                what, events, subjects < 0 ? "-" : String.format(Locale.ROOT, "%,d", subjects), wallNanos / 1e9, events / (wallNanos / 1e9), cpuNanos / 1e9,
                events / (cpuNanos / 1e9));
    }
}
