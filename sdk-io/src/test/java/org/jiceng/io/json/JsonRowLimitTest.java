package org.jiceng.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.IoLimits;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

/**
 * Issue #13 item 3: a field holding an array or object counts against {@link IoLimits#maxRowChars()}
 * while it is read, not after its elements were concatenated.
 */
class JsonRowLimitTest {

    private static final int MAX_ROW = 10_000;

    /** An endless array of short strings inside one field: {@code [{"id":"p1","name":["aaaa","aaaa",...}. */
    private static InputStream endlessArrayField(AtomicLong consumed) {
        InputStream head = new java.io.ByteArrayInputStream(
                "[{\"id\":\"p1\",\"name\":[\"aaaa\"".getBytes(StandardCharsets.UTF_8));
        InputStream tail = new InputStream() {
            private final byte[] element = ",\"aaaa\"".getBytes(StandardCharsets.UTF_8);
            private int at;

            @Override
            public int read() {
                byte b = element[at];
                at = (at + 1) % element.length;
                return b & 0xff;
            }
        };
        return new FilterInputStream(new SequenceInputStream(head, tail)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    consumed.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    consumed.addAndGet(n);
                }
                if (consumed.get() > 64L << 20) {
                    throw new AssertionError("read 64 MiB of one JSON object without hitting maxRowChars");
                }
                return n;
            }
        };
    }

    @Test
    void anEndlessArrayInOneFieldStopsAtTheRowLimitWhileItIsRead() {
        AtomicLong consumed = new AtomicLong();
        ImportOptions options = ImportOptions.defaults().withLimits(IoLimits.defaults().withMaxRowChars(MAX_ROW));
        assertThatThrownBy(() -> Importer.of(Formats.forName("json"), options)
                .read(ImportSource.of("persons.json", endlessArrayField(consumed))))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED))
                .hasMessageContaining("maxRowChars");
        // the reader buffers ahead, but stops within a few buffers of the limit
        assertThat(consumed.get()).isLessThan(MAX_ROW + (1L << 20));
    }

    @Test
    void aLargeObjectValueIsStoppedAtTheRowLimitToo() {
        StringBuilder json = new StringBuilder("[{\"id\":\"e1\",\"type\":\"t\",\"subjectId\":\"p1\",\"attributes\":{");
        for (int i = 0; i < 5_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
        }
        json.append("}}]");
        ImportOptions options = ImportOptions.defaults().withLimits(IoLimits.defaults().withMaxRowChars(MAX_ROW));
        assertThatThrownBy(() -> Importer.of(Formats.forName("json"), options)
                .read(ImportSource.of("events.json", json.toString().getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImportException.class).hasMessageContaining("maxRowChars");
    }
}
