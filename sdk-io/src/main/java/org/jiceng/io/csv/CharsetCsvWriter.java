package org.jiceng.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import org.jiceng.io.ExportOptions;

/**
 * The CSV writer for a charset other than UTF-8 (GB18030, GBK): rows are put into a char buffer that goes to
 * the charset's encoder in 64K chunks (one call per chunk, not one per cell); a character the charset cannot
 * write fails the export.
 */
final class CharsetCsvWriter extends CsvRowWriter {
    private static final int CHUNK = 64 * 1024;
    private final Writer writer;
    private final char delimiter;
    private final char[] buf = new char[CHUNK];
    private int n;

    CharsetCsvWriter(OutputStream out, ExportOptions options) {
        super(options);
        this.delimiter = options.delimiter();
        this.writer = new OutputStreamWriter(out, options.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * Starts the file with a byte-order mark (only ever asked for UTF-8).
     *
     * @throws IOException never, as the mark only goes into the buffer
     */
    void byteOrderMark() throws IOException {
        put('\uFEFF');
    }

    @Override
    void writeRow(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                put(delimiter);
            }
            writeCell(cells[i]);
        }
        put('\r');
        put('\n');
    }

    private void writeCell(String cell) throws IOException {
        if (!needsQuotes(cell, delimiter)) {
            put(cell, 0, cell.length());
            return;
        }
        put('"');
        int from = 0;
        int quote;
        while ((quote = cell.indexOf('"', from)) >= 0) {
            // Up to and with the quote, then the quote again.
            put(cell, from, quote + 1);
            put('"');
            from = quote + 1;
        }
        put(cell, from, cell.length());
        put('"');
    }

    private void put(char c) throws IOException {
        if (n == CHUNK) {
            drain();
        }
        buf[n++] = c;
    }

    private void put(String text, int from, int to) throws IOException {
        int len = to - from;
        if (n + len > CHUNK) {
            drain();
            if (len > CHUNK) {
                writer.write(text, from, len);
                return;
            }
        }
        text.getChars(from, to, buf, n);
        n += len;
    }

    private void drain() throws IOException {
        writer.write(buf, 0, n);
        n = 0;
    }

    @Override
    public void close() throws IOException {
        drain();
        writer.flush();
    }
}
