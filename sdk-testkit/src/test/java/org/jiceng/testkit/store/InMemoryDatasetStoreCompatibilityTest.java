package org.jiceng.testkit.store;

import org.jiceng.core.store.DatasetStore;
import org.jiceng.core.store.InMemoryDatasetStore;

class InMemoryDatasetStoreCompatibilityTest extends DatasetStoreCompatibilityKit {
    @Override
    protected DatasetStore newStore() {
        return new InMemoryDatasetStore();
    }
}
