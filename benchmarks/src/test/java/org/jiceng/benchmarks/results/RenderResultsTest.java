package org.jiceng.benchmarks.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderResultsTest {

    @TempDir
    Path dir;

    /** Copies the hand-written JMH fixture and its machine sidecar into the temporary directory. */
    private Path fixture() throws IOException, URISyntaxException {
        Path json = Path.of(getClass().getResource("/results/jmh-store.json").toURI());
        Files.copy(json, dir.resolve("jmh-store.json"));
        Files.copy(json.resolveSibling("jmh-store.machine.json"), dir.resolve("jmh-store.machine.json"));
        return dir.resolve("jmh-store.json");
    }

    private static final String PROSE_BEFORE = "# Results\n\nHand-written prose, **kept** as it is.\n";
    private static final String PROSE_BETWEEN = "\nMore prose between the tables: 454/s by hand; the tables"
            + " between `<!-- results:… -->` markers are generated.\n\n";

    private Path document(String text) throws IOException {
        Path doc = dir.resolve("RESULTS.md");
        Files.writeString(doc, text, StandardCharsets.UTF_8);
        return doc;
    }

    private static String render(Path doc, Path... files) throws IOException {
        RenderResults.render(doc, List.of(files), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        return Files.readString(doc, StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryRowOfJmhJsonWithParamsErrorsAndUnits() throws Exception {
        List<JmhResult> rows = JmhJson.read(fixture());

        assertThat(rows).hasSize(11);
        JmhResult first = rows.get(0);
        assertThat(first.shortName()).isEqualTo("TransitionBenchmark.chained");
        assertThat(first.params()).containsExactly(Map.entry("synchronousCommit", "on"));
        assertThat(first.score()).isEqualTo(1500.0);
        assertThat(first.error()).hasValue(120.0);
        assertThat(first.unit()).isEqualTo("ops/s");
        assertThat(first.iterations()).isEqualTo(3);
        JmhResult single = rows.get(6);
        assertThat(single.shortName()).isEqualTo("RescoreBenchmark.rescoreOne");
        assertThat(single.mode()).isEqualTo("avgt");
        assertThat(single.error()).as("JMH writes \"NaN\" for one iteration").isEmpty();
        assertThat(rows.get(4).params()).isEmpty();
        assertThat(first.median()).as("only sample-time mode has a median").isEmpty();
        assertThat(rows.get(9).mode()).isEqualTo("sample");
        assertThat(rows.get(9).median()).hasValue(0.277);
    }

    @Test
    void sampleTimeTablesShowTheMedianBesideTheMean() throws Exception {
        Path json = fixture();
        Path doc = document("<!-- results:sampled begin match=\"RescoreSampleBenchmark\" peer=\"batchAll\" -->\n"
                + "<!-- results:sampled end -->\n");

        String out = render(doc, json);

        assertThat(out).contains("| Benchmark | Params | Score | ± error (99.9%) | Median | Units | vs batchAll |")
                .contains("| `RescoreSampleBenchmark.rescoreOne` |  | 0.500 | 0.100 | 0.277 | ms/op | 2,602× |")
                .contains("| `RescoreSampleBenchmark.batchAll` |  | 1,301 | 50.0 | 1,290 | ms/op | peer |");
    }

    @Test
    void readsTheMachineSidecarBesideTheResults() throws Exception {
        Optional<Machine> machine = Machine.besides(fixture());

        assertThat(machine).isPresent();
        assertThat(machine.get().describe()).isEqualTo("2 cores (AMD EPYC 7B13), JDK 17.0.15+6-Debian-1deb12u1,"
                + " load average 1.20 at the start, 3.40 at the end, started 2026-12-03T07:00:00Z, quick mode");
        assertThat(Machine.besides(dir.resolve("elsewhere.json"))).isEmpty();
    }

    @Test
    void rendersRatiosAgainstThePeerAtTheSameParameters() throws Exception {
        Path json = fixture();
        Path doc = document(PROSE_BEFORE
                + "<!-- results:transitions begin match=\"TransitionBenchmark\" peer=\"naive\" -->\n"
                + "old table\n"
                + "<!-- results:transitions end -->\n");

        String out = render(doc, json);

        assertThat(out).contains("| `TransitionBenchmark.chained` | synchronousCommit=on | 1,500 | 120 | ops/s | 3.00× |")
                .contains("| `TransitionBenchmark.chained` | synchronousCommit=off | 2,000 | 251 | ops/s | 5.00× |")
                .contains("| `TransitionBenchmark.naive` | synchronousCommit=on | 500 | 50.0 | ops/s | peer |")
                .doesNotContain("old table")
                .contains("`jmh-store.json` (4 rows): 2 cores (AMD EPYC 7B13)");
    }

    @Test
    void ratiosOfTimePerOperationAreSpeedsToo() throws Exception {
        Path json = fixture();
        Path doc = document("<!-- results:rescore begin match=\"RescoreBenchmark\" peer=\"fullBatch\" -->\n"
                + "<!-- results:rescore end -->\n");

        String out = render(doc, json);

        assertThat(out).contains("| `RescoreBenchmark.rescoreOne` |  | 0.250 | n/a (one iteration) | ms/op | 4,000× |")
                .contains("| `RescoreBenchmark.fullBatch` |  | 1,000 | n/a (one iteration) | ms/op | peer |")
                .as("no peer at events=1000").contains("| `RescoreBenchmark.appendThenRescore` | events=1000 | 16.0 |"
                        + " 1.50 | ms/op | — |");
    }

    @Test
    void replacesOnlyBetweenMarkersAndKeepsProseByteForByte() throws Exception {
        Path json = fixture();
        String untouched = "<!-- results:scoring begin match=\"ScoringBenchmark\" peer=\"handLoop\" -->\n"
                + "| kept | because no result matches |\n"
                + "<!-- results:scoring end -->\n";
        String text = PROSE_BEFORE
                + "<!-- results:ledger begin match=\"LedgerAppendBenchmark\" peer=\"rowByRow\" -->\n"
                + "| stale | row |\n"
                + "<!-- results:ledger end -->\n"
                + PROSE_BETWEEN
                + untouched
                + "Trailing prose without a newline at the end";
        Path doc = document(text);

        String out = render(doc, json);

        assertThat(out).startsWith(PROSE_BEFORE + "<!-- results:ledger begin match=\"LedgerAppendBenchmark\""
                + " peer=\"rowByRow\" -->\n| Benchmark |");
        assertThat(out).contains("<!-- results:ledger end -->\n" + PROSE_BETWEEN + untouched
                + "Trailing prose without a newline at the end");
        assertThat(out).endsWith("without a newline at the end");
        assertThat(out).doesNotContain("stale").contains("| `LedgerAppendBenchmark.bulk` |  | 123,457 | 2,346 | ops/s"
                + " | 50.0× |");
        assertThat(render(doc, json)).as("rendering twice changes nothing").isEqualTo(out);
    }

    @Test
    void aLaterFileReplacesTheSameBenchmarkOfAnEarlierOne() throws Exception {
        Path first = fixture();
        Path second = dir.resolve("second.json");
        Files.writeString(second, Files.readString(first, StandardCharsets.UTF_8)
                .replace("\"score\" : 123456.7", "\"score\" : 98765.4"), StandardCharsets.UTF_8);
        Path doc = document("<!-- results:ledger begin match=\"LedgerAppendBenchmark\" peer=\"rowByRow\" -->\n"
                + "<!-- results:ledger end -->\n");

        String out = render(doc, first, second);

        assertThat(out).contains("| 98,765 |").doesNotContain("123,457").contains("`second.json` (2 rows)")
                .contains("no machine sidecar");
    }

    @Test
    void secondaryMetricsNamedInTheMarkerBecomeColumnsWithTheirUnits() throws Exception {
        Path json = new JmhRows()
                .row("org.example.registry.FootprintBenchmark.sdk", "ss", "\"scale\":\"10\"", 120.0, 8.0, "ms/op",
                        "\"registryBytesPerMember\":{\"score\":87.7,\"scoreError\":0.4,\"scoreUnit\":\"#\"},"
                                + "\"datasetBytesPerMember\":{\"score\":1234.5,\"scoreError\":\"NaN\",\"scoreUnit\":\"#\"}")
                .row("org.example.registry.FootprintBenchmark.naive", "ss", "\"scale\":\"10\"", 240.0, 9.0, "ms/op",
                        "\"registryBytesPerMember\":{\"score\":282.3,\"scoreError\":1.5,\"scoreUnit\":\"#\"}")
                .write(dir.resolve("footprint.json"), "benchmarks/run quick x", "9.10 8.00 7.00", "3.00 3.00 3.00");
        Path doc = document("<!-- results:fp begin match=\"FootprintBenchmark\" peer=\"naive\""
                + " secondary=\"registryBytesPerMember, datasetBytesPerMember\" -->\n<!-- results:fp end -->\n");

        String out = render(doc, json);

        assertThat(out).contains("| Benchmark | Params | Score | ± error (99.9%) | Units | vs naive |"
                + " registryBytesPerMember (#) | datasetBytesPerMember (#) |")
                .contains("|---|---|---:|---:|---|---:|---:|---:|")
                .contains("| `FootprintBenchmark.sdk` | scale=10 | 120 | 8.00 | ms/op | 2.00× | 87.7 ± 0.400 | 1,235 |")
                .contains("| `FootprintBenchmark.naive` | scale=10 | 240 | 9.00 | ms/op | peer | 282 ± 1.50 | — |");
    }

    @Test
    void aPeerCanBeAParameterValueComparedAtTheSameOtherParameters() throws Exception {
        String parse = "org.example.io.ParsePeers.parse";
        Path json = new JmhRows()
                .thrpt(parse, "\"charset\":\"UTF-8\",\"parser\":\"ours\"", 4.0, 0.1)
                .thrpt(parse, "\"charset\":\"UTF-8\",\"parser\":\"library\"", 2.0, 0.1)
                .thrpt(parse, "\"charset\":\"GB18030\",\"parser\":\"ours\"", 3.0, 0.1)
                .thrpt(parse, "\"charset\":\"GB18030\",\"parser\":\"library\"", 6.0, 0.1)
                .write(dir.resolve("peers.json"), "", "", "");
        Path doc = document("<!-- results:p begin match=\"ParsePeers\" peer=\"parser=ours\" -->\n<!-- results:p end -->\n");

        String out = render(doc, json);

        assertThat(out).contains("| Benchmark | Params | Score | ± error (99.9%) | Units | vs parser=ours |")
                .contains("| `ParsePeers.parse` | charset=UTF-8, parser=library | 2.00 | 0.100 | ops/s | 0.50× |")
                .contains("| `ParsePeers.parse` | charset=GB18030, parser=library | 6.00 | 0.100 | ops/s | 2.00× |")
                .contains("| `ParsePeers.parse` | charset=GB18030, parser=ours | 3.00 | 0.100 | ops/s | peer |");
    }

    @Test
    void aRowWithoutErrorSaysHowManyIterationsItHad() throws Exception {
        Path json = new JmhRows().thrpt("org.example.A.b", "", 1.0, Double.NaN).write(dir.resolve("two.json"), "", "", "");

        assertThat(ResultsTable.noError(JmhJson.read(json).get(0))).isEqualTo("n/a (5 iterations)");
        assertThat(ResultsTable.noError(JmhJson.read(fixture()).get(6))).isEqualTo("n/a (one iteration)");
    }

    @Test
    void theCaptionNamesTheModeAndFlagsARunUnderLoad() throws Exception {
        Path json = new JmhRows().thrpt("org.example.A.b", "", 1.0, 0.1)
                .write(dir.resolve("loaded.json"), "benchmarks/run quick org.jiceng.benchmarks.*", "9.10 8.00 7.00",
                        "3.00 3.00 3.00");
        Path doc = document("<!-- results:a begin match=\"A\\.b\" -->\n<!-- results:a end -->\n");

        String out = render(doc, json);

        assertThat(out).contains("load average 9.10 at the start, 3.00 at the end, started 2026-12-03T09:00:00Z,"
                + " quick mode; **shared machine under load**");
        assertThat(Machine.besides(new JmhRows().thrpt("org.example.A.b", "", 1.0, 0.1)
                .write(dir.resolve("quiet.json"), "benchmarks/run full x", "1.00 1.00 1.00", "3.90 1.00 1.00")).get()
                .loaded()).as("3.9 on 2 cores is not above twice the cores").isFalse();
    }

    @Test
    void refusesAMarkerWithoutItsEndNamingTheLine() throws Exception {
        Path json = fixture();
        Path doc = document("intro\n<!-- results:ledger begin match=\"Ledger\" -->\nno end\n");

        assertThatThrownBy(() -> render(doc, json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RESULTS.md:2: section ledger has no end marker");
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo("intro\n<!-- results:ledger begin"
                + " match=\"Ledger\" -->\nno end\n");
    }

    @Test
    void refusesABeginMarkerWithoutMatchOrWithAnUnknownAttribute() {
        assertThatThrownBy(() -> new MarkedDocument("R.md", "<!-- results:a begin peer=\"x\" -->\n<!-- results:a end -->"))
                .hasMessageContaining("R.md:1: section a names no benchmarks");
        assertThatThrownBy(() -> new MarkedDocument("R.md", "<!-- results:a begin match=\"x\" pear=\"y\" -->\n"
                + "<!-- results:a end -->")).hasMessageContaining("unknown attribute pear");
        assertThatThrownBy(() -> new MarkedDocument("R.md", "x\n<!-- results:a end -->"))
                .hasMessageContaining("R.md:2: end marker of section a without its begin marker");
    }

    @Test
    void refusesAFileThatIsNotJmhJson() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[{\"benchmark\": \"a.B.c\", \"mode\": \"thrpt\"}]", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JmhJson.read(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json: benchmark #1 (a.B.c): field primaryMetric is missing");
    }

    @Test
    void formatsNumbersWithThreeSignificantFiguresWhateverTheLocale() {
        assertThat(ResultsTable.number(14254.4)).isEqualTo("14,254");
        assertThat(ResultsTable.number(454.4)).isEqualTo("454");
        assertThat(ResultsTable.number(12.34)).isEqualTo("12.3");
        assertThat(ResultsTable.number(1.234)).isEqualTo("1.23");
        assertThat(ResultsTable.number(0.2771)).isEqualTo("0.277");
        assertThat(ResultsTable.number(0.0001234)).isEqualTo("0.000123");
    }
}
