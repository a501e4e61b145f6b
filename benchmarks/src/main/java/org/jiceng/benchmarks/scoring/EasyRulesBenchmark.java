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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 100k-event slice (10k members) of the member workload: Easy Rules 4.1.0 and Drools 10.2 against
 * the engine and the hand loop on the same slice, in events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
public class EasyRulesBenchmark {

    /** Events per invocation. */
    public static final int EVENTS = 100_000;

    private List<Event> events;
    private ScoringEngine engine;
    private EasyRulesScoring easyRules;
    private DroolsScoring drools;

    /** Generates the slice and builds both rule engines once. */
    @Setup(Level.Trial)
    public void setUp() {
        events = MemberWorkload.generate(EVENTS, 10_000, 42);
        engine = ScoringEngine.compile(RuleSets.builtIn(MemberWorkload.RULE_SET));
        easyRules = new EasyRulesScoring();
        drools = new DroolsScoring();
    }

    /** @return Easy Rules totals */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Map<String, Long> easyRules() {
        return easyRules.totals(events, MemberWorkload.AS_OF);
    }

    /** @return Drools totals on the same slice */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Map<String, Long> drools() {
        return drools.totals(events, MemberWorkload.AS_OF);
    }

    /** @return engine totals on the same slice */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Scorecards engineTotalsOnly() {
        return engine.score(events, MemberWorkload.AS_OF, ScoringOptions.TOTALS_ONLY);
    }

    /** @return hand-loop totals on the same slice */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Map<String, Long> handLoop() {
        return HandLoop.totals(events, MemberWorkload.AS_OF);
    }
}
