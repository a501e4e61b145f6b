package org.jiceng.benchmarks.scoring;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 1M member events scored with the built-in {@code party-member-points} pack: the engine (totals
 * only, and with explained lines) against the hand-written loop, all in one run. Scores are events
 * per second (each invocation scores {@value #EVENTS} events). Easy Rules runs on a slice in
 * {@link EasyRulesBenchmark} because it is too slow for 1M events per invocation. The forks use the
 * throughput collector (ParallelGC) for every variant alike: this is a batch job.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC"})
public class ScoringBenchmark {

    /** Events per invocation. */
    public static final int EVENTS = 1_000_000;

    /** Members the events are spread over. */
    @Param({"10000", "100000"})
    public int subjects;

    private List<Event> events;
    private ScoringEngine engine;

    /** Generates the workload and compiles the pack once. */
    @Setup(Level.Trial)
    public void setUp() {
        events = MemberWorkload.generate(EVENTS, subjects, 42);
        engine = ScoringEngine.compile(RuleSets.builtIn(MemberWorkload.RULE_SET));
    }

    /** @return engine result, totals only (no score lines) */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Scorecards engineTotalsOnly() {
        return engine.score(events, MemberWorkload.AS_OF, ScoringOptions.TOTALS_ONLY);
    }

    /** @return engine result with every explained score line */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Scorecards engineWithLines() {
        return engine.score(events, MemberWorkload.AS_OF, ScoringOptions.DEFAULT);
    }

    /** @return hand-written loop totals */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Map<String, Long> handLoop() {
        return HandLoop.totals(events, MemberWorkload.AS_OF);
    }
}
