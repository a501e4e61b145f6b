package org.jiceng.core.registry;

import java.util.Objects;

/**
 * Thrown by {@link Registry#buildStrict(org.jiceng.core.model.Dataset)} when a dataset has integrity
 * problems; carries the full report.
 */
public final class IntegrityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient IntegrityReport report;

    /**
     * @param report a report with at least one problem
     */
    public IntegrityException(IntegrityReport report) {
        super("Dataset is not consistent: " + Objects.requireNonNull(report, "report").summary(20));
        this.report = report;
    }

    /** @return every problem found */
    public IntegrityReport report() {
        return report;
    }
}
