package org.jiceng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.store.CaseQuery;
import org.jiceng.cases.store.StoredCase;
import org.jiceng.cases.store.TrailBreak;
import org.jiceng.cases.store.TrailBreak.Kind;
import org.jiceng.cases.store.VerificationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forgeries done directly in SQL by a superuser who switches the append-only triggers off
 * ({@code session_replication_role = replica}), as an insider with database rights could: each is
 * found by {@code verify} at the first entry it touched.
 */
class ForgedTrailTest {

    private HikariDataSource pool;
    private JdbcCaseStore store;

    @BeforeEach
    void sixCasesOfFiveEntries() {
        pool = EmbeddedDatabase.pool(EmbeddedDatabase.migratedSchema("forged"), 2);
        store = new JdbcCaseStore(pool);
        for (int n = 1; n <= 6; n++) {
            StoredCase s = store.create(StoreFixtures.received("F-" + n, n));
            for (int i = 0; i < 4; i++) {
                s = store.append(s.id(), s.version(), StoreFixtures.nextMove(s.value(), "sec-" + n));
            }
            assertThat(s.value().status()).isEqualTo(CaseStatus.RESOLVED);
        }
    }

    @AfterEach
    void close() {
        pool.close();
    }

    private void forge(String... statements) throws SQLException {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SET session_replication_role = replica");
            for (String sql : statements) {
                st.execute(sql);
            }
            st.execute("SET session_replication_role = DEFAULT");
        }
    }

    private TrailBreak firstBreak(String caseId) {
        return store.verify(caseId).firstBreak().orElseThrow(() -> new AssertionError(caseId + " verified intact"));
    }

    @Test
    void untouchedTrailsVerify() {
        VerificationReport report = store.verifyAll();
        assertThat(report.isIntact()).isTrue();
        assertThat(report.casesChecked()).isEqualTo(6);
        assertThat(report.entriesChecked()).isEqualTo(30);
    }

    @Test
    void aRewrittenNoteIsFound() throws SQLException {
        forge("UPDATE jiceng_case_entry SET note = '按时办结，群众满意' WHERE case_id = 'F-2' AND seq = 4");
        TrailBreak b = firstBreak("F-2");
        assertThat(b.seq()).isEqualTo(4);
        assertThat(b.kind()).isEqualTo(Kind.ENTRY_ALTERED);
    }

    @Test
    void aMovedTimeIsFound() throws SQLException {
        forge("UPDATE jiceng_case_entry SET at = at - INTERVAL '2 days' WHERE case_id = 'F-3' AND seq = 3");
        assertThat(firstBreak("F-3")).satisfies(b -> {
            assertThat(b.seq()).isEqualTo(3);
            assertThat(b.kind()).isEqualTo(Kind.ENTRY_ALTERED);
        });
    }

    @Test
    void anEntryDroppedFromTheMiddleIsFound() throws SQLException {
        forge("DELETE FROM jiceng_case_entry WHERE case_id = 'F-4' AND seq = 2");
        assertThat(firstBreak("F-4")).satisfies(b -> {
            assertThat(b.seq()).isEqualTo(2);
            assertThat(b.kind()).isEqualTo(Kind.ENTRY_MISSING);
        });
    }

    @Test
    void entriesDroppedFromTheEndAreFound() throws SQLException {
        forge("DELETE FROM jiceng_case_entry WHERE case_id = 'F-5' AND seq >= 3");
        assertThat(firstBreak("F-5").kind()).isEqualTo(Kind.TRAIL_TRUNCATED);
    }

    @Test
    void aChangedCaseHeaderIsFound() throws SQLException {
        forge("UPDATE jiceng_case SET grid_id = 'g-9', description = '无' WHERE case_id = 'F-1'");
        assertThat(firstBreak("F-1")).satisfies(b -> {
            assertThat(b.seq()).isEqualTo(-1);
            assertThat(b.kind()).isEqualTo(Kind.HEADER_ALTERED);
        });
    }

    @Test
    void unresolvedCasesForgedIntoResolvedOnesAreFound() throws SQLException {
        // A case stuck in WHISTLED is "resolved" by rewriting its later entries in place: the closure
        // rate the queries see rises, and verify names the first forged entry.
        StoredCase open = store.create(StoreFixtures.received("F-7", 7));
        open = store.append("F-7", 1, StoreFixtures.nextMove(open.value(), "sec-7"));
        assertThat(store.query(CaseQuery.all().withStatuses(CaseStatus.RESOLVED))).extracting(StoredCase::id)
                .doesNotContain("F-7");
        String head = open.headHash();
        forge("INSERT INTO jiceng_case_entry (case_id, seq, at, actor, from_status, to_status, note, departments,"
                + " prev_hash, entry_hash) VALUES ('F-7', 2, now(), 'urban-management', 'WHISTLED',"
                + " 'DEPARTMENTS_REPORTED', '已到场', '1:1;16:urban-management;', '" + head + "', '" + head + "'),"
                + " ('F-7', 3, now(), 'sec-7', 'DEPARTMENTS_REPORTED', 'IN_PROGRESS', '', '1:0;', '" + head + "', '"
                + head + "'), ('F-7', 4, now(), 'sec-7', 'IN_PROGRESS', 'RESOLVED', '已办结', '1:0;', '" + head
                + "', '" + head + "')",
                "UPDATE jiceng_case SET status = 'RESOLVED', version = 5 WHERE case_id = 'F-7'");
        assertThat(store.query(CaseQuery.all().withStatuses(CaseStatus.RESOLVED))).extracting(StoredCase::id)
                .contains("F-7");
        assertThat(firstBreak("F-7")).satisfies(b -> {
            assertThat(b.seq()).isEqualTo(2);
            assertThat(b.kind()).isEqualTo(Kind.ENTRY_ALTERED);
        });
    }

    @Test
    void verifyAllReportsTheFirstBreakOfEveryForgedCaseInIdOrder() throws SQLException {
        forge("UPDATE jiceng_case_entry SET note = 'x' WHERE case_id = 'F-6' AND seq = 1",
                "DELETE FROM jiceng_case_entry WHERE case_id = 'F-2' AND seq = 1",
                "UPDATE jiceng_case_entry SET note = 'y' WHERE case_id = 'F-2' AND seq = 3");
        VerificationReport report = store.verifyAll();
        assertThat(report.casesChecked()).isEqualTo(6);
        assertThat(report.breaks()).extracting(TrailBreak::caseId).isEqualTo(List.of("F-2", "F-6"));
        assertThat(report.breaks()).extracting(TrailBreak::seq).isEqualTo(List.of(1, 1));
        assertThat(report.firstBreak().map(TrailBreak::kind)).contains(Kind.ENTRY_MISSING);
    }
}
