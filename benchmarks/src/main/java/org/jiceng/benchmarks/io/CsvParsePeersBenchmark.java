package org.jiceng.benchmarks.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * sdk-io's hand-written CSV parser against FastCSV and Jackson's CSV parser, on the same bytes: a roster of
 * 100,000 members ({@link CsvPeers#roster}: Chinese names, some outside the BMP, quoted fields with commas,
 * quotes and line breaks) saved as UTF-8 and as GB18030. Rows per second; every field of every row is
 * consumed. The {@code parser} parameter: {@code ours} is sdk-io's decoding (strict, charset detected)
 * and parser; {@code fastCsv} and {@code jackson} decode the bytes themselves in the charset they are told (lenient: a bad byte becomes
 * U+FFFD); the {@code Strict} variants run the libraries on sdk-io's strict decoding, which is what sdk-io
 * would run with a library parser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class CsvParsePeersBenchmark {

    static final int ROWS = 100_000;

    /** The file's charset. */
    @Param({"UTF-8", "GB18030"})
    public String charset;

    /** The parser and its decoding (see the class comment). */
    @Param({"ours", "fastCsv", "fastCsvStrict", "jackson", "jacksonStrict"})
    public String parser;

    private byte[] bytes;
    private CsvPeers.Parse parse;

    /** Encodes the roster and picks the parser once per trial. */
    @Setup(Level.Trial)
    public void encode() {
        Charset cs = Charset.forName(charset);
        bytes = CsvPeers.roster(ROWS).getBytes(cs);
        parse = switch (parser) {
            case "ours" -> CsvPeers::ours;
            case "fastCsv" -> (b, row) -> CsvPeers.fastCsv(b, cs, row);
            case "fastCsvStrict" -> CsvPeers::fastCsvStrict;
            case "jackson" -> (b, row) -> CsvPeers.jackson(b, cs, row);
            case "jacksonStrict" -> CsvPeers::jacksonStrict;
            default -> throw new IllegalArgumentException("unknown parser " + parser);
        };
    }

    private static void consume(Blackhole bh, String[] fields, int n) {
        for (int i = 0; i < n; i++) {
            bh.consume(fields[i]);
        }
    }

    /**
     * @param bh sink
     * @throws IOException never on this input
     */
    @Benchmark
    @OperationsPerInvocation(ROWS + 1)
    public void parse(Blackhole bh) throws IOException {
        parse.parse(bytes, (f, n) -> consume(bh, f, n));
    }
}
