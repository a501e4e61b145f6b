package org.jiceng.io.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jiceng.core.spi.Provider;
import org.jiceng.core.spi.SpiArtifact;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.core.model.RecordKind;

/**
 * A file format plugin: reads records from a source and writes records to a stream, both streaming
 * (memory does not grow with the file). Loaded only through {@link org.jiceng.core.spi.Plugins}; users
 * pick one with {@link org.jiceng.io.Formats#forName(String)} or {@link org.jiceng.io.Formats#forPath}.
 *
 * <p>A provider only turns bytes into records (or rows of cells into records through {@link TableHeader})
 * and records into bytes. Counting, Bean Validation, error policies and the report are done once for
 * every format by {@link org.jiceng.io.Importer}, which wraps the {@link ReadSink} it passes in.
 *
 * <p>Implementations must be stateless and thread-safe, have a public no-argument constructor and be
 * listed in {@code META-INF/services/org.jiceng.io.spi.FormatProvider}. The compatibility kit
 * {@code org.jiceng.testkit.io.FormatProviderCompatibilityKit} tests the whole contract.
 */
@SpiArtifact("org.jiceng:jiceng-sdk-io")
public interface FormatProvider extends Provider {

    /**
     * File extensions this format is chosen for, lower case, without the dot, most specific first,
     * e.g. {@code ["jsonl", "ndjson"]}. Extensions must be unique among the installed providers.
     *
     * @return one or more extensions
     */
    List<String> fileExtensions();

    /**
     * @return the record kinds this format can carry; all kinds by default
     */
    default Set<RecordKind> kinds() {
        return EnumSet.allOf(RecordKind.class);
    }

    /**
     * @return true when one file can hold records of several kinds (a workbook, a JSON dataset
     *     document); false when a file holds one kind (CSV)
     */
    default boolean multiKind() {
        return false;
    }

    /** @return true when this provider can read (import) */
    default boolean canRead() {
        return true;
    }

    /** @return true when this provider can write (export) */
    default boolean canWrite() {
        return true;
    }

    /**
     * Reads the whole source, streaming, handing every record or rejected row to {@code sink} in source
     * order. It stops early when the sink returns {@code false}.
     *
     * <p>Rows that cannot become records (a bad date, a missing required value, a row with too many
     * cells) are passed to {@link ReadSink#reject}; only problems with the source as a whole are thrown.
     *
     * @param source the bytes and their name
     * @param options charset, kind, aliases and limits
     * @param sink receives records and rejected rows
     * @throws ImportException when the source cannot be read further: I/O failure, malformed structure,
     *     a limit exceeded, or no record kind could be determined; never any other exception
     */
    void read(ImportSource source, ImportOptions options, ReadSink sink);

    /**
     * Opens a streaming writer. Closing it finishes the document (closing brackets, workbook
     * directory) and flushes, but does not close {@code out}.
     *
     * @param out where to write
     * @param options masking, language, charset
     * @return a writer
     * @throws IOException when writing the preamble fails
     * @throws UnsupportedOperationException when {@link #canWrite()} is false
     */
    FormatWriter openWriter(OutputStream out, ExportOptions options) throws IOException;
}
