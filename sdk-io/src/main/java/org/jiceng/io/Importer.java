package org.jiceng.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jiceng.core.model.Dataset;
import org.jiceng.io.internal.ReportingSink;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.ImportSource;

/**
 * Imports records with a row-level report. The format reads rows; the importer counts them, runs Bean
 * Validation ({@link org.jiceng.core.validation.Validators}) on every record, maps each violation to the
 * column and raw value it came from, and applies the error policy and limits.
 *
 * <pre>{@code
 * ImportResult result = Importer.read(Path.of("党员.csv"));            // format by extension
 * ImportReport report = Importer.of(Formats.forName("csv"), ImportOptions.defaults())
 *         .stream(ImportSource.of(bigFile), record -> store.save(record)); // constant memory
 * }</pre>
 *
 * <p>Every method either returns a report whose totals add up or throws {@link ImportException}, which
 * carries the partial report. Instances are immutable and thread-safe.
 */
public final class Importer {

    private final FormatProvider format;
    private final ImportOptions options;

    private Importer(FormatProvider format, ImportOptions options) {
        this.format = Objects.requireNonNull(format, "format");
        this.options = Objects.requireNonNull(options, "options");
        if (!format.canRead()) {
            throw new UnsupportedOperationException("Format " + format.name() + " cannot read");
        }
    }

    /**
     * @param format the format to read
     * @param options import options
     * @return an importer
     * @throws UnsupportedOperationException when the format cannot read
     */
    public static Importer of(FormatProvider format, ImportOptions options) {
        return new Importer(format, options);
    }

    /**
     * Reads a file (format from its extension) or every file of a directory whose extension a format
     * handles, with default options.
     *
     * @param path a file or directory
     * @return the accepted records and the report
     * @throws ImportException when a source cannot be read
     */
    public static ImportResult read(Path path) {
        return read(path, ImportOptions.defaults());
    }

    /**
     * Reads a file or every recognised file of a directory (in name order; the file stem gives the
     * record kind, e.g. {@code persons.csv} or {@code 党员.csv}).
     *
     * @param path a file or directory
     * @param options import options
     * @return the accepted records and the combined report
     * @throws ImportException when a source cannot be read
     */
    public static ImportResult read(Path path, ImportOptions options) {
        return read(path, options, Formats.defaults());
    }

    /**
     * Reads a file or every recognised file of a directory, choosing formats with the given lookup, e.g.
     * {@code Formats.select("vendor-csv")} when a plugin claims an extension a built-in format claims too.
     * @param path a file or directory
     * @param options import options
     * @param lookup the format lookup
     * @return the accepted records and the combined report
     * @throws ImportException when a source cannot be read
     * @throws org.jiceng.core.spi.PluginException when several formats claim an extension and
     *     {@code lookup} selects none of them
     */
    public static ImportResult read(Path path, ImportOptions options, Formats lookup) {
        Objects.requireNonNull(lookup, "lookup");
        if (!Files.isDirectory(path)) {
            return of(lookup.forFile(path), options).read(ImportSource.of(path));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(path)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.IO, SourceLocation.of(path.toString()),
                    "cannot list directory: " + e.getMessage(), "无法读取目录：" + e.getMessage(), e);
        }
        Dataset.Builder all = Dataset.builder();
        List<ImportReport> reports = new ArrayList<>();
        List<Path> readable = new ArrayList<>();
        List<FormatProvider> formats = new ArrayList<>();
        for (Path file : files) {
            Path name = file.getFileName();
            Optional<FormatProvider> format = lookup.byFileName(name == null ? "" : name.toString());
            if (format.isPresent() && format.get().canRead()) {
                readable.add(file);
                formats.add(format.get());
            }
        }
        for (int i = 0; i < readable.size(); i++) {
            ImportReport report = of(formats.get(i), options).stream(ImportSource.of(readable.get(i)), all::add);
            if (report.stop().isPresent()) {
                // Never stop silently: name every file the stop left unread.
                List<String> rest = readable.subList(i + 1, readable.size()).stream()
                        .map(p -> String.valueOf(p.getFileName())).toList();
                report = withStop(report, report.stop().get().withSourcesNotRead(rest));
                reports.add(report);
                break;
            }
            reports.add(report);
        }
        return new ImportResult(all.build(), ImportReport.combine(path.toString(), reports));
    }

    private static ImportReport withStop(ImportReport r, org.jiceng.io.report.StopReason stop) {
        return new ImportReport(r.source(), r.read(), r.accepted(), r.rejected(), r.errors(), Optional.of(stop),
                r.warnings(), r.warningCount(), r.normalised(), r.encoding());
    }

    /**
     * Reads a source into a dataset. Accepted records are kept in memory; use {@link #stream} for large
     * sources.
     *
     * @param source the source
     * @return the accepted records and the report
     * @throws ImportException when the source cannot be read; it carries the partial report
     */
    public ImportResult read(ImportSource source) {
        Dataset.Builder builder = Dataset.builder();
        ImportReport report = stream(source, builder::add);
        return new ImportResult(builder.build(), report);
    }

    /**
     * Streams a source: every accepted (valid) record goes to {@code consumer} as soon as it is read;
     * nothing is kept but the report's errors (at most {@link ImportOptions#maxErrors()} rows' worth).
     *
     * @param source the source
     * @param consumer receives accepted records in source order
     * @return the report
     * @throws ImportException when the source cannot be read; it carries the partial report
     */
    public ImportReport stream(ImportSource source, Consumer<? super Record> consumer) {
        return stream(source, consumer, error -> { });
    }

    /**
     * Like {@link #stream(ImportSource, Consumer)}, and hands every row error to {@code errors} as soon as
     * its row is rejected (to show progress on a large source; the report holds them too).
     *
     * @param source the source
     * @param consumer receives accepted records in source order
     * @param errors receives row errors in source order
     * @return the report
     * @throws ImportException when the source cannot be read; it carries the partial report
     */
    public ImportReport stream(ImportSource source, Consumer<? super Record> consumer,
            Consumer<? super org.jiceng.io.report.RowError> errors) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(errors, "errors");
        ReportingSink sink = new ReportingSink(source.name(), options, consumer, errors);
        try {
            format.read(source, options, sink);
        } catch (ImportException e) {
            throw e.withReport(sink.report());
        }
        return sink.report();
    }
}
