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
    /** Makes the role the ledger's owner (and of nothing else). */
    private static final String OWNS = "ALTER TABLE jiceng_event OWNER TO $role";

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

    /** The ledger's file number and indexes (definitions with ids) before and after a first large load. */
    private record Load(long fileBefore, long fileAfter, Map<String, List<String>> indexesBefore,
            Map<String, List<String>> indexesAfter) {

        boolean truncated() {
            return fileAfter != fileBefore;
        }

        boolean indexesKept() {
            return indexesAfter.equals(indexesBefore);
        }

        boolean indexesRebuilt() {
            return withoutIds(indexesAfter).equals(withoutIds(indexesBefore))
                    && ids(indexesAfter).stream().noneMatch(ids(indexesBefore)::contains);
        }
    }

    /** Appends a large first batch through {@code writer} and reads it back; {@code owner} looks at the catalogue. */
    private static Load firstLoad(DataSource owner, DataSource writer, String prefix) throws SQLException {
        Map<String, List<String>> indexesBefore = indexes(owner);
        long before = filenode(owner);
        EventLedger ledger = new JdbcEventLedger(writer);
        List<Event> batch = events(prefix, LARGE);

        assertThat(ledger.append(batch)).isEqualTo(new AppendResult(LARGE, 0));

        assertThat(all(ledger)).containsExactlyInAnyOrderElementsOf(batch);
        return new Load(before, filenode(owner), indexesBefore, indexes(owner));
    }

    /**
     * Appends a large first batch as a new role with the schema's usage and what {@code grants} (run as the
     * superuser, {@code $schema} and {@code $role} replaced) give it.
     *
     * @return what the load did to the ledger
     */
    private static Load appendAsRole(String prefix, List<String> grants) throws SQLException {
        String schema = EmbeddedDatabase.migratedSchema(prefix);
        String role = schema + "_role";
        try (HikariDataSource superuser = EmbeddedDatabase.pool(schema, 2)) {
            try (Connection c = superuser.getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE ROLE " + role + " NOLOGIN");
                st.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
                for (String grant : grants) {
                    st.execute(grant.replace("$schema", schema).replace("$role", role));
                }
            }
            com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
            config.setJdbcUrl(superuser.getJdbcUrl());
            config.setConnectionInitSql("SET ROLE " + role);
            config.setMaximumPoolSize(2);
            try (HikariDataSource asRole = new HikariDataSource(config)) {
                return firstLoad(superuser, asRole, prefix);
            }
        }
    }

    @Test
    void anOwnerWithoutTheTruncatePrivilegeLoadsWithoutTruncatingAndStillRebuildsTheIndexes() throws SQLException {
        Load load = appendAsRole("untruncating", List.of(OWNS, "GRANT CREATE ON SCHEMA $schema TO $role",
                "REVOKE TRUNCATE ON jiceng_event FROM $role"));

        assertThat(load.truncated()).as("truncated").isFalse();
        assertThat(load.indexesRebuilt()).as("indexes built anew").isTrue();
    }

    @Test
    void anOwnerThatMayTruncateIsLoadedIntoTheTruncatedLedger() throws SQLException {
        Load load = appendAsRole("owning", List.of(OWNS, "GRANT CREATE ON SCHEMA $schema TO $role"));

        assertThat(load.truncated()).as("truncated").isTrue();
        assertThat(load.indexesRebuilt()).as("indexes built anew").isTrue();
    }

    @Test
    void anOwnerThatMayNotCreateIndexesInTheSchemaLoadsWithItsIndexesInPlace() throws SQLException {
        Load load = appendAsRole("uncreating", List.of(OWNS));

        assertThat(load.truncated()).as("truncated").isFalse();
        assertThat(load.indexesKept()).as("indexes kept").isTrue();
    }

    /**
     * Runs {@code ddl} on the ledger, then appends a large first batch and reads it back.
     *
     * @return what the load did to the ledger
     */
    private static Load appendAfter(DataSource ds, String ddl, String prefix) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(ddl);
        }
        return firstLoad(ds, ds, prefix);
    }

    @Test
    void aLedgerWhoseKeyAnotherTableReferencesLoadsThroughTheOrdinaryPath() throws SQLException {
        Load load = appendAfter(EmbeddedDatabase.fresh(), "CREATE TABLE event_note (event_id VARCHAR(200)"
                + " COLLATE \"C\" REFERENCES jiceng_event (event_id))", "R");

        assertThat(load.truncated()).as("truncated").isFalse();
        assertThat(load.indexesKept()).as("indexes kept").isTrue();
    }

    @Test
    void aTruncateTriggerOtherThanTheLedgersGuardIsLeftAloneAndTheLedgerNotTruncated() throws SQLException {
        DataSource ds = EmbeddedDatabase.fresh();
        Load load = appendAfter(ds, "CREATE TRIGGER audit_truncate BEFORE TRUNCATE ON jiceng_event"
                + " FOR EACH STATEMENT EXECUTE FUNCTION jiceng_refuse_change()", "T");

        assertThat(load.truncated()).as("truncated").isFalse();
        assertThat(load.indexesRebuilt()).as("indexes built anew").isTrue();
        assertTruncateIsRefused(ds);
    }

    @Test
    void aGuardSetToFireAlwaysIsLeftAsItIsAndTheLedgerNotTruncated() throws SQLException {
        DataSource ds = EmbeddedDatabase.fresh();
        Load load = appendAfter(ds, "ALTER TABLE jiceng_event ENABLE ALWAYS TRIGGER jiceng_event_no_truncate", "A");

        assertThat(load.truncated()).as("truncated").isFalse();
        assertThat(load.indexesRebuilt()).as("indexes built anew").isTrue();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT tgenabled FROM pg_trigger"
                        + " WHERE tgname = 'jiceng_event_no_truncate' AND tgrelid = CAST('jiceng_event' AS regclass)")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("A");
        }
        assertTruncateIsRefused(ds);
    }

    @Test
    void repeatableReadAndSerializableTransactionsLoadTheTruncatedLedgerFrozenToo() throws SQLException {
        for (String isolation : List.of("TRANSACTION_REPEATABLE_READ", "TRANSACTION_SERIALIZABLE")) {
            String schema = EmbeddedDatabase.migratedSchema("isolated");
            try (HikariDataSource plain = EmbeddedDatabase.pool(schema, 2)) {
                com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
                config.setJdbcUrl(plain.getJdbcUrl());
                config.setTransactionIsolation(isolation);
                config.setMaximumPoolSize(2);
                try (HikariDataSource isolated = new HikariDataSource(config)) {
                    // PostgreSQL refuses COPY FREEZE after a snapshot older than the transaction's own.
                    Load load = firstLoad(plain, isolated, isolation);

                    assertThat(load.truncated()).as(isolation + ": truncated").isTrue();
                    assertThat(load.indexesRebuilt()).as(isolation + ": indexes built anew").isTrue();
                }
                assertTruncateIsRefused(plain);
            }
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
        Load load = appendAsRole("writer",
                List.of("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA $schema TO $role"));

        assertThat(load.truncated()).as("truncated").isFalse();
        assertThat(load.indexesKept()).as("indexes kept").isTrue();
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
