package org.jiceng.io.spi;

import java.util.List;
import org.jiceng.io.report.RowError;

/**
 * Where a {@link FormatProvider} delivers what it reads, row by row. The importer's sink counts,
 * validates and reports; providers never count or validate themselves.
 */
public interface ReadSink {

    /**
     * A row that became a record.
     *
     * @param record the record (not yet Bean-validated)
     * @param row where it came from, and how fields map to the source's columns
     * @return false when reading should stop
     */
    boolean accept(Record record, SourceRow row);

    /**
     * A row that could not become a record.
     *
     * @param row where it came from
     * @param errors at least one problem
     * @return false when reading should stop
     */
    boolean reject(SourceRow row, List<RowError> errors);
}
