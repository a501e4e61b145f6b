package org.jiceng.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jiceng.cases.store.CaseStore;
import org.jiceng.cases.store.HashAlgorithm;
import org.jiceng.store.jdbc.internal.EventRow;
import org.jiceng.testkit.cases.store.CaseStoreCompatibilityKit;

/**
 * The case store kit on the portable append path (separate UPDATE and INSERT in one transaction),
 * which dialects without a single-statement append (MySQL, DM) use.
 */
class MultiStatementAppendCompatibilityTest extends CaseStoreCompatibilityKit {

    /** PostgreSQL, without its single-statement append. */
    private static final SqlDialect PORTABLE = new SqlDialect() {
        @Override
        public String name() {
            return "postgresql-portable-append";
        }

        @Override
        public String migrationLocation() {
            return PostgresDialect.INSTANCE.migrationLocation();
        }

        @Override
        public boolean isUniqueViolation(SQLException e) {
            return PostgresDialect.INSTANCE.isUniqueViolation(e);
        }

        @Override
        public String insertCaseDepartmentIfAbsent() {
            return PostgresDialect.INSTANCE.insertCaseDepartmentIfAbsent();
        }

        @Override
        public String createEventStage() {
            return PostgresDialect.INSTANCE.createEventStage();
        }

        @Override
        public void loadEventStage(Connection connection, List<EventRow> rows) throws SQLException {
            PostgresDialect.INSTANCE.loadEventStage(connection, rows);
        }

        @Override
        public String insertEventsFromStage() {
            return PostgresDialect.INSTANCE.insertEventsFromStage();
        }

        @Override
        public Optional<String> appendStatement() {
            return Optional.empty();
        }
    };

    @Override
    protected CaseStore newStore() {
        return new JdbcCaseStore(EmbeddedDatabase.fresh(), PORTABLE, HashAlgorithm.SHA_256);
    }
}
