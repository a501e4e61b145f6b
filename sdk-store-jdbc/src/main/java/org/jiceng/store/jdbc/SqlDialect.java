package org.jiceng.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jiceng.store.jdbc.internal.EventRow;

/**
 * What differs between databases for the JDBC stores. Everything else is standard SQL in the
 * stores themselves, so that another database (MySQL, DM) is one small class and its scripts.
 */
public interface SqlDialect {

    /** @return a short name, e.g. {@code postgresql} */
    String name();

    /** @return where the dialect's Flyway scripts are on the class path, e.g. {@code classpath:db/migration/jiceng/postgresql} */
    String migrationLocation();

    /**
     * @param e a driver exception
     * @return true when it reports a primary-key or unique violation
     */
    boolean isUniqueViolation(SQLException e);

    /**
     * @return an INSERT of ({@code case_id}, {@code department}) into {@code jiceng_case_department}
     *     that does nothing when the pair is stored
     */
    String insertCaseDepartmentIfAbsent();

    /**
     * A single statement that does a whole append, so that it runs as its own transaction in one
     * round trip. Parameters, in order: new status, new version, new head hash, case id, expected
     * version, the summoned departments (an array of text, empty unless WHISTLED), then the entry's
     * seq, at, actor, from status, to status, note, encoded departments, duplicate of, previous hash
     * and hash. Its update count is 1 when the case was at the expected version, 0 otherwise (and
     * then it changed nothing).
     *
     * @return the statement, or empty to append with separate statements in one transaction
     */
    default java.util.Optional<String> appendStatement() {
        return java.util.Optional.empty();
    }

    /**
     * The {@link #appendStatement} of an entry that summons no department: the same parameters
     * without the array of departments (so the entry's seq is the sixth). Databases plan and run a
     * statement without the department insert noticeably faster, and most transitions summon none.
     *
     * @return the statement, or empty to use {@link #appendStatement} for every entry
     */
    default java.util.Optional<String> appendStatementWithoutDepartments() {
        return java.util.Optional.empty();
    }

    /**
     * Writes events whose ids are distinct straight into {@code jiceng_event} (inside the caller's
     * transaction), the ledger's fast path for a batch of new events. When any id is stored already
     * it must fail with an exception {@link #isUniqueViolation} recognises; the ledger then rolls the
     * transaction back and appends through the staging table instead. The default is a JDBC batch of
     * INSERTs, which any database runs; PostgreSQL streams a {@code COPY}.
     *
     * @param connection the connection, auto-commit off
     * @param rows the rows, ids distinct, in offered order
     * @throws SQLException on failure, a unique violation when an id is stored
     */
    default void insertNewEvents(Connection connection, List<EventRow> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO jiceng_event (" + EventRow.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (EventRow row : rows) {
                row.bindEvent(ps, 1);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** @return DDL creating, if absent, the session's staging table {@code jiceng_event_stage}, emptied at commit */
    String createEventStage();

    /**
     * Loads rows into the staging table (inside the caller's transaction).
     *
     * @param connection the connection
     * @param rows the rows, in offered order
     * @throws SQLException on failure
     */
    default void loadEventStage(Connection connection, List<EventRow> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO jiceng_event_stage (ord, event_id, type,"
                + " subject_id, at, quantity, area_id, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (EventRow row : rows) {
                row.bind(ps, 1);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /**
     * @return an INSERT into {@code jiceng_event} of the first staged row of every event id (by
     *     {@code ord}) that is not stored yet; its update count is the number of rows inserted
     */
    String insertEventsFromStage();

    /**
     * Refreshes the planner's statistics of tables just bulk-loaded, so that the first queries after
     * a save do not plan for empty tables.
     *
     * @param connection the connection, inside the loading transaction
     * @param tables the tables
     * @throws SQLException on failure
     */
    default void refreshStatistics(Connection connection, List<String> tables) throws SQLException {
    }

    /**
     * @param select a SELECT with its ORDER BY
     * @param n the number of rows wanted
     * @return the SELECT limited to its first {@code n} rows
     */
    default String firstRows(String select, int n) {
        return select + " LIMIT " + n;
    }

    /**
     * Prepares a statement to stream a large result without holding it all in memory.
     *
     * @param statement the statement
     * @throws SQLException on failure
     */
    default void streamResults(PreparedStatement statement) throws SQLException {
        statement.setFetchSize(1000);
    }
}
