/**
 * Building blocks for implementers of {@link org.jiceng.cases.store.CaseStore}: the canonical field
 * encoding that trail hashes and stored lists are computed over ({@link
 * org.jiceng.cases.store.spi.Canonical}) and the verification of a stored hash chain row by row
 * ({@link org.jiceng.cases.store.spi.ChainVerifier}). The in-memory store and the JDBC store in
 * {@code jiceng-sdk-store-jdbc} share them, so a third store hashes and verifies exactly as they do;
 * application code that only uses a store does not need this package.
 */
@NullMarked
package org.jiceng.cases.store.spi;

import org.jspecify.annotations.NullMarked;
