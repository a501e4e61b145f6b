package org.jiceng.testkit.grid.partition;

import java.util.Optional;
import org.jiceng.core.spi.Plugins;
import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.spi.PartitionerProvider;

class RefinedPartitionerCompatibilityTest extends PartitionerCompatibilityKit {

    @Override
    protected Optional<PartitionerProvider> provider() {
        return Optional.of(Plugins.forDefaultClassLoader().named(PartitionerProvider.class, "rcb-refined"));
    }

    @Override
    protected Partitioner partitioner() {
        return provider().orElseThrow().create();
    }

    @Override
    protected double balanceTolerance() {
        return 0.015;
    }
}
