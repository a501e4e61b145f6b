package org.jiceng.grid.partition.internal;

import java.util.Objects;
import org.jiceng.grid.partition.PartitionSettings;
import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.spi.PartitionerProvider;

/** Built-in provider {@code "rcb-refined"}: recursive bisection plus balanced refinement (the default). */
public final class RefinedPartitionerProvider implements PartitionerProvider {

    @Override
    public String name() {
        return RefinedPartitioner.NAME;
    }

    @Override
    public Partitioner create(PartitionSettings settings) {
        return new RefinedPartitioner(Objects.requireNonNull(settings, "settings"));
    }
}
