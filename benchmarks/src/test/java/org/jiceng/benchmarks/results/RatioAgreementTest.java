package org.jiceng.benchmarks.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatioAgreementTest {

    private static final String ENGINE = "org.example.scoring.ScoringBenchmark.engine";
    private static final String HAND = "org.example.scoring.ScoringBenchmark.handLoop";
    private static final String SMALL = "\"subjects\":\"10000\"";
    private static final String LARGE = "\"subjects\":\"100000\"";

    @TempDir
    Path dir;

    private Path doc() throws Exception {
        Path doc = dir.resolve("RESULTS.md");
        Files.writeString(doc, "<!-- results:scoring begin match=\"ScoringBenchmark\" peer=\"handLoop\" -->\n"
                + "<!-- results:scoring end -->\n", StandardCharsets.UTF_8);
        return doc;
    }

    /** The ratio of the first row of a file to its second row. */
    private RatioAgreement.Ratio firstToSecond(JmhRows rows, String file) throws Exception {
        List<JmhResult> read = JmhJson.read(rows.write(dir.resolve(file), "", "", ""));
        return RatioAgreement.ratio(read.get(0), read.get(1));
    }

    @Test
    void theRatioIntervalComesFromBothRowsErrorBounds() throws Exception {
        RatioAgreement.Ratio r = firstToSecond(new JmhRows().thrpt(ENGINE, SMALL, 8.0, 1.0).thrpt(HAND, SMALL, 2.0, 0.5),
                "a.json");

        assertThat(new double[] {r.value(), r.low(), r.high()}).containsExactly(new double[] {4.0, 7.0 / 2.5, 9.0 / 1.5},
                within(1e-12));
    }

    @Test
    void timePerOperationRatiosAreSpeedsWithTheirIntervalsInverted() throws Exception {
        RatioAgreement.Ratio r = firstToSecond(new JmhRows().row("org.example.S.fast", "avgt", "", 2.0, 0.5, "ms/op", "")
                .row("org.example.S.slow", "avgt", "", 10.0, 1.0, "ms/op", ""), "t.json");

        assertThat(new double[] {r.value(), r.low(), r.high()}).containsExactly(new double[] {5.0, 9.0 / 2.5, 11.0 / 1.5},
                within(1e-12));
    }

    @Test
    void aPeerIntervalReachingZeroLeavesTheRatioUnboundedAbove() throws Exception {
        RatioAgreement.Ratio r = firstToSecond(new JmhRows().thrpt(ENGINE, SMALL, 8.0, 1.0).thrpt(HAND, SMALL, 2.0, 3.0),
                "z.json");

        assertThat(r.high()).isInfinite();
        assertThat(r.text()).isEqualTo("4.00× [1.40, ∞]");
    }

    @Test
    void quickAndFullAgreeWhenTheirIntervalsOverlapAndDisagreeWhenApart() throws Exception {
        Path quick = new JmhRows()
                .thrpt(ENGINE, SMALL, 8.0, 2.0).thrpt(HAND, SMALL, 2.0, 0.2)      // 4×, [2.73, 5.56]
                .thrpt(ENGINE, LARGE, 8.0, 0.1).thrpt(HAND, LARGE, 4.0, 0.1)      // 2×, [1.93, 2.08]
                .write(dir.resolve("quick.json"), "benchmarks/run quick x", "9.00 8.00 7.00", "11.00 9.00 7.00");
        Path full = new JmhRows()
                .thrpt(ENGINE, SMALL, 7.0, 0.5).thrpt(HAND, SMALL, 2.0, 0.1)      // 3.5×, [3.10, 3.95]
                .thrpt(ENGINE, LARGE, 9.0, 0.1).thrpt(HAND, LARGE, 3.0, 0.1)      // 3×, [2.87, 3.14]
                .write(dir.resolve("full.json"), "benchmarks/run full x", "1.00 1.00 1.00", "1.20 1.00 1.00");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        long disagreements = AgreeResults.check(doc(), quick, full, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(disagreements).isEqualTo(1);
        assertThat(out).contains("`quick.json` (quick mode, load 9.00 → 11.00) vs `full.json` (full mode, load 1.00 → 1.20)")
                .contains("| scoring | `ScoringBenchmark.engine` | subjects=10000 | 4.00× [2.73, 5.56] | 3.50× [3.10, 3.95] | agree |")
                .contains("| scoring | `ScoringBenchmark.engine` | subjects=100000 | 2.00× [1.93, 2.08] | 3.00× [2.87, 3.14] | **disagree** |")
                .contains("2 ratios compared: 1 agree within their noise, 0 lie within the other run's interval (one run"
                        + " without error bounds), 1 disagree, 0 without error bounds in either run.");
    }

    @Test
    void aRunWithoutErrorBoundsAgreesOnlyWhereItsRatioLiesInsideTheOtherRunsInterval() throws Exception {
        Path quick = new JmhRows()
                .thrpt(ENGINE, SMALL, 8.0, Double.NaN).thrpt(HAND, SMALL, 2.0, Double.NaN)   // 4×, inside [3.33, 4.74]
                .thrpt(ENGINE, LARGE, 9.0, Double.NaN).thrpt(HAND, LARGE, 2.0, Double.NaN)   // 4.5×, outside [1.90, 2.10]
                .write(dir.resolve("quick.json"), "benchmarks/run quick x", "1.0", "1.0");
        Path full = new JmhRows()
                .thrpt(ENGINE, SMALL, 8.0, 1.0).thrpt(HAND, SMALL, 2.0, 0.1)
                .thrpt(ENGINE, LARGE, 4.0, 0.1).thrpt(HAND, LARGE, 2.0, 0.05)
                .write(dir.resolve("full.json"), "benchmarks/run full x", "1.0", "1.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        long disagreements = AgreeResults.check(doc(), quick, full, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(disagreements).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("| subjects=10000 | 4.00× (no error bounds) | 4.00× [3.33, 4.74] | agree (inside the other run's interval) |")
                .contains("| subjects=100000 | 4.50× (no error bounds) | 2.00× [1.90, 2.10] | **disagree** |")
                .contains("2 ratios compared: 0 agree within their noise, 1 lie within the other run's interval");
    }

    @Test
    void twoRunsWithoutErrorBoundsCannotBeJudgedAndAreNotCalledAgreement() throws Exception {
        Path a = new JmhRows().thrpt(ENGINE, SMALL, 8.0, Double.NaN).thrpt(HAND, SMALL, 2.0, Double.NaN)
                .write(dir.resolve("a.json"), "benchmarks/run quick x", "1.0", "1.0");
        Path b = new JmhRows().thrpt(ENGINE, SMALL, 6.0, Double.NaN).thrpt(HAND, SMALL, 2.0, Double.NaN)
                .write(dir.resolve("b.json"), "benchmarks/run quick x", "1.0", "1.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        long disagreements = AgreeResults.check(doc(), a, b, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(disagreements).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("cannot judge (no error bounds in either run)")
                .contains("0 agree within their noise, 0 lie within the other run's interval (one run without error"
                        + " bounds), 0 disagree, 1 without error bounds in either run.");
    }

    @Test
    void ratiosOnlyOneRunMeasuredAreLeftOut() throws Exception {
        Path quick = new JmhRows().thrpt(ENGINE, SMALL, 8.0, 1.0).thrpt(HAND, SMALL, 2.0, 0.1)
                .thrpt(ENGINE, LARGE, 8.0, 1.0).thrpt(HAND, LARGE, 2.0, 0.1)
                .write(dir.resolve("q.json"), "", "", "");
        Path full = new JmhRows().thrpt(ENGINE, SMALL, 8.0, 1.0).thrpt(HAND, SMALL, 2.0, 0.1)
                .write(dir.resolve("f.json"), "", "", "");

        List<RatioAgreement.Comparison> all = RatioAgreement.compare(new MarkedDocument("d", Files.readString(doc()))
                .groups(), JmhJson.read(quick), JmhJson.read(full));

        assertThat(all).singleElement().satisfies(c -> assertThat(c.row().paramsText()).isEqualTo("subjects=10000"));
    }
}
