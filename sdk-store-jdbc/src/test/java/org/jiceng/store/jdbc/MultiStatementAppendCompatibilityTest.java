package org.jiceng.store.jdbc;

import org.jiceng.cases.store.CaseStore;
import org.jiceng.cases.store.HashAlgorithm;
import org.jiceng.testkit.cases.store.CaseStoreCompatibilityKit;

/**
 * The case store kit on the portable append path (separate UPDATE and INSERT in one transaction),
 * which dialects without a single-statement append (MySQL, DM) use.
 */
class MultiStatementAppendCompatibilityTest extends CaseStoreCompatibilityKit {

    @Override
    protected CaseStore newStore() {
        return new JdbcCaseStore(EmbeddedDatabase.fresh(), PortablePostgresDialect.INSTANCE, HashAlgorithm.SHA_256);
    }
}
