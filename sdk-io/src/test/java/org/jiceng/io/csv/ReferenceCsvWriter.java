package org.jiceng.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.spi.TableColumns;

/**
 * The CSV writer as it was before it wrote UTF-8 bytes itself, kept as the reference its output is compared
 * with: the cells of {@link TableColumns#cells} (no value formatted once for many rows), quoting decided char by
 * char, every char through an {@link OutputStreamWriter} that reports malformed and unmappable input.
 */
final class ReferenceCsvWriter {

    private ReferenceCsvWriter() {
    }

    /**
     * @param records records of one kind, at least one
     * @param options the export's options
     * @param out where the bytes go
     * @throws IOException as the encoder reports a cell it cannot write
     */
    static void write(List<? extends Record> records, ExportOptions options, OutputStream out) throws IOException {
        char delimiter = options.delimiter();
        Writer writer = new OutputStreamWriter(out, options.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        if (options.byteOrderMark() && options.charset().equals(StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
        }
        TableColumns columns = TableColumns.of(records.get(0), options, true);
        writeRow(writer, columns.headers().toArray(String[]::new), delimiter);
        for (Record r : records) {
            writeRow(writer, columns.cells(r), delimiter);
        }
        writer.flush();
    }

    private static void writeRow(Writer w, String[] cells, char delimiter) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(delimiter);
            }
            String cell = cells[i];
            if (!needsQuotes(cell, delimiter)) {
                w.write(cell);
                continue;
            }
            w.write('"');
            for (int k = 0; k < cell.length(); k++) {
                char c = cell.charAt(k);
                if (c == '"') {
                    w.write('"');
                }
                w.write(c);
            }
            w.write('"');
        }
        w.write('\r');
        w.write('\n');
    }

    private static boolean needsQuotes(String cell, char delimiter) {
        int len = cell.length();
        if (len == 0) {
            return false;
        }
        if (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(len - 1))) {
            return true;
        }
        for (int i = 0; i < len; i++) {
            char c = cell.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
