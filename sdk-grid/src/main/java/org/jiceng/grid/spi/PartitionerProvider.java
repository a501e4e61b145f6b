package org.jiceng.grid.spi;

import org.jiceng.core.spi.Provider;
import org.jiceng.core.spi.SpiArtifact;
import org.jiceng.grid.partition.PartitionSettings;
import org.jiceng.grid.partition.Partitioner;

/**
 * Plugin contract for partitioning algorithms, loaded through {@link org.jiceng.core.spi.Plugins}.
 * Built-in names: {@code "rcb"} (weighted recursive coordinate bisection, the baseline) and
 * {@code "rcb-refined"} (the baseline plus balanced boundary moves; the default).
 *
 * <p>Register implementations in {@code META-INF/services/org.jiceng.grid.spi.PartitionerProvider}
 * and test them with {@code org.jiceng.testkit.grid.partition.PartitionerCompatibilityKit}.
 */
@SpiArtifact("org.jiceng:jiceng-sdk-grid")
public interface PartitionerProvider extends Provider {

    /**
     * @param settings validated tuning; algorithms ignore what does not apply to them
     * @return a new partitioner whose {@link Partitioner#name()} equals {@link #name()}
     */
    Partitioner create(PartitionSettings settings);

    /** @return a partitioner with {@link PartitionSettings#defaults()} */
    default Partitioner create() {
        return create(PartitionSettings.defaults());
    }
}
