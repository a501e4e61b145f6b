package org.jiceng.grid.partition.internal;

import org.jiceng.grid.partition.PartitionSettings;
import org.jiceng.grid.partition.Partitioner;
import org.jiceng.grid.spi.PartitionerProvider;

/** Built-in provider {@code "rcb"}: the recursive bisection baseline. */
public final class RcbPartitionerProvider implements PartitionerProvider {

    @Override
    public String name() {
        return RcbPartitioner.NAME;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Partitioner create(PartitionSettings settings) {
        return new RcbPartitioner();
    }
}
