package org.jiceng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jiceng.core.model.Event;
import org.jiceng.core.store.AppendResult;
import org.jiceng.core.store.EventConflictException;
import org.jiceng.core.store.EventLedger;
import org.jiceng.store.jdbc.internal.EmptyLedgerLoad;
import org.junit.jupiter.api.Test;

/**
 * A large first batch into an empty ledger is copied with the indexes built afterwards: the ledger ends
 * with exactly the indexes and constraints it had (new ones, by their catalogue ids), its key still
 * refuses what it refused before, and a connection that may not alter the ledger, a ledger that is not
 * empty, or a small batch keep the indexes in place. The ledger is truncated in the loading transaction
 * (a new file) and the rows copied frozen, its append-only guard refusing TRUNCATE again afterwards;
 * where truncating is refused or another TRUNCATE trigger is there, the load goes on without it.
 */
class EmptyLedgerLoadTest {

    private static final int LARGE = EmptyLedgerLoad.MIN_ROWS + 500;

    private static List<Event> events(String prefix, int count) {
        List<Event> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Event(prefix + i, "volunteer.service", "member-" + i % 97,
                    StoreFixtures.T0.plusSeconds(i * 37L % 100_003), BigDecimal.valueOf(i % 9, 1),
                    java.util.Optional.of("530112001001"), i % 5 == 0 ? Map.of("note", "党课 " + i) : Map.of()));
        }
        return out;
    }

    /** The ledger's indexes: name → (catalogue id, definition), and its constraints' definitions. */
    private static Map<String, List<String>> indexes(DataSource ds) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT i.relname, i.oid, pg_get_indexdef(i.oid),"
                        + " COALESCE((SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k"
                        + " WHERE k.conindid = i.oid AND k.conrelid = x.indrelid), '')"
                        + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                        + " WHERE x.indrelid = CAST('jiceng_event' AS regclass)")) {
            while (rs.next()) {
                out.put(rs.getString(1), List.of(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    private static Map<String, List<String>> withoutIds(Map<String, List<String>> indexes) {
        Map<String, List<String>> out = new TreeMap<>();
        indexes.forEach((name, d) -> out.put(name, d.subList(1, d.size())));
        return out;
    }

    private static List<String> ids(Map<String, List<String>> indexes) {
        return indexes.values().stream().map(d -> d.get(0)).toList();
    }

    private static List<Event> all(EventLedger ledger) {
        try (Stream<Event> s = ledger.stream(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))) {
            return s.toList();
        }
    }

    @Test
    void aLargeFirstBatchRebuildsTheSameIndexesAndTheKeyStillRefusesChanges() throws SQLException {
        DataSource ds = EmbeddedDatabase.fresh();
        EventLedger ledger = new JdbcEventLedger(ds);
        Map<String, List<String>> before = indexes(ds);
        List<Event> batch = events("E", LARGE);

        assertThat(ledger.append(batch)).isEqualTo(new AppendResult(LARGE, 0));

        Map<String, List<String>> after = indexes(ds);
        assertThat(before).containsOnlyKeys("jiceng_event_pkey", "jiceng_event_subject_idx", "jiceng_event_at_brin");
        assertThat(withoutIds(after)).as("same indexes and constraints").isEqualTo(withoutIds(before));
        assertThat(ids(after)).as("built anew").doesNotContainAnyElementsOf(ids(before));
        assertThat(all(ledger)).containsExactlyInAnyOrderElementsOf(batch);
        assertThat(ledger.eventsOf("member-5", Instant.parse("2100-01-01T00:00:00Z")))
                .hasSize((int) batch.stream().filter(e -> e.subjectId().equals("member-5")).count());

        assertThat(ledger.append(batch)).as("the rebuilt key knows every id").isEqualTo(new AppendResult(0, LARGE));
        Event stored = batch.get(LARGE / 2);
        Event changed = new Event(stored.id(), stored.type(), stored.subjectId(), stored.time(),
                stored.quantity().add(BigDecimal.ONE), stored.areaId(), stored.attributes());
        assertThatThrownBy(() -> ledger.append(List.of(changed))).isInstanceOf(EventConflictException.class);
        assertThat(ledger.count()).isEqualTo(LARGE);
    }

    /** The ledger's file number: a TRUNCATE gives the table a new one. */
    private static long filenode(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT pg_relation_filenode(CAST('jiceng_event' AS regclass))")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertTruncateIsRefused(DataSource ds) {
        assertThatThrownBy(() -> {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("TRUNCATE jiceng_event");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    @Test
    void aLargeFirstBatchIsCopiedFrozenIntoTheTruncatedLedgerWhoseGuardStillRefusesTruncate() throws Exception {
        DataSource ds = EmbeddedDatabase.fresh();
        EventLedger ledger = new JdbcEventLedger(ds);
        long before = filenode(ds);
        List<Event> batch = events("F", LARGE);
        try (Connection older = ds.getConnection(); Statement st = older.createStatement()) {
            older.setAutoCommit(false);
            older.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            st.executeQuery("SELECT count(*) FROM jiceng_case").close(); // its snapshot, taken before the load

            assertThat(ledger.append(batch)).isEqualTo(new AppendResult(LARGE, 0));

            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM jiceng_event")) {
                rs.next();
                assertThat(rs.getInt(1)).as("frozen rows are visible even to an older snapshot").isEqualTo(LARGE);
            }
            older.rollback();
        }
        assertThat(filenode(ds)).as("truncated: a new file").isNotEqualTo(before);
        assertThat(all(ledger)).containsExactlyInAnyOrderElementsOf(batch);
        assertTruncateIsRefused(ds);
        assertThat(ledger.count()).isEqualTo(LARGE);
    }

    /**
     * Appends a large first batch as a role that owns the ledger (and nothing else), after {@code grants} run
     * as the superuser.
     *
     * @return the ledger's (file number, index definitions with ids) before and after
     */
    private static List<Object> appendAsOwner(String prefix, List<String> grants) throws SQLException {
        String schema = EmbeddedDatabase.migratedSchema(prefix);
        String role = schema + "_owner";
        try (HikariDataSource superuser = EmbeddedDatabase.pool(schema, 2)) {
            try (Connection c = superuser.getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE ROLE " + role + " NOLOGIN");
                st.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
                st.execute("ALTER TABLE jiceng_event OWNER TO " + role);
                for (String grant : grants) {
                    st.execute(grant.replace("$schema", schema).replace("$role", role));
                }
            }
            Map<String, List<String>> indexesBefore = indexes(superuser);
            long before = filenode(superuser);
            com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
            config.setJdbcUrl(superuser.getJdbcUrl());
            config.setConnectionInitSql("SET ROLE " + role);
            config.setMaximumPoolSize(2);
            try (HikariDataSource owner = new HikariDataSource(config)) {
                EventLedger ledger = new JdbcEventLedger(owner);
                List<Event> batch = events(prefix, LARGE);

                assertThat(ledger.append(batch)).isEqualTo(new AppendResult(LARGE, 0));

                assertThat(all(ledger)).containsExactlyInAnyOrderElementsOf(batch);
            }
            return List.of(before, filenode(superuser), indexesBefore, indexes(superuser));
        }
    }

    @Test
    void anOwnerWithoutTheTruncatePrivilegeLoadsWithoutTruncatingAndStillRebuildsTheIndexes() throws SQLException {
        List<Object> r = appendAsOwner("untruncating", List.of("GRANT CREATE ON SCHEMA $schema TO $role",
                "REVOKE TRUNCATE ON jiceng_event FROM $role"));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> indexesBefore = (Map<String, List<String>>) r.get(2);
        @SuppressWarnings("unchecked")
        Map<String, List<String>> indexesAfter = (Map<String, List<String>>) r.get(3);

        assertThat(r.get(1)).as("not truncated").isEqualTo(r.get(0));
        assertThat(ids(indexesAfter)).as("indexes built anew").doesNotContainAnyElementsOf(ids(indexesBefore));
        assertThat(withoutIds(indexesAfter)).isEqualTo(withoutIds(indexesBefore));
    }

    @Test
    void anOwnerThatMayTruncateIsLoadedIntoTheTruncatedLedger() throws SQLException {
        List<Object> r = appendAsOwner("owning", List.of("GRANT CREATE ON SCHEMA $schema TO $role"));

        assertThat(r.get(1)).as("truncated").isNotEqualTo(r.get(0));
    }

    @Test
    void anOwnerThatMayNotCreateIndexesInTheSchemaLoadsWithItsIndexesInPlace() throws SQLException {
        List<Object> r = appendAsOwner("uncreating", List.of());

        assertThat(r.get(1)).as("not truncated").isEqualTo(r.get(0));
        assertThat(r.get(3)).as("indexes kept").isEqualTo(r.get(2));
    }

    @Test
    void aLedgerWhoseKeyAnotherTableReferencesLoadsThroughTheOrdinaryPath() throws SQLException {
        DataSource ds = EmbeddedDatabase.fresh();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE event_note (event_id VARCHAR(200) COLLATE \"C\""
                    + " REFERENCES jiceng_event (event_id))");
        }
        Map<String, List<String>> indexesBefore = indexes(ds);
        long before = filenode(ds);
        EventLedger ledger = new JdbcEventLedger(ds);
        List<Event> batch = events("R", LARGE);

        assertThat(ledger.append(batch)).isEqualTo(new AppendResult(LARGE, 0));

        assertThat(filenode(ds)).as("not truncated").isEqualTo(before);
        assertThat(indexes(ds)).as("indexes kept").isEqualTo(indexesBefore);
        assertThat(ledger.count()).isEqualTo(LARGE);
    }

    @Test
    void aTruncateTriggerOtherThanTheLedgersGuardIsLeftAloneAndTheLedgerNotTruncated() throws SQLException {
        DataSource ds = EmbeddedDatabase.fresh();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER audit_truncate BEFORE TRUNCATE ON jiceng_event"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION jiceng_refuse_change()");
        }
        long before = filenode(ds);
        EventLedger ledger = new JdbcEventLedger(ds);
        List<Event> batch = events("T", LARGE);

        assertThat(ledger.append(batch)).isEqualTo(new AppendResult(LARGE, 0));

        assertThat(filenode(ds)).as("not truncated").isEqualTo(before);
        assertThat(all(ledger)).containsExactlyInAnyOrderElementsOf(batch);
        assertTruncateIsRefused(ds);
    }

    @Test
    void aRepeatableReadTransactionTruncatesButCopiesWithoutFreeze() throws SQLException {
        String schema = EmbeddedDatabase.migratedSchema("repeatable");
        try (HikariDataSource plain = EmbeddedDatabase.pool(schema, 2)) {
            long before = filenode(plain);
            com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
            config.setJdbcUrl(plain.getJdbcUrl());
            config.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
            config.setMaximumPoolSize(2);
            try (HikariDataSource repeatable = new HikariDataSource(config)) {
                EventLedger ledger = new JdbcEventLedger(repeatable);
                List<Event> batch = events("S", LARGE);

                assertThat(ledger.append(batch)).isEqualTo(new AppendResult(LARGE, 0));

                assertThat(all(ledger)).containsExactlyInAnyOrderElementsOf(batch);
            }
            assertThat(filenode(plain)).as("truncated").isNotEqualTo(before);
            assertTruncateIsRefused(plain);
        }
    }

    @Test
    void aLedgerWithEventsOrASmallBatchKeepsItsIndexes() throws SQLException {
        DataSource ds = EmbeddedDatabase.fresh();
        EventLedger ledger = new JdbcEventLedger(ds);
        Map<String, List<String>> before = indexes(ds);

        ledger.append(events("small-", EmptyLedgerLoad.MIN_ROWS - 1));
        assertThat(indexes(ds)).as("small batch").isEqualTo(before);

        assertThat(ledger.append(events("large-", LARGE))).isEqualTo(new AppendResult(LARGE, 0));
        assertThat(indexes(ds)).as("not empty").isEqualTo(before);
        assertThat(ledger.count()).isEqualTo(EmptyLedgerLoad.MIN_ROWS - 1 + LARGE);
    }

    @Test
    void aWriterThatDoesNotOwnTheLedgerLoadsWithItsIndexesInPlace() throws SQLException {
        String schema = EmbeddedDatabase.migratedSchema("writer");
        String role = schema + "_writer";
        try (HikariDataSource owner = EmbeddedDatabase.pool(schema, 2)) {
            try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE ROLE " + role + " NOLOGIN");
                st.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
                st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            }
            Map<String, List<String>> before = indexes(owner);
            com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
            config.setJdbcUrl(owner.getJdbcUrl());
            config.setConnectionInitSql("SET ROLE " + role);
            config.setMaximumPoolSize(2);
            try (HikariDataSource writer = new HikariDataSource(config)) {
                EventLedger ledger = new JdbcEventLedger(writer);
                List<Event> batch = events("W", LARGE);

                assertThat(ledger.append(batch)).isEqualTo(new AppendResult(LARGE, 0));
                assertThat(ledger.count()).isEqualTo(LARGE);
            }
            assertThat(indexes(owner)).isEqualTo(before);
        }
    }

    @Test
    void lookingWhetherTheLedgerIsEmptyLeavesNoLockOnItSoThatTwoLoadersCannotDeadlock() throws SQLException {
        DataSource ds = EmbeddedDatabase.fresh();
        new JdbcEventLedger(ds).append(events("x", 1));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            assertThat(EmptyLedgerLoad.copyIfEmpty(c, LARGE, freeze -> {
                throw new SQLException("not empty: nothing to copy");
            })).isFalse();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_locks"
                    + " WHERE pid = pg_backend_pid() AND relation = CAST('jiceng_event' AS regclass)")) {
                rs.next();
                assertThat(rs.getInt(1)).as("locks on the ledger held after the look").isZero();
            }
            c.rollback();
        }
    }

    @Test
    void aFailedLoadLeavesTheIndexesAsTheyWere() throws SQLException {
        DataSource ds = EmbeddedDatabase.fresh();
        Map<String, List<String>> before = indexes(ds);
        int[] indexesWhileCopying = {-1};
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> EmptyLedgerLoad.copyIfEmpty(c, LARGE, freeze -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_index"
                        + " WHERE indrelid = CAST('jiceng_event' AS regclass)")) {
                    rs.next();
                    indexesWhileCopying[0] = rs.getInt(1);
                }
                throw new SQLException("the copy broke off");
            })).hasMessage("the copy broke off");
            c.rollback();
        }
        assertThat(indexesWhileCopying[0]).as("no index while copying").isZero();
        assertThat(indexes(ds)).isEqualTo(before);
    }

    @Test
    void idsAreComparedInCodePointOrderWhateverTheServersLocale() throws SQLException {
        DataSource ds = EmbeddedDatabase.fresh();
        Map<String, String> collations = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT a.attname, l.collname FROM pg_attribute a"
                        + " JOIN pg_collation l ON l.oid = a.attcollation"
                        + " WHERE a.attrelid = CAST('jiceng_event' AS regclass) AND a.attname IN ('event_id', 'subject_id')")) {
            while (rs.next()) {
                collations.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(collations).isEqualTo(Map.of("event_id", "C", "subject_id", "C"));
    }
}
