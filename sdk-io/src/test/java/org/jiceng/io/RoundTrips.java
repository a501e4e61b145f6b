package org.jiceng.io;

import org.jiceng.core.model.RecordKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.core.model.Dataset;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.spi.FormatProvider;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.ImportSource;

/** Export-then-import helpers for tests. */
public final class RoundTrips {

    private RoundTrips() {
    }

    /**
     * Writes a dataset (one file, or one file per kind for single-kind formats) and imports it back.
     *
     * @param format the format
     * @param dataset records
     * @param export export options
     * @param options import options
     * @return what was imported
     */
    public static ImportResult roundTrip(FormatProvider format, Dataset dataset, ExportOptions export,
            ImportOptions options) {
        String ext = format.fileExtensions().get(0);
        if (format.multiKind()) {
            byte[] bytes = write(format, dataset.records().toList(), export);
            return Importer.of(format, options).read(ImportSource.of("dataset." + ext, bytes));
        }
        Dataset.Builder all = Dataset.builder();
        List<ImportReport> reports = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            List<Record> records = dataset.records().filter(kind.recordType()::isInstance).toList();
            if (records.isEmpty()) {
                continue;
            }
            byte[] bytes = write(format, records, export);
            reports.add(Importer.of(format, options).stream(ImportSource.of(kind.key() + "." + ext, bytes), all::add));
        }
        return new ImportResult(all.build(), ImportReport.combine("dataset", reports));
    }

    /**
     * @param format format
     * @param records records
     * @param export options
     * @return the bytes written
     */
    public static byte[] write(FormatProvider format, List<? extends Record> records, ExportOptions export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter writer = format.openWriter(out, export)) {
            for (Record r : records) {
                writer.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
