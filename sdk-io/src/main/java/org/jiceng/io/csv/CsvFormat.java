package org.jiceng.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
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
        boolean mark = options.byteOrderMark() && options.charset().equals(StandardCharsets.UTF_8);
        if (Utf8CsvWriter.writes(options)) {
            Utf8CsvWriter writer = new Utf8CsvWriter(out, options);
            if (mark) {
                writer.byteOrderMark();
            }
            return writer;
        }
        CharsetCsvWriter writer = new CharsetCsvWriter(out, options);
        if (mark) {
            writer.byteOrderMark();
        }
        return writer;
    }
}
