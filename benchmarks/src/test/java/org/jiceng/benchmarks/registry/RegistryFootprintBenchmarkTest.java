package org.jiceng.benchmarks.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

class RegistryFootprintBenchmarkTest {

    /** JMH's summary of the footprint counter, for a run of {@code iterations} measured iterations. */
    private static double summaryBytesPerMember(int iterations) throws RunnerException {
        // JMH's machine-wide lock only guards timing; other builds' benchmark runs must not fail this test.
        System.setProperty("jmh.ignoreLock", "true");
        Options options = new OptionsBuilder()
                .include(RegistryFootprintBenchmark.class.getName() + ".jicengRegistry")
                .param("scale", "1")
                .forks(0) // in this JVM: Surefire's class path is not one a forked JMH JVM could use
                .warmupIterations(0)
                .measurementIterations(iterations)
                .shouldDoGC(false)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        RunResult result = results.iterator().next();
        return result.getSecondaryResults().get("registryBytesPerMember").getScore();
    }

    @Test
    void summaryFootprintDoesNotGrowWithTheNumberOfIterations() throws RunnerException {
        double two = summaryBytesPerMember(2);
        double three = summaryBytesPerMember(3);
        // In-process (G1) readings vary by ~15% between runs; before the fix JMH added the iterations'
        // readings up, so three iterations read 1.5 times two.
        assertThat(three / two).as("3 iterations %s vs 2 iterations %s bytes per member", three, two)
                .isBetween(0.8, 1.25);
        assertThat(two).as("registry bytes per member at scale 1").isBetween(10.0, 300.0);
    }
}
