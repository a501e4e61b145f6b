package org.jiceng.io;

import org.jiceng.core.model.RecordKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jiceng.core.model.Dataset;
import org.jiceng.io.mapping.TableMapping;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.TableColumns;

/**
 * Exports records, streaming, with personal data masked by default (see {@link ExportOptions}).
 *
 * <pre>{@code
 * Exporter.write(dataset, Path.of("out.xlsx"));                       // one workbook, a sheet per kind
 * Exporter.of(Formats.forName("csv"), ExportOptions.defaults().unmasked())
 *         .write(dataset, Path.of("out-dir"));                        // one CSV per kind
 * }</pre>
 */
public final class Exporter {

    private final FormatProvider format;
    private final ExportOptions options;

    private Exporter(FormatProvider format, ExportOptions options) {
        this.format = Objects.requireNonNull(format, "format");
        this.options = Objects.requireNonNull(options, "options");
        if (!format.canWrite()) {
            throw new UnsupportedOperationException("Format " + format.name() + " cannot write");
        }
    }

    /**
     * @param format the format
     * @param options export options
     * @return an exporter
     * @throws UnsupportedOperationException when the format cannot write
     */
    public static Exporter of(FormatProvider format, ExportOptions options) {
        return new Exporter(format, options);
    }

    /**
     * Writes a dataset to a file whose extension picks the format, with default (masking) options; see
     * {@link #write(Dataset, Path)}.
     *
     * @param dataset the records
     * @param target a file, or a directory for single-kind formats
     * @return the files written
     * @throws IOException when writing fails
     */
    public static List<Path> write(Dataset dataset, Path target) throws IOException {
        return of(Formats.forPath(target), ExportOptions.defaults()).writeTo(dataset, target);
    }

    /**
     * Writes a dataset to a path. A multi-kind format writes one file. A single-kind format (CSV)
     * writes one file when the dataset holds one kind and {@code target} is not a directory; otherwise
     * {@code target} is a directory (created if needed) and gets one file per kind, named by the kind
     * in the export's language ({@code 人员.csv} or {@code persons.csv}).
     *
     * @param dataset the records
     * @param target the file or directory
     * @return the files written
     * @throws IOException when writing fails
     */
    public List<Path> writeTo(Dataset dataset, Path target) throws IOException {
        Map<RecordKind, List<Record>> byKind = group(dataset);
        if (format.multiKind() || (byKind.size() <= 1 && !Files.isDirectory(target))) {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                write(dataset, out);
            }
            return List.of(target);
        }
        Files.createDirectories(target);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<RecordKind, List<Record>> e : byKind.entrySet()) {
            String stem = TableColumns.of(e.getKey(), options, false).sectionName();
            Path file = target.resolve(stem + "." + format.fileExtensions().get(0));
            try (OutputStream out = Files.newOutputStream(file); FormatWriter writer = open(out)) {
                for (Record r : e.getValue()) {
                    writer.write(r);
                }
            }
            written.add(file);
        }
        return written;
    }

    /**
     * Writes a dataset to a stream, kind by kind. The stream is not closed.
     *
     * @param dataset the records
     * @param out where to write
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when a single-kind format is given records of several kinds
     */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        Map<RecordKind, List<Record>> byKind = group(dataset);
        if (!format.multiKind() && byKind.size() > 1) {
            throw new IllegalArgumentException("Format " + format.name() + " holds one record kind per file, but the "
                    + "dataset has " + byKind.keySet() + "; write to a directory or use a multi-kind format");
        }
        try (FormatWriter writer = open(out)) {
            for (List<Record> records : byKind.values()) {
                for (Record r : records) {
                    writer.write(r);
                }
            }
        }
    }

    /**
     * Writes records as they come (e.g. from a database cursor), streaming. The stream is not closed.
     *
     * @param records the records, grouped by kind for multi-kind formats
     * @param out where to write
     * @throws IOException when writing fails
     */
    public void write(Iterable<? extends Record> records, OutputStream out) throws IOException {
        try (FormatWriter writer = open(out)) {
            for (Record r : records) {
                writer.write(r);
            }
        }
    }

    /**
     * Writes rows of an integrator's record type or class to a file whose extension picks the format ({@code .csv},
     * {@code .xlsx}, {@code .json}, {@code .jsonl}): the mapping's headers in the export's language, its
     * personal columns masked unless {@link ExportOptions#unmasked()} is asked for, formulas defused.
     *
     * <pre>{@code
     * Exporter.write(TableMapping.of(Resident.class), residents, Path.of("居民.xlsx"), ExportOptions.defaults());
     * }</pre>
     *
     * @param mapping the record type and its columns
     * @param rows the rows
     * @param file the file to write (its directory is created if needed)
     * @param options masking, language, charset
     * @param <T> the mapped type
     * @return the file written
     * @throws IOException when writing fails
     */
    public static <T> Path write(TableMapping<T> mapping, Iterable<? extends T> rows, Path file,
            ExportOptions options) throws IOException {
        Exporter exporter = of(Formats.forPath(file), options);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.write(mapping, rows, out);
        }
        return file;
    }

    /**
     * Writes rows of an integrator's record type or class to a stream, streaming; see
     * {@link #write(TableMapping, Iterable, Path, ExportOptions)}. The stream is not closed.
     *
     * @param mapping the record type and its columns
     * @param rows the rows
     * @param out where to write
     * @param <T> the mapped type
     * @throws IOException when writing fails
     */
    public <T> void write(TableMapping<T> mapping, Iterable<? extends T> rows, OutputStream out)
            throws IOException {
        Objects.requireNonNull(mapping, "mapping");
        try (FormatWriter writer = org.jiceng.core.spi.ProviderClaims.nonNull(format, "openWriter(out, options)",
                format.openWriter(out, options.withMapping(mapping)))) {
            org.jiceng.io.internal.KindMapping columns = org.jiceng.io.internal.MappingAccess.of(mapping);
            for (T row : rows) {
                writer.write(columns.row(Objects.requireNonNull(row, "row")));
            }
        }
    }

    private static Map<RecordKind, List<Record>> group(Dataset dataset) {
        Map<RecordKind, List<Record>> byKind = new EnumMap<>(RecordKind.class);
        dataset.records().forEach(r -> byKind.computeIfAbsent(RecordKind.of(r), k -> new ArrayList<>()).add(r));
        return byKind;
    }

    private FormatWriter open(OutputStream out) throws IOException {
        return org.jiceng.core.spi.ProviderClaims.nonNull(format, "openWriter(out, options)",
                format.openWriter(out, options));
    }
}
