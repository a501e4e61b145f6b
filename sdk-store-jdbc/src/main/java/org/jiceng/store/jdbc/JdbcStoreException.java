package org.jiceng.store.jdbc;

import java.sql.SQLException;
import java.util.Objects;

/**
 * A database operation of a JDBC store failed; the message names the operation and carries the
 * driver's SQL state. Nothing of the failed call was committed.
 */
public final class JdbcStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param operation what the store was doing, e.g. {@code append to case C-1}
     * @param cause the driver's exception
     */
    public JdbcStoreException(String operation, SQLException cause) {
        super(operation + " failed: " + cause.getMessage() + " (SQL state " + cause.getSQLState() + ")", cause);
    }

    /** @return the driver's exception */
    public SQLException sqlException() {
        return (SQLException) Objects.requireNonNull(getCause(), "made with a cause");
    }
}
