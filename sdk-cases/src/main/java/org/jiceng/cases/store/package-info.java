/**
 * Durable, tamper-evident storage of cases and their audit trails.
 *
 * <p>{@link org.jiceng.cases.store.CaseStore} is the contract: create a case, append a transition
 * with the version the caller last saw (optimistic locking), load, query, stream and verify. Every
 * trail entry is chained to its predecessor by a hash ({@link org.jiceng.cases.store.TrailHashing},
 * SHA-256 or SM3), so that a dropped entry, a rewritten note or a moved time is found by
 * {@link org.jiceng.cases.store.CaseStore#verify(String)}; {@link org.jiceng.cases.store.TrailExport}
 * writes the chains with a root hash per day that can be checked later without the store.
 * {@link org.jiceng.cases.store.InMemoryCaseStore} is the reference implementation; the JDBC one is
 * in {@code jiceng-sdk-store-jdbc}; both pass the compatibility kit in {@code jiceng-sdk-testkit}.
 */
@NullMarked
package org.jiceng.cases.store;

import org.jspecify.annotations.NullMarked;
