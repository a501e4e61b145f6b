package org.jiceng.io.report;

import java.util.Objects;
import org.jiceng.core.model.Dataset;

/**
 * The accepted records of an import, gathered into a {@link Dataset}, with the report.
 *
 * @param dataset the accepted records
 * @param report what was read, accepted and rejected
 */
public record ImportResult(Dataset dataset, ImportReport report) {

    /**
     * Validates the components.
     *
     * @param dataset the accepted records
     * @param report what was read, accepted and rejected
     * @throws NullPointerException if {@code dataset} or {@code report} is null
     */
    public ImportResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
    }
}
