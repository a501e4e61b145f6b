package org.jiceng.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jiceng.store.jdbc.PostgresDialect;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL 17 for one benchmark trial: the embedded one (zonky's binaries, started per trial,
 * {@code synchronous_commit} as the benchmark asks) or a server from {@code -Djiceng.bench.db=URL}.
 * Each trial gets a fresh schema migrated with the store's Flyway scripts and a pool of one
 * connection, so that every figure is for one connection.
 */
final class BenchDatabase implements AutoCloseable {

    private final Optional<EmbeddedPostgres> embedded;
    private final HikariDataSource pool;
    private final String url;

    private BenchDatabase(Optional<EmbeddedPostgres> embedded, HikariDataSource pool, String url) {
        this.embedded = embedded;
        this.pool = pool;
        this.url = url;
    }

    static BenchDatabase start(String synchronousCommit, String schema) {
        String server = System.getProperty("jiceng.bench.db");
        Optional<EmbeddedPostgres> pg = Optional.empty();
        String url;
        if (server == null) {
            try {
                pg = Optional.of(EmbeddedPostgres.builder().setServerConfig("synchronous_commit", synchronousCommit)
                        .start());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            url = pg.get().getJdbcUrl("postgres", "postgres");
        } else {
            url = server;
        }
        String session = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&reWriteBatchedInserts=true&options=-c%20synchronous_commit%3D" + synchronousCommit;
        PGSimpleDataSource migrations = new PGSimpleDataSource();
        migrations.setURL(session);
        Flyway.configure().dataSource(migrations).schemas(schema).defaultSchema(schema)
                .locations(PostgresDialect.INSTANCE.migrationLocation()).load().migrate();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(session);
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        return new BenchDatabase(pg, new HikariDataSource(config), session);
    }

    HikariDataSource pool() {
        return pool;
    }

    /** @return a second connection, for the peers (the store keeps the pool's only one) */
    Connection peerConnection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() throws IOException {
        pool.close();
        if (embedded.isPresent()) {
            embedded.get().close();
        }
    }
}
