package org.jiceng.store.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's first load of a large batch into an empty {@code jiceng_event}: the table's indexes and
 * key constraints are dropped, the rows copied, and the same indexes and constraints built again from
 * the definitions read from the catalogue just before, all inside the caller's transaction. Building a
 * B-tree from sorted input costs the server about half of what inserting the same keys one by one
 * costs (651,808 events, primary key plus the subject index: 2.3 s against 5.1 s of server time), and
 * an empty ledger has nothing to keep consistent in between.
 *
 * <p>The ledger, empty, is also truncated first, in the same transaction: a table truncated (given a new
 * file) in the transaction that loads it needs no write-ahead log for its rows under
 * {@code wal_level=minimal} (its file is synced at commit instead), and its rows can be copied already
 * frozen ({@code COPY … FREEZE}: allowed right after the TRUNCATE in the same subtransaction, with no
 * cursor open and no snapshot but the transaction's own, as in this load at every isolation level), so
 * that no later vacuum rewrites every page to freeze them. The ledger's append-only guard refuses
 * {@code TRUNCATE}; it is disabled for that one statement and enabled again at once. That is safe because
 * the table is proven empty under the exclusive lock (the truncation removes nothing) and because the
 * catalogue change is part of the transaction: no other session ever sees the guard disabled. A
 * {@code TRUNCATE} trigger that is not the ledger's own guard, or a guard not in its ordinary state, is
 * left alone and the ledger is not truncated. A side effect of frozen rows, as PostgreSQL documents: a
 * transaction whose snapshot is older than the load sees the loaded rows once the load commits.
 *
 * <p>The load holds an {@code ACCESS EXCLUSIVE} lock on the ledger until the transaction ends, so that
 * no other session sees it without its indexes or appends to it meanwhile. DDL in PostgreSQL is
 * transactional: a failure anywhere rolls the indexes back with the rows. A connection without the
 * TRUNCATE privilege copies without truncating; one not allowed to lock or alter the ledger (a writer role
 * that does not own the table, an owner that may not create in its schema), or a ledger whose key other
 * tables reference, loads through the ordinary path instead.
 */
public final class EmptyLedgerLoad {

    /** Below this many rows the indexes are kept: rebuilding them is not worth the exclusive lock. */
    public static final int MIN_ROWS = 10_000;

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String DEPENDENT_OBJECTS_STILL_EXIST = "2BP01";
    /** TRUNCATE of a table another table's foreign key references. */
    private static final String FEATURE_NOT_SUPPORTED = "0A000";
    /** The ledger's own guard against TRUNCATE (migration V1). */
    private static final String TRUNCATE_GUARD = "jiceng_event_no_truncate";
    /** {@code pg_trigger.tgtype} bit of a TRUNCATE trigger. */
    private static final int TRIGGER_TYPE_TRUNCATE = 1 << 5;

    /** Copies rows into the ledger within the caller's transaction. */
    @FunctionalInterface
    public interface Copy {
        /**
         * @param freeze whether to copy with {@code FREEZE} (the ledger was truncated in the current
         *     subtransaction)
         * @throws SQLException on failure
         */
        void run(boolean freeze) throws SQLException;
    }

    /** One index as the catalogue defines it: a key constraint's, or a plain index. */
    private record IndexDefinition(String name, boolean constraint, String definition) {

        String drop() {
            return constraint ? "ALTER TABLE jiceng_event DROP CONSTRAINT " + quoted(name)
                    : "DROP INDEX " + quoted(name);
        }

        String create() {
            return constraint ? "ALTER TABLE jiceng_event ADD CONSTRAINT " + quoted(name) + " " + definition
                    : definition;
        }
    }

    private EmptyLedgerLoad() {
    }

    /**
     * Copies the rows with the ledger's indexes rebuilt afterwards, when the ledger is empty and this
     * connection may alter it.
     *
     * @param connection the connection, auto-commit off
     * @param rows how many rows {@code copy} writes
     * @param copy writes the rows into {@code jiceng_event}
     * @return true when the rows were copied; false when nothing was done (ledger not empty, batch too
     *     small, or the connection may not alter the ledger) and the caller must copy them itself
     * @throws SQLException on any other failure, the transaction then to be rolled back; a duplicate id
     *     fails as a unique violation when the primary key is built again
     */
    public static boolean copyIfEmpty(Connection connection, int rows, Copy copy) throws SQLException {
        if (rows < MIN_ROWS) {
            return false;
        }
        // The look takes an ACCESS SHARE lock, held to the end of the transaction unless rolled back: two
        // sessions that had both looked would deadlock on each other's when they lock the ledger.
        Savepoint look = connection.setSavepoint();
        boolean empty = isEmpty(connection);
        connection.rollback(look);
        connection.releaseSavepoint(look);
        if (!empty) {
            return false;
        }
        Savepoint before = connection.setSavepoint();
        List<IndexDefinition> indexes;
        boolean truncated;
        try (Statement st = connection.createStatement()) {
            st.execute("LOCK TABLE jiceng_event IN ACCESS EXCLUSIVE MODE");
            if (!isEmpty(connection)) { // another session appended between the look and the lock
                connection.rollback(before);
                return false;
            }
            Rights rights = rights(connection);
            if (!rights.rebuild()) {
                connection.rollback(before);
                return false;
            }
            truncated = rights.truncate() && truncate(connection);
            indexes = indexes(connection);
            for (IndexDefinition index : indexes) {
                st.execute(index.drop());
            }
        } catch (SQLException e) {
            if (!INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())
                    && !DEPENDENT_OBJECTS_STILL_EXIST.equals(e.getSQLState())) {
                throw e;
            }
            // Not the table's owner, or its key is referenced (both looked up beforehand; this is the
            // database's word on them): the ordinary path needs neither.
            connection.rollback(before);
            return false;
        }
        copy.run(truncated);
        try (Statement st = connection.createStatement()) {
            for (IndexDefinition index : indexes) {
                st.execute(index.create());
            }
        }
        connection.releaseSavepoint(before);
        return true;
    }

    /**
     * What this connection may do to the ledger, looked up rather than tried: a refused statement is
     * logged by the server, and some pools close a connection on SQLSTATE 0A000 (a TRUNCATE of a
     * referenced table).
     *
     * @param rebuild may drop and build the indexes again: member of the owning role, may create in the
     *     ledger's schema (CREATE INDEX asks for it), and no other table's key references the ledger
     * @param truncate may also truncate it: the TRUNCATE privilege
     */
    private record Rights(boolean rebuild, boolean truncate) {
    }

    private static Rights rights(Connection connection) throws SQLException {
        String sql = "SELECT pg_has_role(c.relowner, 'USAGE') AND has_schema_privilege(c.relnamespace, 'CREATE')"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.confrelid = c.oid AND k.contype = 'f'),"
                + " has_table_privilege(c.oid, 'TRUNCATE')"
                + " FROM pg_class c WHERE c.oid = CAST('jiceng_event' AS regclass)";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return new Rights(rs.getBoolean(1), rs.getBoolean(2));
        }
    }

    /**
     * Truncates the empty ledger, its own TRUNCATE guard disabled for the statement, in a savepoint of its
     * own: refused all the same (no TRUNCATE privilege, not the owner, a key of another table references
     * the ledger, all looked up before), it is undone and the load goes on without it.
     *
     * @return whether the ledger was truncated
     */
    private static boolean truncate(Connection connection) throws SQLException {
        TruncateTriggers triggers = truncateTriggers(connection);
        if (triggers == TruncateTriggers.OTHER) {
            return false;
        }
        boolean guarded = triggers == TruncateTriggers.OWN_GUARD;
        Savepoint before = connection.setSavepoint();
        try (Statement st = connection.createStatement()) {
            if (guarded) {
                st.execute("ALTER TABLE jiceng_event DISABLE TRIGGER " + TRUNCATE_GUARD);
            }
            st.execute("TRUNCATE jiceng_event");
            if (guarded) {
                st.execute("ALTER TABLE jiceng_event ENABLE TRIGGER " + TRUNCATE_GUARD);
            }
        } catch (SQLException e) {
            if (!INSUFFICIENT_PRIVILEGE.equals(e.getSQLState()) && !FEATURE_NOT_SUPPORTED.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(before);
            return false;
        }
        connection.releaseSavepoint(before);
        return true;
    }

    /** The ledger's enabled TRUNCATE triggers. */
    private enum TruncateTriggers {
        /** None: the empty ledger may be truncated as it is. */
        NONE,
        /** Only its own guard, in its ordinary state: disabled for the statement. */
        OWN_GUARD,
        /** Any other, or the guard in another state: the ledger is not truncated. */
        OTHER
    }

    private static TruncateTriggers truncateTriggers(Connection connection) throws SQLException {
        TruncateTriggers found = TruncateTriggers.NONE;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT tgname, tgenabled FROM pg_trigger"
                        + " WHERE tgrelid = CAST('jiceng_event' AS regclass) AND tgtype & " + TRIGGER_TYPE_TRUNCATE
                        + " <> 0 AND tgenabled <> 'D'")) {
            while (rs.next()) {
                if (!TRUNCATE_GUARD.equals(rs.getString(1)) || !"O".equals(rs.getString(2))) {
                    return TruncateTriggers.OTHER;
                }
                found = TruncateTriggers.OWN_GUARD;
            }
        }
        return found;
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM jiceng_event)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** The ledger's indexes in creation order, key constraints with their constraint definitions. */
    private static List<IndexDefinition> indexes(Connection connection) throws SQLException {
        String sql = "SELECT COALESCE(c.conname, i.relname), c.conname IS NOT NULL, COALESCE(pg_get_constraintdef(c.oid), pg_get_indexdef(i.oid))"
                + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid"
                + " WHERE x.indrelid = CAST('jiceng_event' AS regclass) ORDER BY i.oid";
        List<IndexDefinition> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new IndexDefinition(rs.getString(1), rs.getBoolean(2), rs.getString(3)));
            }
        }
        return out;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
