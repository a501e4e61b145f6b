package org.jiceng.io.spi;

import java.io.Closeable;
import java.io.IOException;

/**
 * A streaming writer of one file. Records are written one by one; a single-kind format rejects a
 * second kind with an {@link IllegalArgumentException}; multi-kind formats group records of a kind
 * best when they arrive grouped (as {@link org.jiceng.io.Exporter} writes them).
 */
public interface FormatWriter extends Closeable {

    /**
     * Writes one record.
     *
     * @param record a model record of a kind the format carries
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when the format cannot carry this record kind here
     */
    void write(Record record) throws IOException;

    /**
     * Finishes the document and flushes; does not close the underlying stream.
     *
     * @throws IOException when writing fails
     */
    @Override
    void close() throws IOException;
}
