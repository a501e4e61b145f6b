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
 * consumed. {@code ours} is sdk-io's decoding (strict, charset detected) and parser; {@code fastCsv} and
 * {@code jackson} decode the bytes themselves in the charset they are told (lenient: a bad byte becomes
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

    private byte[] bytes;
    private Charset cs;

    /** Encodes the roster once per trial. */
    @Setup(Level.Trial)
    public void encode() {
        cs = Charset.forName(charset);
        bytes = CsvPeers.roster(ROWS).getBytes(cs);
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
    public void ours(Blackhole bh) throws IOException {
        CsvPeers.ours(bytes, (f, n) -> consume(bh, f, n));
    }

    /**
     * @param bh sink
     * @throws IOException never on this input
     */
    @Benchmark
    @OperationsPerInvocation(ROWS + 1)
    public void fastCsv(Blackhole bh) throws IOException {
        CsvPeers.fastCsv(bytes, cs, (f, n) -> consume(bh, f, n));
    }

    /**
     * @param bh sink
     * @throws IOException never on this input
     */
    @Benchmark
    @OperationsPerInvocation(ROWS + 1)
    public void fastCsvStrict(Blackhole bh) throws IOException {
        CsvPeers.fastCsvStrict(bytes, (f, n) -> consume(bh, f, n));
    }

    /**
     * @param bh sink
     * @throws IOException never on this input
     */
    @Benchmark
    @OperationsPerInvocation(ROWS + 1)
    public void jackson(Blackhole bh) throws IOException {
        CsvPeers.jackson(bytes, cs, (f, n) -> consume(bh, f, n));
    }

    /**
     * @param bh sink
     * @throws IOException never on this input
     */
    @Benchmark
    @OperationsPerInvocation(ROWS + 1)
    public void jacksonStrict(Blackhole bh) throws IOException {
        CsvPeers.jacksonStrict(bytes, (f, n) -> consume(bh, f, n));
    }
}
