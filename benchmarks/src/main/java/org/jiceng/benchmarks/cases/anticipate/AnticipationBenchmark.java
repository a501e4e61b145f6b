package org.jiceng.benchmarks.cases.anticipate;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jiceng.cases.anticipate.Anticipation;
import org.jiceng.cases.anticipate.AnticipationInput;
import org.jiceng.cases.anticipate.AnticipationReport;
import org.jiceng.cases.anticipate.AnticipationRules;
import org.jiceng.cases.anticipate.Anticipator;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.Signal;
import org.jiceng.cases.anticipate.SignalCube;
import org.jiceng.testkit.cases.sample.VisitYear;
import org.jiceng.testkit.cases.sample.VisitYearGenerator;
import org.jiceng.testkit.cases.sample.VisitYearSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 未诉先办 detection over a Guandu-sized year: 603 grids on a 9 × 67 lattice, 8,325 cases and 20,000
 * visits (30% raising a situation) with planted patterns, 20 situations, 53 ISO weeks of 2024, the
 * built-in pack (recurring, emerging, cluster, and seasonal, which needs a year of history and so finds
 * nothing here). One thread, so one core. In the same run:
 * <ul>
 *   <li>{@code sdkFromRecords}: {@code Anticipator.detect(input)}, the whole job: cases and visits to
 *       signals (with the exclusions listed), the cube, the four detectors;</li>
 *   <li>{@code sdkFromSignals}: the cube and the detectors from the extracted signals;</li>
 *   <li>{@code naivePerGridRescan}: the peer, {@link NaiveAnticipation}, from the same signals.</li>
 * </ul>
 * Scores are milliseconds per detection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AnticipationBenchmark {

    private Anticipator anticipator;
    private AnticipationInput input;
    private List<Signal> signals;
    private NaiveAnticipation naive;

    /** Generates the year and checks that both sides find the same. */
    @Setup(Level.Trial)
    public void setUp() {
        VisitYear year = VisitYearGenerator.generate(VisitYearSpec.guandu(2024, 2024, true));
        anticipator = Anticipation.anticipator(AnticipationRules.builtIn());
        input = year.input();
        signals = Anticipation.signals(input);
        naive = new NaiveAnticipation(input.from(), input.to(), input.grids(),
                input.catalogue().situations().stream().map(s -> s.code()).toList(), input.neighbours(),
                anticipator.rules().alpha());
        List<String> sdk = anticipator.detect(input).findings().stream().map(Finding::id).toList();
        List<String> peer = naive.detect(signals).stream().map(Finding::id).toList();
        if (!sdk.equals(peer) || sdk.size() != year.planted().size()) {
            throw new IllegalStateException("SDK and naive findings differ or miss planted patterns: " + sdk + " vs "
                    + peer);
        }
    }

    /** @return the report of the whole job */
    @Benchmark
    public AnticipationReport sdkFromRecords() {
        return anticipator.detect(input);
    }

    /** @return the findings from the signals */
    @Benchmark
    public List<Finding> sdkFromSignals() {
        SignalCube cube = SignalCube.of(input.from(), input.to(), input.grids(),
                input.catalogue().situations().stream().map(s -> s.code()).toList(), input.neighbours(), signals);
        return anticipator.detect(cube);
    }

    /** @return the peer's findings from the signals */
    @Benchmark
    public List<Finding> naivePerGridRescan() {
        return naive.detect(signals);
    }
}
