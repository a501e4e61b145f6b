package org.jiceng.io.mapping;

import java.util.List;
import java.util.Objects;
import org.jiceng.io.report.ImportReport;

/**
 * The rows an import through a {@link TableMapping} accepted, with the report on every row read.
 *
 * @param rows the accepted rows, in source order
 * @param report rows read, accepted and rejected, each rejection with its row, column, value and rule
 * @param <T> the mapped type: a record or a class with a public no-argument constructor
 */
public record MappedImport<T>(List<T> rows, ImportReport report) {

    /**
     * Copies the rows.
     *
     * @param rows the accepted rows
     * @param report the report
     */
    public MappedImport {
        rows = List.copyOf(rows);
        Objects.requireNonNull(report, "report");
    }
}
