package org.jiceng.store.jdbc;

import org.jiceng.core.store.EventLedger;
import org.jiceng.testkit.store.EventLedgerCompatibilityKit;

class JdbcEventLedgerCompatibilityTest extends EventLedgerCompatibilityKit {
    @Override
    protected EventLedger newLedger() {
        return new JdbcEventLedger(EmbeddedDatabase.fresh());
    }
}
