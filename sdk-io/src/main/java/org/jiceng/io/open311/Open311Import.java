package org.jiceng.io.open311;

import java.util.List;
import java.util.Objects;
import org.jiceng.io.report.ImportReport;

/**
 * What an Open311 import produced: the accepted records, in document order, and the report.
 *
 * @param records accepted requests, services or cases
 * @param report read, accepted and rejected rows with every problem
 * @param <T> record type
 */
public record Open311Import<T>(List<T> records, ImportReport report) {

    /**
     * Copies the records.
     *
     * @param records accepted requests, services or cases
     * @param report read, accepted and rejected rows with every problem
     * @throws NullPointerException if {@code records}, a record or {@code report} is null
     */
    public Open311Import {
        records = List.copyOf(records);
        Objects.requireNonNull(report, "report");
    }
}
