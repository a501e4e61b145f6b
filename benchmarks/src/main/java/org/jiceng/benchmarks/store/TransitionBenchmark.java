package org.jiceng.benchmarks.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.store.StoredCase;
import org.jiceng.store.jdbc.JdbcCaseStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Case transitions stored on one connection, in transitions per second:
 * <ul>
 *   <li>{@code chained}: {@link JdbcCaseStore#append}: the state machine's check, the entry's hash over
 *       its predecessor's, the optimistic version update and the entry insert in one transaction,
 *       round robin over 1,000 cases;</li>
 *   <li>{@code naive} (the peer): the same rows written the way a naive DAO would, one statement per
 *       column in auto-commit (an insert of the key, then an update per column and one of the case's
 *       status), no checks and no hashes, into tables without triggers.</li>
 * </ul>
 * {@code synchronousCommit}: {@code on} waits for the WAL flush at every commit (durable against a
 * server crash; the demo's and the tests' setting), {@code off} acknowledges before the flush
 * (PostgreSQL's documented trade-off: a server crash may lose the last fraction of a second of
 * acknowledged commits, never half of one). Target: {@code chained} at least 1,500/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class TransitionBenchmark {

    private static final int CASES = 1000;
    private static final String[] COLUMNS = {"at", "actor", "from_status", "to_status", "note", "departments",
        "duplicate_of", "prev_hash", "entry_hash"};

    @Param({"on", "off"})
    public String synchronousCommit;

    private BenchDatabase db;
    private JdbcCaseStore store;
    private final List<StoredCase> cases = new ArrayList<>();
    private int next;
    private Connection naive;
    private long naiveSeq;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        db = BenchDatabase.start(synchronousCommit, "bench_transitions");
        store = new JdbcCaseStore(db.pool());
        SituationCatalogue catalogue = SituationCatalogue.defaults();
        List<Case> fresh = new ArrayList<>();
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < CASES; i++) {
            fresh.add(Case.builder(String.format(Locale.ROOT, "B-%05d", i), catalogue.get("P01"))
                    .location(CaseLocation.at(102.7, 25.0).withGrid("g-" + (i % 50))).receivedAt(t0, "grid-worker")
                    .build());
        }
        cases.addAll(store.createAll(fresh));
        naive = db.peerConnection();
        try (Statement st = naive.createStatement()) {
            st.execute("CREATE TABLE naive_case (case_id VARCHAR(200) PRIMARY KEY, status VARCHAR(32), version BIGINT)");
            st.execute("CREATE TABLE naive_entry (case_id VARCHAR(200), seq BIGINT, at TIMESTAMPTZ, actor TEXT,"
                    + " from_status VARCHAR(32), to_status VARCHAR(32), note TEXT, departments TEXT,"
                    + " duplicate_of VARCHAR(200), prev_hash VARCHAR(128), entry_hash VARCHAR(128),"
                    + " PRIMARY KEY (case_id, seq))");
            st.execute("INSERT INTO naive_case SELECT 'B-' || lpad(g::text, 5, '0'), 'RECEIVED', 1"
                    + " FROM generate_series(0, " + (CASES - 1) + ") g");
        }
        naive.setAutoCommit(true);
    }

    /** @return the database of the trial (for {@link StoreCpuTime}) */
    BenchDatabase database() {
        return db;
    }

    /** @return the peer's connection (for {@link StoreCpuTime}) */
    Connection peer() {
        return naive;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException, IOException {
        naive.close();
        db.close();
    }

    /** The next move of an endless resolve/reopen cycle. */
    static AuditEntry nextMove(Case c) {
        Instant at = c.trail().last().at().plusSeconds(60);
        CaseStatus s = c.status();
        return switch (s) {
            case RECEIVED, REOPENED -> AuditEntry.move(at, "urban-management", s, CaseStatus.IN_PROGRESS, "处置");
            case IN_PROGRESS -> AuditEntry.move(at, "urban-management", s, CaseStatus.RESOLVED, "摊点已清理");
            case RESOLVED -> AuditEntry.move(at, "居民", s, CaseStatus.REOPENED, "仍有摊点");
            default -> throw new IllegalStateException("unexpected " + s);
        };
    }

    @Benchmark
    public StoredCase chained() {
        int i = next++ % CASES;
        StoredCase c = cases.get(i);
        StoredCase after = store.append(c.id(), c.version(), nextMove(c.value()));
        cases.set(i, after);
        return after;
    }

    @Benchmark
    public long naive() throws SQLException {
        String id = String.format(Locale.ROOT, "B-%05d", (int) (naiveSeq % CASES));
        long seq = naiveSeq++;
        try (PreparedStatement ps = naive.prepareStatement("INSERT INTO naive_entry (case_id, seq) VALUES (?, ?)")) {
            ps.setString(1, id);
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
        for (String column : COLUMNS) {
            try (PreparedStatement ps = naive.prepareStatement("UPDATE naive_entry SET " + column
                    + " = ? WHERE case_id = ? AND seq = ?")) {
                if (column.equals("at")) {
                    ps.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
                } else {
                    ps.setString(1, column.equals("to_status") ? "IN_PROGRESS" : column + "-" + seq);
                }
                ps.setString(2, id);
                ps.setLong(3, seq);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = naive.prepareStatement("UPDATE naive_case SET status = ?, version = version + 1"
                + " WHERE case_id = ?")) {
            ps.setString(1, "IN_PROGRESS");
            ps.setString(2, id);
            ps.executeUpdate();
        }
        return seq;
    }
}
