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
import org.jiceng.io.internal.Instantiator;
import org.jiceng.io.internal.ReportingSink;
import org.jiceng.io.mapping.MappedImport;
import org.jiceng.io.mapping.TableMapping;
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
        Dataset.Builder all = Dataset.builder();
        ImportReport report = readDirectory(path, options, lookup, (importer, source) -> importer.stream(source, all::add));
        return new ImportResult(all.build(), report);
    }

    /**
     * Reads a file, or every file of a directory whose extension a format handles, as rows of an
     * integrator's record type: every row is matched to the mapping's columns (Chinese headers, aliases or
     * component names; title rows above the header skipped), normalised, Bean-validated and accepted or
     * reported, exactly as rows of the built-in kinds are.
     *
     * <pre>{@code
     * MappedImport<Resident> in = Importer.read(Path.of("居民.xlsx"), TableMapping.of(Resident.class),
     *         ImportOptions.defaults());
     * in.report().errors().forEach(e -> log.warn(e.describeZh()));
     * }</pre>
     *
     * @param path a file or directory
     * @param mapping the record type and its columns
     * @param options import options; their kind is ignored
     * @param <T> the mapped type
     * @return the accepted rows and the report
     * @throws ImportException when a source cannot be read, lacks a required column of the mapping, or its
     *     format builds records of its own (GeoJSON, Popolo, Open311) instead of reading table rows
     */
    public static <T> MappedImport<T> read(Path path, TableMapping<T> mapping, ImportOptions options) {
        ImportOptions mapped = options.withMapping(mapping);
        if (!Files.isDirectory(path)) {
            return of(Formats.defaults().forFile(path), mapped).read(ImportSource.of(path), mapping);
        }
        List<T> rows = new ArrayList<>();
        ImportReport report = readDirectory(path, mapped, Formats.defaults(),
                (importer, source) -> importer.stream(source, mapping, rows::add));
        return new MappedImport<>(rows, report);
    }

    /**
     * Passes rows on to the importer's sink after checking that the format read them into the mapped type:
     * formats with their own structure (GeoJSON, Popolo, Open311) build their own records and are refused.
     */
    private static final class MappedSink implements org.jiceng.io.spi.ReadSink {
        private final org.jiceng.io.spi.ReadSink target;
        private final TableMapping<?> mapping;
        private final String format;

        MappedSink(org.jiceng.io.spi.ReadSink target, TableMapping<?> mapping, String format) {
            this.target = target;
            this.mapping = mapping;
            this.format = format;
        }

        @Override
        public boolean accept(Record record, org.jiceng.io.spi.SourceRow row) {
            if (!mapping.type().isInstance(Instantiator.unwrap(record))) {
                String got = Instantiator.unwrap(record).getClass().getSimpleName();
                String type = mapping.type().getSimpleName();
                throw new ImportException(ImportException.Kind.UNMAPPABLE, row.location(),
                        "format " + format + " built a " + got + " record instead of reading table rows into " + type
                                + "; table mappings work with tabular formats (csv, xlsx, json, jsonl)",
                        "格式 " + format + " 生成了 " + got + " 记录，而不是把表格行读成 " + type
                                + "；表格映射只适用于表格格式（csv、xlsx、json、jsonl）", null);
            }
            return target.accept(record, row);
        }

        @Override
        public boolean reject(org.jiceng.io.spi.SourceRow row, List<org.jiceng.io.report.RowError> errors) {
            return target.reject(row, errors);
        }

        @Override
        public void warn(org.jiceng.io.report.ImportWarning warning) {
            target.warn(warning);
        }

        @Override
        public void encoding(java.nio.charset.Charset charset) {
            target.encoding(charset);
        }

        @Override
        public void notRead(long rows) {
            target.notRead(rows);
        }
    }

    /** Reads every file of a directory that a format handles, in name order, until one stops the import. */
    private static ImportReport readDirectory(Path path, ImportOptions options, Formats lookup,
            java.util.function.BiFunction<Importer, ImportSource, ImportReport> readOne) {
        List<Path> files;
        try (Stream<Path> list = Files.list(path)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.IO, SourceLocation.of(path.toString()),
                    "cannot list directory: " + e.getMessage(), "无法读取目录：" + e.getMessage(), e);
        }
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
            ImportReport report = readOne.apply(of(formats.get(i), options), ImportSource.of(readable.get(i)));
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
        return ImportReport.combine(path.toString(), reports);
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
     * Reads a source as rows of an integrator's record type; see
     * {@link #read(Path, TableMapping, ImportOptions)}.
     *
     * @param source the source
     * @param mapping the record type and its columns
     * @param <T> the mapped type
     * @return the accepted rows and the report
     * @throws ImportException when the source cannot be read; it carries the partial report
     */
    public <T> MappedImport<T> read(ImportSource source, TableMapping<T> mapping) {
        List<T> rows = new ArrayList<>();
        ImportReport report = stream(source, mapping, rows::add);
        return new MappedImport<>(rows, report);
    }

    /**
     * Streams a source as rows of an integrator's record type: every accepted (valid) row goes to
     * {@code consumer} as soon as it is read.
     *
     * @param source the source
     * @param mapping the record type and its columns
     * @param consumer receives accepted rows in source order
     * @param <T> the mapped type
     * @return the report
     * @throws ImportException when the source cannot be read; it carries the partial report
     */
    public <T> ImportReport stream(ImportSource source, TableMapping<T> mapping,
            Consumer<? super T> consumer) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(consumer, "consumer");
        ImportOptions mapped = options.withMapping(mapping);
        ReportingSink sink = new ReportingSink(source.name(), mapped,
                record -> consumer.accept(mapping.type().cast(Instantiator.unwrap(record))), error -> { });
        try {
            format.read(source, mapped, new MappedSink(sink, mapping, format.name()));
        } catch (ImportException e) {
            throw e.withReport(sink.report());
        }
        return sink.report();
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
