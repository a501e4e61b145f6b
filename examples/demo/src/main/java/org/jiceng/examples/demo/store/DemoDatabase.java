package org.jiceng.examples.demo.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jiceng.examples.demo.Messages;
import org.jiceng.store.jdbc.PostgresDialect;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database for the demo, migrated with the store's Flyway scripts: either embedded
 * (zonky's PostgreSQL binaries, data under {@code <out>/db}, started and stopped by the demo) or a
 * server given by a JDBC URL.
 */
public final class DemoDatabase implements AutoCloseable {

    /** The {@code --db} value that selects the embedded database. */
    public static final String EMBEDDED = "embedded";
    /** The {@code --db} value that turns storage off. */
    public static final String NONE = "none";

    private final Optional<EmbeddedPostgres> embedded;
    private final DataSource dataSource;
    /** The server's JDBC URL without its query (no credentials); empty for the embedded cluster. */
    private final String serverAddress;

    private DemoDatabase(Optional<EmbeddedPostgres> embedded, DataSource dataSource, String serverAddress) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.serverAddress = serverAddress;
    }

    /**
     * Starts the embedded database in a folder.
     *
     * @param folder the data folder ({@code <out>/db})
     * @param fresh true to discard what a previous run stored there (the demo's own output, regenerated)
     * @return the started, migrated database
     */
    public static DemoDatabase embedded(Path folder, boolean fresh) {
        try {
            if (fresh && Files.exists(folder)) {
                try (var paths = Files.walk(folder)) {
                    for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(folder);
            // synchronous_commit on: an acknowledged transition is written to the WAL before the call returns,
            // so it survives a crash of the server process (zonky's default is off). zonky always starts the
            // server with fsync off (-F), so a crash of the machine can still lose it: a throwaway demo store;
            // --db URL keeps data on a server of your own.
            // wal_level minimal (no replica can follow this server): the ledger's first load builds its indexes
            // without writing them to the WAL (they are written out at commit instead), a third less server
            // time for that step; crash recovery is unchanged.
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on").setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0").setRegisterShutdownHook(true).start();
            DemoDatabase db = new DemoDatabase(Optional.of(pg), pg.getPostgresDatabase(), "");
            db.migrate();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Connects to a server.
     *
     * @param url a JDBC URL, {@code jdbc:postgresql://host:port/db?user=…&password=…}
     * @return the migrated database
     */
    public static DemoDatabase server(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db " + url + ": expected 'embedded', 'none' or a"
                    + " jdbc:postgresql://host:port/database?user=…&password=… URL");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        int q = url.indexOf('?');
        DemoDatabase db = new DemoDatabase(Optional.empty(), ds, q < 0 ? url : url.substring(0, q));
        db.migrate();
        return db;
    }

    private void migrate() {
        Flyway.configure().dataSource(dataSource).locations(PostgresDialect.INSTANCE.migrationLocation()).load()
                .migrate();
    }

    /** @return connections to the database */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * @param messages the catalogue of the run's language
     * @return where the data is, for messages (no credentials)
     */
    public String description(Messages messages) {
        return embedded.isPresent() ? messages.get("msg.store.where.embedded")
                : messages.get("msg.store.where.server", serverAddress);
    }

    @Override
    public void close() {
        if (embedded.isPresent()) {
            try {
                embedded.get().close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }
    }
}
