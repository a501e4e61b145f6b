/**
 * Compatibility kits of the storage contracts in {@code org.jiceng.core.store}:
 * {@link org.jiceng.core.store.EventLedger} and {@link org.jiceng.core.store.DatasetStore}.
 */
@NullMarked
package org.jiceng.testkit.store;

import org.jspecify.annotations.NullMarked;
