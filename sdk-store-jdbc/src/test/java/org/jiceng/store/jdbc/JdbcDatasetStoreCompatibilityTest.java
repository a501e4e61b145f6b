package org.jiceng.store.jdbc;

import org.jiceng.core.store.DatasetStore;
import org.jiceng.testkit.store.DatasetStoreCompatibilityKit;

class JdbcDatasetStoreCompatibilityTest extends DatasetStoreCompatibilityKit {
    @Override
    protected DatasetStore newStore() {
        return new JdbcDatasetStore(EmbeddedDatabase.fresh());
    }
}
