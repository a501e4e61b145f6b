package org.jiceng.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jiceng.store.jdbc.JdbcStoreException;

/** Runs work in one transaction: committed when it returns, rolled back when it throws. */
public final class Tx {

    /**
     * Work inside a transaction.
     *
     * @param <T> result type
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param connection the connection, auto-commit off
         * @return the result
         * @throws SQLException on failure
         */
        T run(Connection connection) throws SQLException;
    }

    private Tx() {
    }

    /**
     * @param <T> result type
     * @param dataSource where connections come from
     * @param operation what is done, for error messages
     * @param work the work
     * @return its result, after commit
     * @throws JdbcStoreException when the database fails (nothing was committed)
     */
    public static <T> T run(DataSource dataSource, String operation, Work<T> work) {
        return run(dataSource, operation, false, work);
    }

    /**
     * Runs reads that must see one snapshot (repeatable read), such as a case row and its entries.
     *
     * @param <T> result type
     * @param dataSource where connections come from
     * @param operation what is done, for error messages
     * @param work the reads
     * @return their result
     * @throws JdbcStoreException when the database fails
     */
    public static <T> T read(DataSource dataSource, String operation, Work<T> work) {
        return run(dataSource, operation, true, work);
    }

    private static <T> T run(DataSource dataSource, String operation, boolean snapshot, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            int isolation = snapshot ? c.getTransactionIsolation() : -1;
            c.setAutoCommit(false);
            if (snapshot) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                restore(c, auto, isolation);
            }
        } catch (SQLException e) {
            throw new JdbcStoreException(operation, e);
        }
    }

    /**
     * @param dataSource where connections come from
     * @param table a table name (a constant of the store, never user input)
     * @return its number of rows
     * @throws JdbcStoreException when the database fails
     */
    public static long count(DataSource dataSource, String table) {
        return run(dataSource, "count " + table, conn -> {
            try (java.sql.PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM " + table);
                    java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restore(Connection c, boolean auto, int isolation) throws SQLException {
        if (!c.isClosed()) {
            c.setAutoCommit(auto);
            if (isolation >= 0) {
                c.setTransactionIsolation(isolation);
            }
        }
    }
}
