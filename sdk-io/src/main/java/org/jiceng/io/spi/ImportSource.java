package org.jiceng.io.spi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bytes of one import and their name. Backed by a file (which formats needing random access, such
 * as XLSX, can open directly), by bytes in memory, or by a stream that can be opened once.
 */
public final class ImportSource {

    /** Opens the bytes. */
    @FunctionalInterface
    public interface Opener {
        /**
         * @return a new stream over the bytes
         * @throws IOException when it cannot be opened
         */
        InputStream open() throws IOException;
    }

    private final String name;
    private final Optional<Path> path;
    private final Opener opener;

    private ImportSource(String name, Optional<Path> path, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.path = path;
        this.opener = opener;
    }

    /**
     * @param file a file
     * @return a source named after the file name
     */
    public static ImportSource of(Path file) {
        Objects.requireNonNull(file, "file");
        Path fileName = file.getFileName();
        return new ImportSource(fileName == null ? file.toString() : fileName.toString(), Optional.of(file),
                () -> Files.newInputStream(file));
    }

    /**
     * @param name a name (a file name gives the importer a record kind hint, e.g. {@code persons.csv})
     * @param bytes the content
     * @return a source over the bytes, which can be opened any number of times
     */
    public static ImportSource of(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new ImportSource(name, Optional.empty(), () -> new ByteArrayInputStream(copy));
    }

    /**
     * @param name a name
     * @param stream the content; it can be opened once and is closed by the reader
     * @return a source over the stream
     */
    public static ImportSource of(String name, InputStream stream) {
        Objects.requireNonNull(stream, "stream");
        AtomicBoolean opened = new AtomicBoolean();
        return new ImportSource(name, Optional.empty(), () -> {
            if (opened.getAndSet(true)) {
                throw new IOException("The stream of source " + name + " can be read only once");
            }
            return stream;
        });
    }

    /** @return the name used in report locations */
    public String name() {
        return name;
    }

    /** @return the file, when the source is a file */
    public Optional<Path> path() {
        return path;
    }

    /**
     * @return the name without directory and extension, e.g. {@code persons} for {@code data/persons.csv}
     */
    public String stem() {
        String n = name;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        int dot = n.indexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * @return a new stream over the bytes; the caller closes it
     * @throws IOException when it cannot be opened
     */
    public InputStream open() throws IOException {
        return opener.open();
    }
}
