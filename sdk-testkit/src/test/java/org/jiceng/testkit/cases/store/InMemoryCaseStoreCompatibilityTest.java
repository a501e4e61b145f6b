package org.jiceng.testkit.cases.store;

import org.jiceng.cases.store.CaseStore;
import org.jiceng.cases.store.InMemoryCaseStore;

class InMemoryCaseStoreCompatibilityTest extends CaseStoreCompatibilityKit {
    @Override
    protected CaseStore newStore() {
        return new InMemoryCaseStore();
    }
}
