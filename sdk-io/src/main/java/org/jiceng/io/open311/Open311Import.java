package org.jiceng.io.open311;

import java.util.List;
import java.util.Objects;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.RowError;

/**
 * What an Open311 import produced: the accepted records, in document order, the report, and warnings
 * about what the import interpreted or left out (a service code outside the catalogue read as a
 * generic situation, a member GeoReport v2 does not define, noted once per document), in the shape of
 * row errors whose constraint names the rule.
 *
 * @param records accepted requests, services or cases
 * @param report read, accepted and rejected rows with every problem
 * @param warnings notices about accepted rows, in document order
 * @param <T> record type
 */
public record Open311Import<T>(List<T> records, ImportReport report, List<RowError> warnings) {

    /**
     * Copies the records.
     *
     * @param records accepted requests, services or cases
     * @param report read, accepted and rejected rows with every problem
     * @param warnings notices about accepted rows
     * @throws NullPointerException if {@code records}, a record or {@code report} is null
     */
    public Open311Import {
        records = List.copyOf(records);
        Objects.requireNonNull(report, "report");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings must not be null"));
    }

    /**
     * An import without warnings.
     *
     * @param records accepted records
     * @param report the report
     */
    public Open311Import(List<T> records, ImportReport report) {
        this(records, report, List.of());
    }
}
