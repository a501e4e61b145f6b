package org.jiceng.benchmarks.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jiceng.core.model.Event;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.jiceng.io.spi.TableColumns;
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
 * Writing the demo's event log as CSV (650,000 events shaped like the demo's: a few event types, 10,000
 * subjects, 300 areas, about 150 distinct attribute maps with Chinese values), in rows per second (one operation
 * = one row), into a stream that discards the bytes:
 * <ul>
 *   <li>{@code sdkExporter}: {@code Exporter.of(csv, defaults)}, as the demo writes it (BOM, Chinese headers,
 *       formula defence, sorted escaped attribute maps);</li>
 *   <li>{@code fastCsvSdkCells}: the peer writer, FastCSV's, given the cells the SDK makes of each row
 *       ({@code TableColumns.rows()}), so the two writers differ only in writing;</li>
 *   <li>{@code fastCsvHandCells}: FastCSV given cells made by a hand loop over the event's fields
 *       ({@code Instant.toString}, {@code toPlainString}, a sorted join of the map), the cost of the whole job
 *       without the SDK.</li>
 * </ul>
 * FastCSV quotes fewer cells (not those with surrounding white space) and defuses no formulas, so its bytes
 * differ from the SDK's; the demo's rows need neither.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CsvExportBenchmark {

    static final int ROWS = 650_000;

    private static final String[] TYPES = {"meeting.attended", "volunteer.service", "study.completed",
        "visit.made", "case.reported", "dues.paid"};
    private static final String[] TOPICS = {"主题党日", "三会一课", "组织生活会", "民主评议", "志愿服务", "入户走访",
        "政策宣讲", "环境整治", "安全巡查", "矛盾调解"};

    private List<Event> events;
    private final ExportOptions options = ExportOptions.defaults();

    /** Builds the events once per run. */
    @Setup(Level.Trial)
    public void makeEvents() {
        String[] subjects = new String[10_000];
        for (int i = 0; i < subjects.length; i++) {
            subjects[i] = String.format(Locale.ROOT, "P%06d", i + 1);
        }
        String[] areas = new String[300];
        for (int i = 0; i < areas.length; i++) {
            areas[i] = String.format(Locale.ROOT, "C530112%06d", i + 1);
        }
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        BigDecimal one = BigDecimal.ONE;
        events = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            int type = i % TYPES.length;
            // About 150 distinct maps (type x topic x variant), each row its own instance as a generator makes it.
            Map<String, String> attributes = Map.of(TYPES[type].substring(0, TYPES[type].indexOf('.')),
                    TOPICS[(i / 7) % TOPICS.length] + ((i / 70) % 3 == 0 ? "" : "（" + (i / 70) % 3 + "）"));
            events.add(new Event(String.format(Locale.ROOT, "E%07d", i + 1), TYPES[type], subjects[(i * 7) % subjects.length],
                    start.plusSeconds(47L * i), i % 10 == 0 ? new BigDecimal("2.5") : one,
                    i % 9 == 0 ? Optional.empty() : Optional.of(areas[i % areas.length]), attributes));
        }
    }

    /** @return bytes written, so the work cannot be optimised away */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long sdkExporter() throws IOException {
        XlsxWriteBenchmark.Counting out = new XlsxWriteBenchmark.Counting();
        Exporter.of(Formats.forName("csv"), options).write(events, out);
        return out.bytes;
    }

    /** @return bytes written */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long fastCsvSdkCells() throws IOException {
        XlsxWriteBenchmark.Counting out = new XlsxWriteBenchmark.Counting();
        TableColumns columns = TableColumns.of(events.get(0), options, true);
        TableColumns.Rows rows = columns.rows();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CsvWriter csv = fastCsv(out)) {
            csv.writeRecord(columns.headers());
            for (Event e : events) {
                csv.writeRecord(rows.cells(e));
            }
        }
        return out.bytes;
    }

    /** @return bytes written */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long fastCsvHandCells() throws IOException {
        XlsxWriteBenchmark.Counting out = new XlsxWriteBenchmark.Counting();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CsvWriter csv = fastCsv(out)) {
            csv.writeRecord("编号", "事件类型", "对象编号", "时间", "数量", "所属区域", "属性");
            String[] cells = new String[7];
            StringBuilder map = new StringBuilder();
            for (Event e : events) {
                cells[0] = e.id();
                cells[1] = e.type();
                cells[2] = e.subjectId();
                cells[3] = e.time().toString();
                cells[4] = e.quantity().toPlainString();
                cells[5] = e.areaId().orElse("");
                map.setLength(0);
                for (Map.Entry<String, String> a : new TreeMap<>(e.attributes()).entrySet()) {
                    if (map.length() > 0) {
                        map.append(';');
                    }
                    map.append(a.getKey()).append('=').append(a.getValue());
                }
                cells[6] = map.toString();
                csv.writeRecord(cells);
            }
        }
        return out.bytes;
    }

    private static CsvWriter fastCsv(XlsxWriteBenchmark.Counting out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(64 * 1024)
                .build(out, StandardCharsets.UTF_8);
    }
}
