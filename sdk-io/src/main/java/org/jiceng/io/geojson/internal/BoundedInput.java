package org.jiceng.io.geojson.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes handed to the JSON parser since the current row started and refuses to hand out
 * more than a limit, so that one huge object can never be buffered as a tree (no OutOfMemoryError).
 * The parser reads ahead in blocks, so the bound is approximate by one block. Not API.
 */
public final class BoundedInput extends FilterInputStream {

    /** Thrown through the parser when a row is too long. */
    public static final class RowTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RowTooLong(long limit) {
            super("a JSON object is longer than " + limit + " bytes");
        }
    }

    private final long maxRowBytes;
    private long count;
    private long rowStart = -1;

    /**
     * @param in the source
     * @param maxRowBytes the most bytes read while one row is open
     */
    public BoundedInput(InputStream in, long maxRowBytes) {
        super(in);
        this.maxRowBytes = maxRowBytes;
    }

    /** Marks the start of a row. */
    public void startRow() {
        rowStart = count;
    }

    /** Marks the end of a row: bytes between rows (separators, skipped members) are not limited. */
    public void endRow() {
        rowStart = -1;
    }

    @Override
    public int read() throws IOException {
        check();
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        check();
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    private void check() throws RowTooLong {
        if (rowStart >= 0 && count - rowStart > maxRowBytes) {
            throw new RowTooLong(maxRowBytes);
        }
    }
}
