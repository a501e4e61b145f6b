package com.example.jiceng.vendor;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.TableColumns;
import org.jiceng.io.spi.TableHeader;

/**
 * The vendor's legacy export format: pipe-separated text with a banner line naming the record kind.
 *
 * <pre>
 * #DYX1|persons
 * 编号|姓名|身份证号|...
 * P000001|张伟|530112********1234|...
 * </pre>
 *
 * A pipe or backslash inside a value is escaped with a backslash, a line break as {@code \n}. Columns
 * and value formats are the SDK's shared ones ({@link TableColumns} / {@link TableHeader}), so the
 * format only deals with bytes and the SDK with records, validation and masking.
 */
public final class PipeFormatProvider implements FormatProvider {

    /** The provider name. */
    public static final String NAME = "example-vendor-dyx";
    /** The banner every file starts with, followed by {@code |} and the record kind's key. */
    public static final String BANNER = "#DYX1";

    /** Used by {@link java.util.ServiceLoader}. */
    public PipeFormatProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("dyx");
    }

    @Override
    public void read(ImportSource source, ImportOptions options, ReadSink sink) {
        Charset charset = options.charset().orElse(StandardCharsets.UTF_8);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(source.open(), charset))) {
            String banner = in.readLine();
            if (banner == null || banner.isEmpty()) {
                return; // an empty file holds no records
            }
            banner = banner.startsWith("\uFEFF") ? banner.substring(1) : banner;
            SourceLocation bannerAt = SourceLocation.line(source.name(), 1, 0);
            if (!banner.startsWith(BANNER + "|")) {
                throw new ImportException(ImportException.Kind.MALFORMED, bannerAt,
                        "not a DYX file: the first line must be '" + BANNER + "|<kind>', was '" + clip(banner) + "'",
                        "不是 DYX 文件：第一行应为「" + BANNER + "|<类型>」，实为「" + clip(banner) + "」", null);
            }
            String kindKey = banner.substring(BANNER.length() + 1);
            RecordKind kind = options.kind().or(() -> RecordKind.fromName(kindKey)).orElseThrow(() ->
                    new ImportException(ImportException.Kind.UNMAPPABLE, bannerAt, "unknown record kind '" + kindKey
                            + "' in the banner", "标题行中的记录类型「" + kindKey + "」无法识别", null));
            String headerLine = in.readLine();
            if (headerLine == null) {
                throw new ImportException(ImportException.Kind.MALFORMED, SourceLocation.line(source.name(), 2, 0),
                        "the header line is missing", "缺少表头行", null);
            }
            List<String> headerCells = split(headerLine, SourceLocation.line(source.name(), 2, 0), options);
            TableHeader header = TableHeader.bind(kind, headerCells, options, SourceLocation.line(source.name(), 2, 0),
                    false);
            long line = 2;
            long row = 0;
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isEmpty()) {
                    continue;
                }
                row++;
                SourceLocation at = SourceLocation.line(source.name(), line, row);
                if (row > options.limits().maxRows()) {
                    throw new ImportException(ImportException.Kind.LIMIT_EXCEEDED, at, "more than "
                            + options.limits().maxRows() + " rows", "超过 " + options.limits().maxRows() + " 行", null);
                }
                List<String> cells = split(text, at, options);
                if (!header.emit(cells.toArray(String[]::new), cells.size(), at, sink)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.IO, SourceLocation.of(source.name()),
                    "cannot read: " + e.getMessage(), "无法读取：" + e.getMessage(), e);
        }
    }

    @Override
    public FormatWriter openWriter(OutputStream out, ExportOptions options) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(new NonClosing(out), options.charset()));
        return new FormatWriter() {
            private TableColumns columns;

            @Override
            public void write(Record record) throws IOException {
                RecordKind kind = RecordKind.of(record);
                if (columns == null) {
                    columns = TableColumns.of(kind, options, false);
                    writer.write(BANNER + "|" + kind.key() + "\n");
                    line(columns.headers().toArray(String[]::new));
                } else if (columns.kind() != kind) {
                    throw new IllegalArgumentException("A DYX file holds one record kind: this one holds "
                            + columns.kind().key() + ", cannot add a " + kind.key() + " record");
                }
                line(columns.cells(record));
            }

            private void line(String[] cells) throws IOException {
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) {
                        writer.write('|');
                    }
                    writer.write(escape(cells[i] == null ? "" : cells[i]));
                }
                writer.write('\n');
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }

    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '|' -> sb.append("\\|");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static List<String> split(String line, SourceLocation at, ImportOptions options) {
        if (line.length() > options.limits().maxRowChars()) {
            throw new ImportException(ImportException.Kind.LIMIT_EXCEEDED, at, "row longer than "
                    + options.limits().maxRowChars() + " characters", "行长度超过 " + options.limits().maxRowChars(), null);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                cell.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else if (c == '|') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        if (cells.size() > options.limits().maxFields()) {
            throw new ImportException(ImportException.Kind.LIMIT_EXCEEDED, at, cells.size() + " fields, more than "
                    + options.limits().maxFields(), "字段数 " + cells.size() + " 超过 " + options.limits().maxFields(), null);
        }
        return cells;
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** Lets the writer close its encoder without closing the caller's stream, as the SPI asks. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
