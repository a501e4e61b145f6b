package org.jiceng.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.spi.HeaderSearch;
import org.jiceng.io.internal.CellRules;
import org.jiceng.io.internal.TextDecoding;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.TableColumns;
import org.jiceng.io.spi.TableHeader;
import org.jspecify.annotations.Nullable;

/**
 * CSV ({@code csv}): one record kind per file, a header row in Chinese or English, UTF-8 (with or
 * without BOM) or GB18030/GBK detected over the whole file or declared (the report records which; bytes
 * valid in neither fail with their offset), RFC 4180 quoting. Blank lines are skipped and not
 * counted as rows. The record kind comes from {@link ImportOptions#kind()}, else the file name
 * ({@code persons.csv}, {@code 人员.csv}), else the header. Title lines above the header are skipped: the
 * header is the first of the first ten non-blank lines that holds every required column. Columns no field
 * takes are reported once ({@link TableHeader#reportColumns}); when the import stops at the error cap, the
 * rest of the file is read without importing to report how many rows were left unread.
 *
 * <p>Export writes CRLF line ends, quotes fields that need it, writes a UTF-8 BOM by default (Excel
 * needs it to show Chinese) and defuses formula injection (see {@link org.jiceng.io.spi.SpreadsheetText}).
 */
public final class CsvFormat implements FormatProvider {

    /** The format name. */
    public static final String NAME = "csv";

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public CsvFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv");
    }

    @Override
    public void read(ImportSource source, ImportOptions options, ReadSink sink) {
        String name = source.name();
        CsvParser parser = null;
        TextDecoding.Decoded text = null;
        try (InputStream in = source.open()) {
            text = TextDecoding.open(in, options.charset().orElse(null));
            sink.encoding(text.charset());
            if (text.ambiguous()) {
                sink.warn(org.jiceng.io.report.ImportWarning.ambiguousEncoding(name));
            }
            parser = new CsvParser(text.reader(), options.delimiter(), options.limits(), name);
            Optional<RecordKind> kind = options.kind().or(() -> RecordKind.fromName(source.stem()));
            HeaderSearch search = new HeaderSearch(kind.orElse(null), source.stem(), options, true);
            TableHeader header = null;
            int n;
            while (header == null && (n = parser.next()) >= 0) {
                if (!blank(parser.fields(), n)) {
                    header = search.offer(parser.fields(), n, SourceLocation.line(name, parser.recordLine(), 0))
                            .orElse(null);
                }
            }
            search.finish(header != null);
            if (header == null) {
                return;
            }
            header.reportColumns(sink, SourceLocation.line(name, parser.recordLine(), 0));
            long row = 0;
            while ((n = parser.next()) >= 0) {
                if (blank(parser.fields(), n)) {
                    continue;
                }
                row++;
                if (!header.emit(parser.fields(), n, name, parser.recordLine(), row, sink)) {
                    sink.notRead(countRest(parser));
                    break;
                }
            }
            sink.encoding(text.charset());
        } catch (IOException e) {
            throw readFailure(name, parser, options, e);
        }
    }

    /**
     * What a failed read of CSV text becomes: bytes no charset decodes (with the line they stop at), bytes
     * the declared or detected charset cannot decode, or an I/O error.
     *
     * @param name the source's name
     * @param parser the parser, when reading had got that far
     * @param options the import's options (whether the charset was declared)
     * @param e the failure
     * @return the exception to throw
     */
    static ImportException readFailure(String name, @Nullable CsvParser parser, ImportOptions options,
            IOException e) {
        if (e instanceof TextDecoding.Undecodable undecodable) {
            if (parser == null) {
                return new ImportException(ImportException.Kind.MALFORMED, SourceLocation.of(name),
                        undecodable.getMessage(), undecodable.messageZh(), e);
            }
            long line = parser.line();
            return new ImportException(ImportException.Kind.MALFORMED, SourceLocation.line(name, line, 0),
                    undecodable.getMessage() + " (line " + line + ")", undecodable.messageZh() + "（第 " + line + " 行）",
                    e);
        }
        if (e instanceof CharacterCodingException) {
            long line = parser == null ? 0 : parser.recordLine();
            return new ImportException(ImportException.Kind.MALFORMED, SourceLocation.line(name, line, 0),
                    "bytes are not valid text in the " + (options.charset().isPresent() ? "declared" : "detected")
                            + " charset near this line; declare the right charset with ImportOptions.withCharset",
                    "该行附近的字节不是有效的文本编码，请用 ImportOptions.withCharset 指定正确的字符集", e);
        }
        return new ImportException(ImportException.Kind.IO, SourceLocation.of(name),
                "cannot read: " + e.getMessage(), "无法读取：" + e.getMessage(), e);
    }

    /** Reads on without importing, to say how many data rows a stopped import left unread. */
    private static long countRest(CsvParser parser) throws IOException {
        long rest = 0;
        int n;
        while ((n = parser.next()) >= 0) {
            if (!blank(parser.fields(), n)) {
                rest++;
            }
        }
        return rest;
    }

    private static boolean blank(String[] fields, int n) {
        for (int i = 0; i < n; i++) {
            String field = fields[i];
            // A first character that is no white space decides it (nearly every row) without isBlank's lookup.
            if (!field.isEmpty() && !CellRules.mayBeWhiteSpace(field.charAt(0)) || !field.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public FormatWriter openWriter(OutputStream out, ExportOptions options) throws IOException {
        return new CsvWriter(out, options);
    }

    /**
     * Streams rows of one kind; the header is written with the first record. Rows are put into a char buffer
     * that goes to the encoder in 64K chunks (one call per chunk, not one per cell).
     */
    private static final class CsvWriter implements FormatWriter {
        private static final int CHUNK = 64 * 1024;
        private final Writer writer;
        private final ExportOptions options;
        private final char delimiter;
        private final char[] buf = new char[CHUNK];
        private int n;
        private @Nullable TableColumns columns;

        CsvWriter(OutputStream out, ExportOptions options) throws IOException {
            this.options = options;
            this.delimiter = options.delimiter();
            this.writer = new OutputStreamWriter(out, options.charset().newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            if (options.byteOrderMark() && options.charset().equals(StandardCharsets.UTF_8)) {
                put('\uFEFF');
            }
        }

        @Override
        public void write(Record record) throws IOException {
            TableColumns cols = columns;
            if (cols == null) {
                cols = TableColumns.of(record, options, true);
                columns = cols;
                writeRow(cols.headers().toArray(String[]::new));
            } else if (!cols.recordType().isInstance(record)) {
                throw new IllegalArgumentException("A CSV file holds one record kind: this one holds "
                        + cols.key() + ", cannot add " + TableColumns.of(record, options, true).key());
            }
            writeRow(cols.cells(record));
        }

        private void writeRow(String[] cells) throws IOException {
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
            if (!needsQuotes(cell)) {
                put(cell);
                return;
            }
            put('"');
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '"') {
                    put('"');
                }
                put(c);
            }
            put('"');
        }

        private boolean needsQuotes(String cell) {
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

        private void put(char c) throws IOException {
            if (n == CHUNK) {
                drain();
            }
            buf[n++] = c;
        }

        private void put(String text) throws IOException {
            int len = text.length();
            if (n + len > CHUNK) {
                drain();
                if (len > CHUNK) {
                    writer.write(text);
                    return;
                }
            }
            text.getChars(0, len, buf, n);
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
}
