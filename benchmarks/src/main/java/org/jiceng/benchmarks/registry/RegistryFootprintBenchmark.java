package org.jiceng.benchmarks.registry;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.registry.Registry;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Retained heap of a registry per member, measured as the GC-forced heap delta around building it
 * while the dataset is already live (so only the registry's own indexes count), for the SDK's
 * {@link Registry} and the naive HashMap peer. Each iteration is one build; the counters
 * {@code registryBytesPerMember} and {@code datasetBytesPerMember} (the records themselves, for
 * context) are secondary results. Serial GC makes {@code System.gc()} a full, compacting collection.
 *
 * <p>JMH adds {@link AuxCounters} up over the measured iterations in its summary (and in its JSON),
 * so the summary of a 2-iteration run read twice the bytes of a 5-iteration run's share, and quick
 * mode reported 175.4 instead of 87.7. Each iteration therefore reports its reading divided by the
 * number of measured iterations: the summary is the mean reading whatever the iteration count, and
 * each iteration's full reading is printed on its own line ({@code footprint: ...}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class RegistryFootprintBenchmark {

    /** Multiple of the seed district. */
    @Param("10")
    public int scale;

    private Dataset dataset;
    private long datasetBytes;
    private int members;

    /** Heap deltas of the current iteration, reported by JMH as secondary results. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Footprint {
        /** Registry bytes retained per member. */
        public double registryBytesPerMember;
        /** Dataset bytes per member, for context. */
        public double datasetBytesPerMember;
    }

    /** Measured iterations of this run: each iteration reports 1/n of its reading (see the class doc). */
    private int measuredIterations;

    /**
     * Generates the dataset and measures its own footprint.
     *
     * @param params the run's settings (for the number of measured iterations)
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        measuredIterations = Math.max(1, params.getMeasurement().getCount());
        long before = usedAfterGc();
        dataset = DistrictGenerator.generate(scale);
        baseline = usedAfterGc();
        datasetBytes = baseline - before;
        members = dataset.partyMembers().size();
    }

    /** The registry built by the current iteration, held while the heap is measured. */
    private Object kept;
    private long baseline;

    /** Drops the iteration's registry; the baseline is the heap right after generating the dataset. */
    @TearDown(Level.Iteration)
    public void dropRegistry() {
        kept = null;
    }

    /**
     * @param footprint counters
     */
    @Benchmark
    public void jicengRegistry(Footprint footprint) {
        kept = Registry.build(dataset).registry();
        record(footprint, usedAfterGc() - baseline);
    }

    /**
     * @param footprint counters
     */
    @Benchmark
    public void naiveHashMapPeer(Footprint footprint) {
        kept = NaiveRegistry.build(dataset);
        record(footprint, usedAfterGc() - baseline);
    }

    private void record(Footprint footprint, long bytes) {
        double registry = (double) bytes / members;
        double data = (double) datasetBytes / members;
        System.out.printf(Locale.ROOT, "footprint: registry %.2f, dataset %.2f bytes per member%n", registry, data);
        footprint.registryBytesPerMember = registry / measuredIterations;
        footprint.datasetBytesPerMember = data / measuredIterations;
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // The least used heap over several full collections. Stopping at the first collection that did
        // not shrink the heap (as this did before) sometimes stopped before the previous iteration's
        // registry was gone, so every second iteration read double.
        for (int round = 0; round < GC_ROUNDS; round++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Full collections per heap reading. */
    private static final int GC_ROUNDS = 5;
}
