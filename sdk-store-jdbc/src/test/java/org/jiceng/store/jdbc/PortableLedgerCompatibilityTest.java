package org.jiceng.store.jdbc;

import java.sql.SQLException;
import org.jiceng.core.store.EventLedger;
import org.jiceng.testkit.store.EventLedgerCompatibilityKit;

/**
 * The ledger kit on the portable paths a dialect gets by default (a JDBC batch of INSERTs straight
 * into the ledger, a JDBC batch into the staging table), which MySQL or DM dialects would use.
 */
class PortableLedgerCompatibilityTest extends EventLedgerCompatibilityKit {

    /** PostgreSQL's SQL, without its COPY. */
    private static final SqlDialect PORTABLE = new SqlDialect() {
        @Override
        public String name() {
            return "postgresql-portable-ledger";
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
        public String insertEventsFromStage() {
            return PostgresDialect.INSTANCE.insertEventsFromStage();
        }
    };

    @Override
    protected EventLedger newLedger() {
        return new JdbcEventLedger(EmbeddedDatabase.fresh(), PORTABLE);
    }
}
