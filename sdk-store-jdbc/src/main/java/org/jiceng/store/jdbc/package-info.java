/**
 * The storage contracts on plain JDBC: {@link org.jiceng.store.jdbc.JdbcCaseStore} (cases and
 * their hash-chained, append-only trails), {@link org.jiceng.store.jdbc.JdbcEventLedger} (the
 * points ledger) and {@link org.jiceng.store.jdbc.JdbcDatasetStore} (registry datasets with as-of
 * queries).
 *
 * <p>The schema ships as versioned Flyway scripts in the jar, under
 * {@link org.jiceng.store.jdbc.SqlDialect#migrationLocation()} ({@code db/migration/jiceng/postgresql}
 * for {@link org.jiceng.store.jdbc.PostgresDialect}); run them with your own Flyway or Liquibase
 * before using the stores. The append-only tables refuse UPDATE, DELETE and TRUNCATE by triggers;
 * a call that returns has committed.
 *
 * <p>The stores take a {@link javax.sql.DataSource}; give them a pooled one (HikariCP, your
 * container's) in production. A MySQL or DM dialect is one more {@link
 * org.jiceng.store.jdbc.SqlDialect} with its own scripts.
 */
@NullMarked
package org.jiceng.store.jdbc;

import org.jspecify.annotations.NullMarked;
