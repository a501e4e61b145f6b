package org.jiceng.store.jdbc;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jiceng.store.jdbc.internal.EventRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL 12+ (and PostgreSQL-compatible openGauss, Kingbase): {@code ON CONFLICT DO NOTHING},
 * a temporary staging table loaded with {@code COPY} through PgJDBC's {@link CopyManager}.
 */
public final class PostgresDialect implements SqlDialect {

    /** The shared instance. */
    public static final PostgresDialect INSTANCE = new PostgresDialect();

    private static final int COPY_CHUNK = 20_000;

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
    public String createEventStage() {
        return "CREATE TEMPORARY TABLE IF NOT EXISTS jiceng_event_stage (ord INTEGER NOT NULL,"
                + " event_id VARCHAR(200) NOT NULL, type VARCHAR(200) NOT NULL, subject_id VARCHAR(200) NOT NULL,"
                + " at TIMESTAMPTZ NOT NULL, quantity NUMERIC NOT NULL, area_id VARCHAR(200), attributes TEXT NOT NULL)"
                + " ON COMMIT DELETE ROWS";
    }

    @Override
    public void loadEventStage(Connection connection, List<EventRow> rows) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = "COPY jiceng_event_stage (ord, event_id, type, subject_id, at, quantity, area_id, attributes)"
                + " FROM STDIN WITH (FORMAT csv)";
        StringBuilder csv = new StringBuilder(COPY_CHUNK * 96);
        try {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).appendCsv(csv);
                if ((i + 1) % COPY_CHUNK == 0 || i == rows.size() - 1) {
                    try (Reader in = new StringReader(csv.toString())) {
                        copy.copyIn(sql, in);
                    }
                    csv.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new SQLException("COPY into jiceng_event_stage failed: " + e.getMessage(), "58030", e);
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
