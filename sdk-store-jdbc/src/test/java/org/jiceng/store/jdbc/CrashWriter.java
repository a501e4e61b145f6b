package org.jiceng.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jiceng.cases.store.StoredCase;

/**
 * The child JVM of {@link CrashTest}: creates cases and appends transitions on one connection as
 * fast as it can, printing {@code ACK <case> <version>} after every call that returned (that is,
 * committed), until it is killed.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    /**
     * @param args JDBC URL with the schema
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(args[0]);
        pool.setMaximumPoolSize(1);
        JdbcCaseStore store = new JdbcCaseStore(pool);
        for (int n = 0; ; n++) {
            StoredCase s = store.create(StoreFixtures.received(String.format(java.util.Locale.ROOT, "X-%05d", n), n));
            out.println("ACK " + s.id() + " " + s.version());
            for (int i = 0; i < 9; i++) {
                s = store.append(s.id(), s.version(), StoreFixtures.nextMove(s.value(), "writer"));
                out.println("ACK " + s.id() + " " + s.version());
            }
        }
    }
}
