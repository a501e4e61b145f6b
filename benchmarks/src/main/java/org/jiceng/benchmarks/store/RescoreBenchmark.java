package org.jiceng.benchmarks.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.store.jdbc.JdbcEventLedger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Rescoring one member after a new event, with a warm connection, in milliseconds per operation
 * (sample mode: read the median, p0.50). The ledger holds a year of the 西山区 demo's size for its
 * members (22,305 members, 20 events each, about 446,000 events):
 * <ul>
 *   <li>{@code rescoreOne}: read the member's events from the ledger and score them with the
 *       {@code party-member-points} pack (what a system does after a new event);</li>
 *   <li>{@code appendAndRescoreOne}: append the new event (one committed transaction) first;</li>
 *   <li>{@code batchAll} (the peer): score every member's events from memory, the batch run a
 *       system would otherwise repeat.</li>
 * </ul>
 * Target: {@code rescoreOne} under 1 ms median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RescoreBenchmark {

    private static final int MEMBERS = 22_305;
    private static final Instant AS_OF = Instant.parse("2025-01-01T00:00:00Z");

    private BenchDatabase db;
    private JdbcEventLedger ledger;
    private ScoringEngine engine;
    private List<Event> all;
    private final SplittableRandom random = new SplittableRandom(7);
    private int fresh;

    @Setup(Level.Trial)
    public void setUp() {
        db = BenchDatabase.start("on", "bench_rescore");
        ledger = new JdbcEventLedger(db.pool());
        engine = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));
        all = new ArrayList<>(MEMBERS * 20);
        SplittableRandom r = new SplittableRandom(1);
        String[] types = {"meeting.attended", "volunteer.service", "household.visit", "meeting.missed"};
        for (int m = 0; m < MEMBERS; m++) {
            for (int k = 0; k < 20; k++) {
                String type = types[r.nextInt(types.length)];
                all.add(new Event(String.format(Locale.ROOT, "e%05d-%02d", m, k), type, "member-" + m,
                        Instant.parse("2024-01-02T00:00:00Z").plusSeconds(r.nextLong(360L * 86_400)),
                        type.equals("volunteer.service") ? BigDecimal.valueOf(1 + r.nextInt(6)) : BigDecimal.ONE,
                        Optional.of("530112001001"), Map.of()));
            }
        }
        for (int from = 0; from < all.size(); from += 100_000) {
            ledger.append(all.subList(from, Math.min(all.size(), from + 100_000)));
        }
        try (var c = db.pool().getConnection(); var st = c.createStatement()) {
            st.execute("ANALYZE jiceng_event");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        db.close();
    }

    private String member() {
        return "member-" + random.nextInt(MEMBERS);
    }

    @Benchmark
    public Scorecards rescoreOne() {
        return engine.score(ledger.eventsOf(member(), AS_OF), AS_OF);
    }

    @Benchmark
    public Scorecards appendAndRescoreOne() {
        String member = member();
        ledger.append(List.of(new Event("new-" + fresh++, "volunteer.service", member,
                Instant.parse("2024-12-30T09:00:00Z"), BigDecimal.valueOf(2), Optional.empty(), Map.of())));
        return engine.score(ledger.eventsOf(member, AS_OF), AS_OF);
    }

    @Benchmark
    public Scorecards batchAll() {
        return engine.score(all, AS_OF);
    }
}
