package org.jiceng.io.realworld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jiceng.io.spi.ImportSource;

/** The hand-made fixtures under {@code src/test/resources/real-world/}, shaped like files people really have. */
final class RealWorldFiles {

    private RealWorldFiles() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = RealWorldFiles.class.getResourceAsStream("/real-world/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture real-world/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportSource source(String path) {
        return ImportSource.of(path.substring(path.lastIndexOf('/') + 1), bytes(path));
    }
}
