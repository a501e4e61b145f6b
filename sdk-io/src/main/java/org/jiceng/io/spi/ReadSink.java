package org.jiceng.io.spi;

import java.nio.charset.Charset;
import java.util.List;
import org.jiceng.io.report.ImportWarning;
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

    /**
     * A notice about the source as a whole, such as a column no field takes. Row-level warnings (a value
     * normalised) travel with the row instead: {@link SourceRow#warnings()}. The default ignores it, for
     * sinks that only collect records.
     *
     * @param warning the notice
     */
    default void warn(ImportWarning warning) {
    }

    /**
     * The text encoding a text format reads the source in. Called when it is chosen and again if it changes
     * while reading (detection may switch from UTF-8 to GB18030 after an ASCII start). The default ignores it.
     *
     * @param charset the charset
     */
    default void encoding(Charset charset) {
    }

    /**
     * Called after the sink asked to stop, by formats that can count what they leave unread: the number of
     * data rows after the last one read. The default ignores it.
     *
     * @param rows rows not read
     */
    default void notRead(long rows) {
    }
}
