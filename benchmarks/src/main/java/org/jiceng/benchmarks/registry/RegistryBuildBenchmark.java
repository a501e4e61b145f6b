package org.jiceng.benchmarks.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Membership;
import org.jiceng.core.registry.Registry;
import org.jiceng.core.registry.RegistryBuild;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Building a registry of the seed district at scale 10 (15,570 organisations, 223,050 members with
 * memberships) with the SDK's {@link Registry} and with the naive HashMap peer, in the same run; and
 * answering "members of an organisation on a date" for 1,024 organisations with both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RegistryBuildBenchmark {

    /** Multiple of the seed district. */
    @Param("10")
    public int scale;

    private Dataset dataset;
    private Registry registry;
    private NaiveRegistry naive;
    private String[] organizationIds;
    private final LocalDate day = LocalDate.of(2019, 1, 1);

    /** Generates the dataset and both registries for the lookup benchmarks. */
    @Setup(Level.Trial)
    public void setUp() {
        dataset = DistrictGenerator.generate(scale);
        RegistryBuild build = Registry.build(dataset);
        if (!build.report().isClean()) {
            throw new IllegalStateException("Generated district is not consistent: " + build.report());
        }
        registry = build.registry();
        naive = NaiveRegistry.build(dataset);
        if (!naive.problems.isEmpty()) {
            throw new IllegalStateException("Naive peer found problems: " + naive.problems.subList(0, 5));
        }
        List<org.jiceng.core.model.PartyOrganization> organizations = registry.organizations();
        organizationIds = new String[1024];
        for (int i = 0; i < organizationIds.length; i++) {
            organizationIds[i] = organizations.get((int) ((i * 2654435761L) % organizations.size())).id();
        }
    }

    /** @return the SDK registry with its report */
    @Benchmark
    public RegistryBuild buildJicengRegistry() {
        return Registry.build(dataset);
    }

    /** @return the naive peer */
    @Benchmark
    public NaiveRegistry buildNaiveHashMapPeer() {
        return NaiveRegistry.build(dataset);
    }

    /**
     * @param blackhole sink
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void membersOfJicengRegistry(Blackhole blackhole) {
        for (String id : organizationIds) {
            List<Membership> members = registry.membersOf(id, day);
            blackhole.consume(members.size() == 0 ? null : members.get(0));
        }
    }

    /**
     * @param blackhole sink
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void membersOfNaiveHashMapPeer(Blackhole blackhole) {
        for (String id : organizationIds) {
            List<Membership> members = naive.membersOf(id, day);
            blackhole.consume(members.size() == 0 ? null : members.get(0));
        }
    }
}
