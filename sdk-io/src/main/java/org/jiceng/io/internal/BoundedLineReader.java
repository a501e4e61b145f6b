package org.jiceng.io.internal;

import java.io.IOException;
import java.io.Reader;
import org.jiceng.io.ImportException;
import org.jiceng.io.report.SourceLocation;
import org.jspecify.annotations.Nullable;

/** Reads lines (LF, CRLF or CR) no longer than a limit, so one endless line cannot exhaust memory. */
public final class BoundedLineReader {

    private final Reader in;
    private final int maxChars;
    private final String source;
    private final char[] buf = new char[16 * 1024];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int limit;
    private long lineNumber;
    private boolean skipLf;

    /**
     * @param in characters
     * @param maxChars maximum characters per line
     * @param source source name for errors
     */
    public BoundedLineReader(Reader in, int maxChars, String source) {
        this.in = in;
        this.maxChars = maxChars;
        this.source = source;
    }

    /**
     * @return the next line without its terminator, or null at the end
     * @throws IOException when reading fails
     * @throws ImportException ({@code LIMIT_EXCEEDED}) for a line longer than the limit
     */
    public @Nullable String readLine() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (pos >= limit) {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    if (!any) {
                        return null;
                    }
                    lineNumber++;
                    return line.toString();
                }
                pos = 0;
                limit = n;
                continue;
            }
            char c = buf[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                lineNumber++;
                return line.toString();
            }
            line.append(c);
            if (line.length() > maxChars) {
                throw new ImportException(ImportException.Kind.LIMIT_EXCEEDED,
                        SourceLocation.line(source, lineNumber + 1, 0),
                        "line is longer than " + maxChars + " characters (IoLimits.maxRowChars)",
                        "一行长度超过上限 " + maxChars + " 个字符（IoLimits.maxRowChars）", null);
            }
        }
    }

    /** @return the 1-based number of the line last returned */
    public long lineNumber() {
        return lineNumber;
    }
}
