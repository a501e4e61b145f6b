package org.jiceng.benchmarks.io;

import java.util.Locale;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.csv.CsvParser;
import org.jiceng.io.internal.TextDecoding;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.spi.ImportSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Importing one million member rows (persons: id, name, ID number, phone, home area; Chinese headers,
 * UTF-8) from a CSV file, in rows per second (one operation = one row):
 * <ul>
 *   <li>{@code rawParse}: the same CSV parser and charset detection alone, no mapping or validation
 *       (the baseline the target is measured against);</li>
 *   <li>{@code importMapped}: parse plus header mapping and record construction, validation off;</li>
 *   <li>{@code importValidated}: the full import: Bean Validation (Hibernate Validator, cached
 *       validator) on every record and the row-level report.</li>
 * </ul>
 * Target: {@code importValidated} within 3x of {@code rawParse} and at least 300k rows/s on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class CsvImportBenchmark {

    static final int ROWS = 1_000_000;

    private Path file;

    /** Writes the CSV once per run. */
    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = Files.createTempFile("jiceng-members-", ".csv");
        String[] surnames = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("编号,姓名,身份证号,手机号,居住区域\r\n");
            StringBuilder row = new StringBuilder(96);
            for (int i = 0; i < ROWS; i++) {
                row.setLength(0);
                String body = "110105" + (19500101 + (i % 28) + 100 * (i % 12) + 10_000 * (i % 50))
                        + String.format(Locale.ROOT, "%03d", i % 1000);
                row.append('p').append(i).append(',')
                        .append(surnames[i % surnames.length]).append(given[i % given.length])
                        .append(given[(i / 10) % given.length]).append(',')
                        .append(body).append(checkDigit(body)).append(',')
                        .append("138").append(String.format(Locale.ROOT, "%08d", i)).append(',')
                        .append("a-").append(i % 500).append("\r\n");
                w.append(row);
            }
        }
    }

    static char checkDigit(String body17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** Removes the CSV. */
    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * The parser alone: bytes to fields.
     *
     * @param bh sink
     * @throws IOException on read failure
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void rawParse(Blackhole bh) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                CsvParser parser = new CsvParser(TextDecoding.open(in, null).reader(), ',',
                        ImportOptions.defaults().limits(), "members.csv")) {
            int n;
            while ((n = parser.next()) >= 0) {
                bh.consume(parser.fields()[n - 1]);
            }
        }
    }

    /**
     * Parse, map headers, build records; no validation.
     *
     * @param bh sink
     * @return the report
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public ImportReport importMapped(Blackhole bh) {
        return Importer.of(Formats.forName("csv"), ImportOptions.defaults().withValidation(false))
                .stream(ImportSource.of(file), bh::consume);
    }

    /**
     * The full import with Bean Validation on every record.
     *
     * @param bh sink
     * @return the report
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public ImportReport importValidated(Blackhole bh) {
        ImportReport report = Importer.of(Formats.forName("csv"), ImportOptions.defaults().withKind(RecordKind.PERSONS))
                .stream(ImportSource.of(file), bh::consume);
        if (report.accepted() != ROWS) {
            throw new IllegalStateException("benchmark data rejected: " + report.summary() + " "
                    + report.errors().stream().limit(3).map(e -> e.describe()).toList());
        }
        return report;
    }
}
