package org.jiceng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jiceng.cases.store.StoredCase;
import org.jiceng.cases.store.VerificationReport;
import org.junit.jupiter.api.Test;

/**
 * A writer JVM killed with SIGKILL in the middle of a stream of transitions loses nothing it
 * acknowledged and leaves nothing half-written.
 */
class CrashTest {

    @Test
    void everyAcknowledgedTransitionSurvivesSigkillAndTheChainsVerify() throws Exception {
        String schema = EmbeddedDatabase.migratedSchema("crash");
        String url = EmbeddedDatabase.url() + "&currentSchema=" + schema;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), url).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Long> acknowledged = new HashMap<>();
        int acks = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("ACK")) {
                    acknowledged.merge(parts[1], Long.parseLong(parts[2]), Math::max);
                    if (++acks == 250) {
                        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(child.pid())).start();
                        assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
                        assertThat(kill.exitValue()).isZero();
                    }
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(acks).isGreaterThanOrEqualTo(250);

        try (HikariDataSource pool = EmbeddedDatabase.pool(schema, 2)) {
            JdbcCaseStore restarted = new JdbcCaseStore(pool);
            List<StoredCase> all;
            try (Stream<StoredCase> s = restarted.streamAll()) {
                all = s.toList();
            }
            for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
                StoredCase stored = restarted.load(ack.getKey()).orElseThrow();
                assertThat(stored.version()).as(ack.getKey()).isGreaterThanOrEqualTo(ack.getValue());
            }
            long extra = 0;
            for (StoredCase s : all) {
                extra += s.version() - acknowledged.getOrDefault(s.id(), 0L);
            }
            assertThat(extra).as("transitions committed but not yet acknowledged when killed").isBetween(0L, 1L);
            VerificationReport report = restarted.verifyAll();
            assertThat(report.isIntact()).as("%s", report.breaks()).isTrue();
            assertThat(report.entriesChecked()).isEqualTo(all.stream().mapToLong(StoredCase::version).sum());
            // The case the writer was in the middle of is not locked: it takes the next transition.
            StoredCase last = all.get(all.size() - 1);
            StoredCase after = restarted.append(last.id(), last.version(), StoreFixtures.nextMove(last.value(), "after"));
            assertThat(after.version()).isEqualTo(last.version() + 1);
            List<String> ids = new ArrayList<>(acknowledged.keySet());
            assertThat(all).extracting(StoredCase::id).containsAll(ids);
        }
    }
}
