package org.jiceng.benchmarks.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jiceng.core.model.Event;
import org.jiceng.core.store.AppendResult;
import org.jiceng.store.jdbc.JdbcEventLedger;

/**
 * CPU time per stored transition and per appended event, client and PostgreSQL backend together,
 * which does not count the time spent waiting for a core on a shared machine (the JMH figures do).
 * The backend's CPU is read from {@code /proc/<pid>/stat} of the connection's server process (Linux).
 * {@code synchronous_commit} is off, so that no time goes to waiting for the disk either: the figures
 * bound what one connection can do on a machine with a core free for each side.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.jiceng.benchmarks.store.StoreCpuTime [transitions]</pre>
 */
public final class StoreCpuTime {

    private StoreCpuTime() {
    }

    /**
     * @param args number of measured transitions (default 20,000)
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TransitionBenchmark t = new TransitionBenchmark();
        t.synchronousCommit = "off";
        t.setUp();
        try (BenchDatabase db = t.database()) {
            long backend = backendPid(db);
            long peerBackend = backendPid(t.peer());
            for (int i = 0; i < 5_000; i++) {
                t.chained();
                t.naive();
            }
            long c0 = threads.getCurrentThreadCpuTime();
            long s0 = ticks(backend);
            for (int i = 0; i < n; i++) {
                t.chained();
            }
            long c1 = threads.getCurrentThreadCpuTime();
            long s1 = ticks(backend);
            report("chained transition", n, c1 - c0, s1 - s0);
            long p0 = ticks(peerBackend);
            for (int i = 0; i < n; i++) {
                t.naive();
            }
            long c2 = threads.getCurrentThreadCpuTime();
            long p1 = ticks(peerBackend);
            report("naive transition (peer)", n, c2 - c1, p1 - p0);

            JdbcEventLedger ledger = new JdbcEventLedger(db.pool());
            ledger.append(LedgerAppendBenchmark.events(9_000, 100_000));
            List<List<Event>> batches = new ArrayList<>();
            for (int batch = 0; batch < 5; batch++) {
                batches.add(LedgerAppendBenchmark.events(9_001 + batch, 100_000));
            }
            long e0 = threads.getCurrentThreadCpuTime();
            long b0 = ticks(backend);
            int events = 0;
            for (List<Event> batch : batches) {
                AppendResult r = ledger.append(batch);
                events += r.appended();
            }
            report("ledger event (bulk)", events, threads.getCurrentThreadCpuTime() - e0, ticks(backend) - b0);
        } finally {
            t.peer().close();
        }
    }

    private static long backendPid(BenchDatabase db) throws SQLException {
        try (Connection c = db.pool().getConnection()) {
            return backendPid(c);
        }
    }

    private static long backendPid(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** User plus system CPU of a process, in clock ticks (1/100 s on Linux). */
    private static long ticks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static void report(String what, int count, long clientNanos, long serverTicks) {
        double client = clientNanos / 1e3 / count;
        double server = serverTicks * 1e4 / count;
        System.out.println(String.format(Locale.ROOT, "%-26s client %8.1f µs  server %8.1f µs  together %8.1f µs"
                + "  → %,10.0f per CPU-second", what, client, server, client + server, 1e6 / (client + server)));
    }
}
