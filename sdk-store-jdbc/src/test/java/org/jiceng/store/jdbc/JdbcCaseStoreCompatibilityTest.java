package org.jiceng.store.jdbc;

import org.jiceng.cases.store.CaseStore;
import org.jiceng.testkit.cases.store.CaseStoreCompatibilityKit;

class JdbcCaseStoreCompatibilityTest extends CaseStoreCompatibilityKit {
    @Override
    protected CaseStore newStore() {
        return new JdbcCaseStore(EmbeddedDatabase.fresh());
    }
}
