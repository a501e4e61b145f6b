package org.jiceng.store.jdbc;

import org.jiceng.core.store.EventLedger;
import org.jiceng.testkit.store.EventLedgerCompatibilityKit;

/**
 * The ledger kit on the portable paths a dialect gets by default (a JDBC batch of INSERTs straight
 * into the ledger, a JDBC batch into the staging table), which MySQL or DM dialects would use.
 */
class PortableLedgerCompatibilityTest extends EventLedgerCompatibilityKit {

    @Override
    protected EventLedger newLedger() {
        return new JdbcEventLedger(EmbeddedDatabase.fresh(), PortablePostgresDialect.INSTANCE);
    }
}
