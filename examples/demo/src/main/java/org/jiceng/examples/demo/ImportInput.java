package org.jiceng.examples.demo;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.examples.demo.pipeline.Progress;
import org.jiceng.io.spi.ImportSource;

/**
 * A user's file to import, counted as it is read so that the import shows its progress: streamed formats by
 * the bytes read (their total is the file size, so there is a percent), XLSX, which is opened from the file
 * with random access, by the rows read (no total known in advance).
 */
final class ImportInput {

    private final ImportSource source;
    private final Progress.Counter rows;
    private final Progress progress;

    private ImportInput(ImportSource source, Progress.Counter rows, Progress progress) {
        this.source = source;
        this.rows = rows;
        this.progress = progress;
    }

    /**
     * @param file the checked input file
     * @param ext its extension, as {@link InputFile#check} found it
     * @param progress where the progress goes
     * @param step the step to count under
     * @return the input
     */
    static ImportInput of(Path file, String ext, Progress progress, String step) {
        if (ext.startsWith("xls")) {
            return new ImportInput(ImportSource.of(file), progress.counter(step, 0, "records"), progress);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Progress.Counter bytes = progress.counter(step, size, "bytes");
        Path name = file.getFileName();
        return new ImportInput(ImportSource.of(name == null ? file.toString() : name.toString(),
                new CountingStream(file, bytes)), Progress.Counter.NONE, progress);
    }

    /** @return the source to hand to the importer */
    ImportSource source() {
        return source;
    }

    /** One row was read (accepted or rejected). */
    void row() {
        rows.add(1);
    }

    /** Something else is about to be printed on stderr: a progress bar on screen ends its line first. */
    void interrupt() {
        if (progress instanceof ConsoleProgress console) {
            console.clearBar();
        }
    }

    /** Opens the file when the reader first reads, and counts the bytes it reads. */
    private static final class CountingStream extends FilterInputStream {
        private final Path file;
        private final Progress.Counter counter;

        CountingStream(Path file, Progress.Counter counter) {
            super(null);
            this.file = file;
            this.counter = counter;
        }

        private InputStream in() throws IOException {
            if (in == null) {
                in = Files.newInputStream(file);
            }
            return in;
        }

        @Override
        public int read() throws IOException {
            int b = in().read();
            if (b >= 0) {
                counter.add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in().read(b, off, len);
            if (n > 0) {
                counter.add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in().skip(n);
            counter.add(skipped);
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return in().available();
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int readlimit) {
            // not supported, as markSupported() says
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("mark/reset is not supported");
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }
}
