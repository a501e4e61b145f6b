package org.jiceng.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.jiceng.io.ImportException;
import org.jiceng.io.IoLimits;
import org.jiceng.io.report.SourceLocation;

/**
 * A streaming RFC 4180 CSV parser: quoted fields, doubled quotes ({@code ""}) inside them, embedded
 * CR/LF line breaks, and CRLF, LF or CR line ends. It reads one record at a time into a reused field
 * array, so memory is bounded by the longest row, never by the file, and that row is bounded by
 * {@link IoLimits#maxRowChars()}, {@link IoLimits#maxFields()} and {@link IoLimits#maxCellChars()}.
 *
 * <p>Lenient where real files are sloppy: a quote inside an unquoted field is kept as a character, and
 * text after a closing quote is appended to the field. An unterminated quoted field is an error.
 *
 * <p>Fields that lie inside the read buffer become strings straight from it (one copy); only fields
 * that span buffers or contain escaped quotes go through a builder. Not thread-safe.
 */
public final class CsvParser implements Closeable {

    private static final int BUFFER = 64 * 1024;

    private final Reader in;
    private final char delimiter;
    private final IoLimits limits;
    private final String source;
    private final char[] buf = new char[BUFFER];
    private final StringBuilder builder = new StringBuilder();
    private int pos;
    private int limit;
    private boolean eof;
    private long consumedBefore;
    private long recordStart;
    private long line = 1;
    private long recordLine;
    private String[] fields = new String[16];
    private int count;

    /**
     * @param in the characters (the parser closes it on {@link #close()})
     * @param delimiter field delimiter, usually {@code ','}
     * @param limits row, field and cell limits
     * @param source source name for error locations
     */
    public CsvParser(Reader in, char delimiter, IoLimits limits, String source) {
        this.in = in;
        this.delimiter = delimiter;
        this.limits = limits;
        this.source = source;
    }

    /**
     * Reads the next record.
     *
     * @return the number of fields (at least 1; an empty line gives one empty field), or -1 at the end
     * @throws IOException when reading or decoding fails
     * @throws ImportException ({@code LIMIT_EXCEEDED} or {@code MALFORMED}) for an over-long row, too many
     *     fields, an over-long cell or an unterminated quoted field
     */
    public int next() throws IOException {
        count = 0;
        if (!ensure()) {
            return -1;
        }
        recordLine = line;
        recordStart = consumedBefore + pos;
        while (true) {
            String field = buf[pos] == '"' ? readQuoted() : readUnquoted();
            add(field);
            checkRowLength();
            if (!ensure()) {
                return count;
            }
            char c = buf[pos++];
            if (c == delimiter) {
                if (!ensure()) {
                    add("");
                    return count;
                }
                continue;
            }
            line++;
            if (c == '\r' && ensure() && buf[pos] == '\n') {
                pos++;
            }
            return count;
        }
    }

    /** @return the fields of the last record; only the first {@link #next()} entries are valid */
    public String[] fields() {
        return fields;
    }

    /** @return the number of fields of the last record */
    public int count() {
        return count;
    }

    /** @return the 1-based line the parser has reached (where a decoding failure while reading lies) */
    public long line() {
        return line;
    }

    /** @return the 1-based line where the last record started */
    public long recordLine() {
        return recordLine;
    }

    private String readUnquoted() throws IOException {
        int start = pos;
        boolean spans = false;
        while (true) {
            while (pos < limit) {
                char c = buf[pos];
                if (c == delimiter || c == '\n' || c == '\r') {
                    if (!spans) {
                        checkCell(pos - start);
                        return pos == start ? "" : new String(buf, start, pos - start);
                    }
                    builder.append(buf, start, pos - start);
                    checkCell(builder.length());
                    return builder.toString();
                }
                pos++;
            }
            if (!spans) {
                builder.setLength(0);
                spans = true;
            }
            builder.append(buf, start, pos - start);
            checkCell(builder.length());
            if (!refill()) {
                return builder.toString();
            }
            start = pos;
        }
    }

    private String readQuoted() throws IOException {
        long startLine = line;
        pos++;
        builder.setLength(0);
        boolean previousCr = false;
        while (true) {
            if (!ensure()) {
                throw new ImportException(ImportException.Kind.MALFORMED, SourceLocation.line(source, startLine, 0),
                        "quoted field starting on line " + startLine + " is never closed",
                        "第" + startLine + "行开始的带引号字段没有结束引号", null);
            }
            int start = pos;
            while (pos < limit) {
                char c = buf[pos];
                if (c == '"') {
                    break;
                }
                if (c == '\r') {
                    line++;
                    previousCr = true;
                } else {
                    if (c == '\n' && !previousCr) {
                        line++;
                    }
                    previousCr = false;
                }
                pos++;
            }
            builder.append(buf, start, pos - start);
            checkCell(builder.length());
            checkRowLength();
            if (pos >= limit) {
                continue;
            }
            pos++;
            previousCr = false;
            if (!ensure()) {
                return builder.toString();
            }
            if (buf[pos] == '"') {
                builder.append('"');
                pos++;
                continue;
            }
            // Text after the closing quote is kept, as spreadsheets do.
            while (ensure() && buf[pos] != delimiter && buf[pos] != '\n' && buf[pos] != '\r') {
                builder.append(buf[pos++]);
                checkCell(builder.length());
            }
            return builder.toString();
        }
    }

    private void add(String field) {
        if (count >= limits.maxFields()) {
            throw limit("more than " + limits.maxFields() + " fields in one row (IoLimits.maxFields)",
                    "一行字段数超过上限 " + limits.maxFields() + "（IoLimits.maxFields）");
        }
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, Math.min(count * 2, limits.maxFields()));
        }
        fields[count++] = field;
    }

    private void checkCell(int length) {
        if (length > limits.maxCellChars()) {
            throw limit("a cell is longer than " + limits.maxCellChars() + " characters (IoLimits.maxCellChars)",
                    "单元格长度超过上限 " + limits.maxCellChars() + " 个字符（IoLimits.maxCellChars）");
        }
    }

    private void checkRowLength() {
        if (consumedBefore + pos - recordStart > limits.maxRowChars()) {
            throw limit("row is longer than " + limits.maxRowChars() + " characters (IoLimits.maxRowChars)",
                    "一行长度超过上限 " + limits.maxRowChars() + " 个字符（IoLimits.maxRowChars）");
        }
    }

    private ImportException limit(String en, String zh) {
        return new ImportException(ImportException.Kind.LIMIT_EXCEEDED, SourceLocation.line(source, recordLine, 0),
                en, zh, null);
    }

    private boolean ensure() throws IOException {
        return pos < limit || refill();
    }

    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        consumedBefore += limit;
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
            n = in.read(buf, 0, buf.length);
        }
        pos = 0;
        if (n < 0) {
            eof = true;
            limit = 0;
            return false;
        }
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
