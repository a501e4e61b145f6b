package org.jiceng.io.csv;

import java.io.IOException;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.TableColumns;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of one kind as CSV; the header is written with the first record. Subclasses put the cells
 * of a row into the output (RFC 4180 quoting, CRLF line ends); see {@link CsvFormat} for the rules.
 */
abstract class CsvRowWriter implements FormatWriter {

    /** The export's options. */
    final ExportOptions options;
    private @Nullable TableColumns columns;
    private TableColumns.@Nullable Rows rows;

    CsvRowWriter(ExportOptions options) {
        this.options = options;
    }

    @Override
    public final void write(Record record) throws IOException {
        TableColumns cols = columns;
        TableColumns.Rows made = rows;
        if (cols == null || made == null) {
            cols = TableColumns.of(record, options, true);
            made = cols.rows();
            columns = cols;
            rows = made;
            writeRow(cols.headers().toArray(String[]::new));
        } else if (!cols.recordType().isInstance(record)) {
            throw new IllegalArgumentException("A CSV file holds one record kind: this one holds "
                    + cols.key() + ", cannot add " + TableColumns.of(record, options, true).key());
        }
        writeRow(made.cells(record));
    }

    /**
     * Writes one row and its line end.
     *
     * @param cells the cells, unquoted
     * @throws IOException when writing fails or a cell is not text the charset can write
     */
    abstract void writeRow(String[] cells) throws IOException;

    /**
     * Whether a cell is written in quotes: when it holds the delimiter, a quote or a line break, or starts or
     * ends with white space (which readers would otherwise trim).
     *
     * @param cell the cell
     * @param delimiter the delimiter
     * @return true when the cell is quoted
     */
    static boolean needsQuotes(String cell, char delimiter) {
        int len = cell.length();
        if (len == 0) {
            return false;
        }
        return Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(len - 1))
                || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                || cell.indexOf(delimiter) >= 0;
    }
}
