package org.jiceng.grid.partition;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Partitioner} tells the {@link GridPartitioning} pipeline about its assignments, so the
 * pipeline treats every algorithm through this record and never by its class.
 *
 * @param baseline when present, the partitioner's assignment is this baseline's assignment improved by
 *     moves that keep every load within the baseline's balance band. The pipeline then takes the balance
 *     band of the contiguity repair from the baseline's loads (so the refinement's balance guarantee is
 *     the one kept) and, when the refined grids are left in pieces, also repairs the baseline's
 *     assignment and refines it with moves that never split a grid, keeping the better candidate (see
 *     {@link GridPartitioning}). Empty: the assignment is repaired as it is, in the band of its own loads.
 */
public record PartitionerCapabilities(Optional<Partitioner> baseline) {

    /**
     * @param baseline the baseline, when the partitioner refines one
     * @throws NullPointerException if {@code baseline} is null
     */
    public PartitionerCapabilities {
        Objects.requireNonNull(baseline, "baseline");
    }

    /** @return no capability beyond the common pipeline */
    public static PartitionerCapabilities none() {
        return new PartitionerCapabilities(Optional.empty());
    }

    /**
     * @param baseline the partitioner whose assignment this one refines within its balance band
     * @return the capabilities of a refinement of {@code baseline}
     */
    public static PartitionerCapabilities refining(Partitioner baseline) {
        return new PartitionerCapabilities(Optional.of(baseline));
    }
}
