package org.jiceng.benchmarks.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jiceng.core.model.Event;
import org.jiceng.core.store.AppendResult;
import org.jiceng.store.jdbc.JdbcEventLedger;
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

/**
 * Appending events to the points ledger on one connection, in events per second (one operation =
 * one event). Each invocation's events are made before it (not timed), with ids not stored yet:
 * <ul>
 *   <li>{@code bulk}: {@link JdbcEventLedger#append} of 100,000 new events in one call: their ids are
 *       distinct, so one streamed COPY straight into the ledger, then commit;</li>
 *   <li>{@code bulkWithOneStoredId}: the same, with the last event of the previous call offered again
 *       at the end: the worst case of the idempotent path (the COPY fails on the stored id at its very
 *       end, is rolled back, and the batch goes through the staging table and the conflict check);</li>
 *   <li>{@code rowByRow} (the peer): one INSERT per event in auto-commit (2,000 per invocation), into
 *       a table with the ledger's columns and indexes.</li>
 * </ul>
 * {@code synchronous_commit} is on. Target: {@code bulk} at least 100,000 events/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LedgerAppendBenchmark {

    private static final int BULK = 100_000;
    private static final int ROWS = 2_000;

    private BenchDatabase db;
    private JdbcEventLedger ledger;
    private Connection naive;
    private int batch;
    private List<Event> offered = List.of();
    private Event lastStored;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        db = BenchDatabase.start("on", "bench_ledger");
        ledger = new JdbcEventLedger(db.pool());
        naive = db.peerConnection();
        naive.setAutoCommit(true);
        try (Statement st = naive.createStatement()) {
            st.execute("CREATE TABLE naive_event (event_id VARCHAR(200) PRIMARY KEY, type VARCHAR(200) NOT NULL,"
                    + " subject_id VARCHAR(200) NOT NULL, at TIMESTAMPTZ NOT NULL, quantity NUMERIC NOT NULL,"
                    + " area_id VARCHAR(200), attributes TEXT NOT NULL)");
            st.execute("CREATE INDEX naive_event_subject_idx ON naive_event (subject_id, at, event_id)");
            st.execute("CREATE INDEX naive_event_at_idx ON naive_event USING brin (at)");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException, IOException {
        naive.close();
        db.close();
    }

    static List<Event> events(int batch, int count) {
        List<Event> out = new ArrayList<>(count);
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            out.add(new Event(String.format(Locale.ROOT, "b%05d-%06d", batch, i), i % 3 == 0 ? "meeting.attended"
                    : "volunteer.service", "member-" + (i % 22_305), t0.plusSeconds(37L * i + batch), BigDecimal.ONE,
                    Optional.of("530112001001"), i % 4 == 0 ? Map.of("meeting", "党课") : Map.of()));
        }
        return out;
    }

    /** Makes the next invocation's events, untimed: a bulk batch, or a peer's rows. */
    @Setup(Level.Invocation)
    public void nextEvents(org.openjdk.jmh.infra.BenchmarkParams params) {
        boolean peer = params.getBenchmark().endsWith("rowByRow");
        List<Event> events = events(batch++, peer ? ROWS : BULK);
        if (params.getBenchmark().endsWith("bulkWithOneStoredId") && lastStored != null) {
            events = new ArrayList<>(events);
            events.add(lastStored);
        }
        offered = events;
    }

    @Benchmark
    @OperationsPerInvocation(BULK)
    public AppendResult bulk() {
        return ledger.append(offered);
    }

    @Benchmark
    @OperationsPerInvocation(BULK)
    public AppendResult bulkWithOneStoredId() {
        AppendResult r = ledger.append(offered);
        lastStored = offered.get(BULK - 1);
        return r;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int rowByRow() throws SQLException {
        List<Event> events = offered;
        int n = 0;
        try (PreparedStatement ps = naive.prepareStatement("INSERT INTO naive_event (event_id, type, subject_id, at,"
                + " quantity, area_id, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                ps.setString(1, e.id());
                ps.setString(2, e.type());
                ps.setString(3, e.subjectId());
                ps.setObject(4, OffsetDateTime.ofInstant(e.time(), ZoneOffset.UTC));
                ps.setBigDecimal(5, e.quantity());
                ps.setString(6, e.areaId().orElse(null));
                ps.setString(7, e.attributes().toString());
                n += ps.executeUpdate();
            }
        }
        return n;
    }
}
