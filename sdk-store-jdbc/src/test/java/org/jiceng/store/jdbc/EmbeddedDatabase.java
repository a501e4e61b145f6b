package org.jiceng.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One real PostgreSQL 17 per test JVM (zonky's embedded binaries from Maven Central, no Docker),
 * shared by every test class. As root, zonky runs initdb and the server through {@code unshare -U}
 * (root inside the namespace maps to an unprivileged user), which PostgreSQL accepts. Commits are
 * synchronous (zonky turns {@code synchronous_commit} off by default), so acknowledged means durable.
 * Every store under test gets a schema of its own, migrated with Flyway from the scripts in the jar.
 */
final class EmbeddedDatabase {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static HikariDataSource current;

    private EmbeddedDatabase() {
    }

    static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
                        .setServerConfig("max_connections", "100").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return postgres;
    }

    /** @return a JDBC URL of the superuser's database */
    static String url() {
        return server().getJdbcUrl("postgres", "postgres");
    }

    /**
     * @param prefix schema name prefix
     * @return the name of a new schema migrated with the store's scripts
     */
    static String migratedSchema(String prefix) {
        String schema = String.format(Locale.ROOT, "%s_%d", prefix, SCHEMAS.incrementAndGet());
        Flyway.configure().dataSource(server().getPostgresDatabase()).schemas(schema).defaultSchema(schema)
                .locations(PostgresDialect.INSTANCE.migrationLocation()).load().migrate();
        return schema;
    }

    /**
     * @param schema a schema
     * @param poolSize maximum connections
     * @return a pool whose connections use that schema
     */
    static HikariDataSource pool(String schema, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url() + "&currentSchema=" + schema + "&reWriteBatchedInserts=true");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(0);
        config.setPoolName("test-" + schema);
        return new HikariDataSource(config);
    }

    /**
     * A new migrated schema and a pool on it; the previous fresh pool is closed (tests of one JVM run
     * one after another), so the server's connection limit is never reached.
     *
     * @return the pool
     */
    static synchronized DataSource fresh() {
        if (current != null) {
            current.close();
        }
        current = pool(migratedSchema("kit"), 10);
        return current;
    }
}
