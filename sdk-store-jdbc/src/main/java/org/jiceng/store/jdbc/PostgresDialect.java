package org.jiceng.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jiceng.store.jdbc.internal.CopyBinary;
import org.jiceng.store.jdbc.internal.EmptyLedgerLoad;
import org.jiceng.store.jdbc.internal.EventRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL 12+ (and PostgreSQL-compatible openGauss, Kingbase): {@code ON CONFLICT DO NOTHING}, the
 * single-statement append, and events streamed with {@code COPY} through PgJDBC's {@link CopyManager},
 * straight into the ledger when their ids are new, else into a temporary staging table.
 */
public final class PostgresDialect implements SqlDialect {

    /** The shared instance. */
    public static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/migration/jiceng/postgresql";
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    @Override
    public String insertCaseDepartmentIfAbsent() {
        return "INSERT INTO jiceng_case_department (case_id, department) VALUES (?, ?) ON CONFLICT DO NOTHING";
    }

    @Override
    public java.util.Optional<String> appendStatement() {
        return java.util.Optional.of("WITH moved AS (UPDATE jiceng_case SET status = ?, version = ?, head_hash = ?"
                + " WHERE case_id = ? AND version = ? RETURNING case_id),"
                + " summoned AS (INSERT INTO jiceng_case_department (case_id, department)"
                + " SELECT moved.case_id, d FROM moved, unnest(CAST(? AS TEXT[])) AS d ON CONFLICT DO NOTHING)"
                + " INSERT INTO jiceng_case_entry (case_id, seq, at, actor, from_status, to_status, note, departments,"
                + " duplicate_of, prev_hash, entry_hash) SELECT moved.case_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM moved");
    }

    @Override
    public java.util.Optional<String> appendStatementWithoutDepartments() {
        return java.util.Optional.of("WITH moved AS (UPDATE jiceng_case SET status = ?, version = ?, head_hash = ?"
                + " WHERE case_id = ? AND version = ? RETURNING case_id)"
                + " INSERT INTO jiceng_case_entry (case_id, seq, at, actor, from_status, to_status, note, departments,"
                + " duplicate_of, prev_hash, entry_hash) SELECT moved.case_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM moved");
    }

    @Override
    public String createEventStage() {
        return "CREATE TEMPORARY TABLE IF NOT EXISTS jiceng_event_stage (ord INTEGER NOT NULL,"
                + " event_id VARCHAR(200) COLLATE \"C\" NOT NULL, type VARCHAR(200) NOT NULL,"
                + " subject_id VARCHAR(200) COLLATE \"C\" NOT NULL,"
                + " at TIMESTAMPTZ NOT NULL, quantity NUMERIC NOT NULL, area_id VARCHAR(200), attributes TEXT NOT NULL)"
                + " ON COMMIT DELETE ROWS";
    }

    @Override
    public void loadEventStage(Connection connection, List<EventRow> rows) throws SQLException {
        copy(connection, "COPY jiceng_event_stage (ord, " + EventRow.COLUMNS + ") FROM STDIN WITH (FORMAT binary)",
                rows, true);
    }

    /**
     * {@code COPY} straight into the ledger: one pass, no staging table, no sort. The first large batch
     * into an empty ledger is copied with the ledger's indexes built afterwards ({@link EmptyLedgerLoad}),
     * holding the ledger exclusively until the transaction ends, into the ledger truncated in the same
     * transaction and with its rows frozen where it may be.
     */
    @Override
    public void insertNewEvents(Connection connection, List<EventRow> rows) throws SQLException {
        String sql = "COPY jiceng_event (" + EventRow.COLUMNS + ") FROM STDIN WITH (FORMAT binary)";
        String frozen = "COPY jiceng_event (" + EventRow.COLUMNS + ") FROM STDIN WITH (FORMAT binary, FREEZE)";
        if (!EmptyLedgerLoad.copyIfEmpty(connection, rows.size(),
                freeze -> copy(connection, freeze ? frozen : sql, rows, false))) {
            copy(connection, sql, rows, false);
        }
    }

    /** Streams the rows in binary COPY format, in chunks, so that the server reads one while the next is encoded. */
    private static void copy(Connection connection, String sql, List<EventRow> rows, boolean withOrd)
            throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        CopyIn in = copy.copyIn(sql);
        boolean done = false;
        try {
            CopyBinary binary = new CopyBinary(in::writeToCopy);
            for (EventRow row : rows) {
                binary.write(row, withOrd);
            }
            binary.finish();
            in.endCopy();
            done = true;
        } finally {
            if (!done && in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    @Override
    public void refreshStatistics(Connection connection, List<String> tables) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("ANALYZE " + String.join(", ", tables));
        }
    }

    @Override
    public String insertEventsFromStage() {
        return "INSERT INTO jiceng_event (event_id, type, subject_id, at, quantity, area_id, attributes)"
                + " SELECT DISTINCT ON (event_id) event_id, type, subject_id, at, quantity, area_id, attributes"
                + " FROM jiceng_event_stage ORDER BY event_id, ord ON CONFLICT (event_id) DO NOTHING";
    }
}
