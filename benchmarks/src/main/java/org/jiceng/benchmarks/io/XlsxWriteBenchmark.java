package org.jiceng.benchmarks.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jiceng.core.model.Person;
import org.jiceng.io.ExportOptions;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.spi.FormatWriter;
import org.jiceng.io.spi.TableColumns;
import org.jiceng.io.xlsx.XlsxFormat;
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

/**
 * Writing 100,000 member rows (persons, masked, Chinese headers) as an XLSX workbook, in rows per second
 * (one operation = one row), into a stream that discards the bytes:
 * <ul>
 *   <li>{@code sdkWriter}: the XLSX format of {@code jiceng-sdk-io-xlsx} (streamed SpreadsheetML);</li>
 *   <li>{@code poiSxssf}: the peer, POI's streaming SXSSF writer with the same cells, header style,
 *       column widths and frozen header, as the format wrote them before it dropped POI.</li>
 * </ul>
 * Target: {@code sdkWriter} at least as fast as {@code poiSxssf} in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
public class XlsxWriteBenchmark {

    static final int ROWS = 100_000;

    private List<Person> persons;
    private final ExportOptions options = ExportOptions.defaults();

    /** Builds the rows once per run. */
    @Setup(Level.Trial)
    public void makeRows() {
        String[] surnames = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰"};
        persons = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            String body = "110105" + (19500101 + (i % 28) + 100 * (i % 12) + 10_000 * (i % 50))
                    + String.format(Locale.ROOT, "%03d", i % 1000);
            persons.add(new Person("p" + i, surnames[i % surnames.length] + given[i % given.length]
                    + given[(i / 10) % given.length], Optional.of(body + CsvImportBenchmark.checkDigit(body)),
                    Optional.of("138" + String.format(Locale.ROOT, "%08d", i)), Optional.of("a-" + (i % 500))));
        }
    }

    /** @return bytes written, so the work cannot be optimised away */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long sdkWriter() throws IOException {
        Counting out = new Counting();
        try (FormatWriter w = new XlsxFormat().openWriter(out, options)) {
            for (Person p : persons) {
                w.write(p);
            }
        }
        return out.bytes;
    }

    /** @return bytes written */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long poiSxssf() throws IOException {
        Counting out = new Counting();
        TableColumns columns = TableColumns.of(RecordKind.PERSONS, options, true);
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            workbook.setCompressTempFiles(true);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            SXSSFSheet sheet = workbook.createSheet(columns.sectionName());
            SXSSFRow header = sheet.createRow(0);
            List<String> headers = columns.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(headerStyle);
                sheet.setColumnWidth(i, 256 * Math.min(60, Math.max(12, headers.get(i).length() * 3)));
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Person p : persons) {
                String[] cells = columns.cells(p);
                SXSSFRow row = sheet.createRow(r++);
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].isEmpty()) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        return out.bytes;
    }

    /** Discards bytes, counting them. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
