/**
 * Storage contracts for the points ledger and the registry's records: {@link
 * org.jiceng.core.store.EventLedger} (events appended idempotently by id) and {@link
 * org.jiceng.core.store.DatasetStore} (datasets saved whole, queried as of a date). The in-memory
 * implementations here are the reference; {@code jiceng-sdk-store-jdbc} stores them in a database,
 * and both pass the compatibility kits in {@code jiceng-sdk-testkit}.
 */
@NullMarked
package org.jiceng.core.store;

import org.jspecify.annotations.NullMarked;
