package org.jiceng.core.registry;

import java.util.Objects;

/**
 * The outcome of {@link Registry#build(org.jiceng.core.model.Dataset)}: a registry (always usable;
 * dangling references are simply not linked) and the report of every integrity problem.
 *
 * @param registry the registry
 * @param report the integrity report, empty for a consistent dataset
 */
public record RegistryBuild(Registry registry, IntegrityReport report) {

    /**
     * Validates that both components are present.
     *
     * @param registry the registry
     * @param report the integrity report, empty for a consistent dataset
     */
    public RegistryBuild {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(report, "report");
    }
}
