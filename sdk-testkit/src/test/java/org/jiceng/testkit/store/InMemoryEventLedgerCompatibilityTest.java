package org.jiceng.testkit.store;

import org.jiceng.core.store.EventLedger;
import org.jiceng.core.store.InMemoryEventLedger;

class InMemoryEventLedgerCompatibilityTest extends EventLedgerCompatibilityKit {
    @Override
    protected EventLedger newLedger() {
        return new InMemoryEventLedger();
    }
}
