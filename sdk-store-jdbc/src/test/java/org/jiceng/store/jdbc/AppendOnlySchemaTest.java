package org.jiceng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jiceng.cases.Case;
import org.jiceng.cases.store.StoredCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema itself refuses to change or remove what was appended, whoever asks. */
class AppendOnlySchemaTest {

    private static String schema;
    private static HikariDataSource pool;
    private static JdbcCaseStore store;
    private static JdbcEventLedger ledger;
    private static StoredCase stored;

    @BeforeAll
    static void populate() {
        schema = EmbeddedDatabase.migratedSchema("appendonly");
        pool = EmbeddedDatabase.pool(schema, 2);
        store = new JdbcCaseStore(pool);
        ledger = new JdbcEventLedger(pool);
        Case c = StoreFixtures.received("A-1", 1);
        stored = store.create(c);
        for (int i = 0; i < 3; i++) {
            stored = store.append("A-1", stored.version(), StoreFixtures.nextMove(stored.value(), "sec"));
        }
        ledger.append(StoreFixtures.memberEvents(3, 4, 1L));
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE jiceng_case_entry SET note = '按时办结' WHERE seq = 1",
        "UPDATE jiceng_case_entry SET at = at - INTERVAL '1 day'",
        "DELETE FROM jiceng_case_entry WHERE seq = 3",
        "TRUNCATE jiceng_case_entry",
        "TRUNCATE jiceng_case CASCADE",
        "DELETE FROM jiceng_case",
        "UPDATE jiceng_case SET description = '改写'",
        "UPDATE jiceng_case SET version = version + 2, status = 'CLOSED'",
        "DELETE FROM jiceng_case_department",
        "UPDATE jiceng_event SET quantity = 100",
        "DELETE FROM jiceng_event",
        "TRUNCATE jiceng_event"
    })
    void changesAndRemovalsAreRefusedByTheDatabase(String sql) throws SQLException {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute(sql)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("refused");
        }
        assertThat(store.load("A-1")).contains(stored);
        assertThat(store.verify("A-1").isIntact()).isTrue();
        assertThat(ledger.count()).isEqualTo(12);
    }

    @Test
    void theScriptsShipInTheJarAndMigratingAgainChangesNothing() {
        assertThat(getClass().getClassLoader().getResource("db/migration/jiceng/postgresql/V1__jiceng_store.sql"))
                .isNotNull();
        Flyway flyway = Flyway.configure().dataSource(EmbeddedDatabase.server().getPostgresDatabase())
                .schemas(schema).defaultSchema(schema).locations(PostgresDialect.INSTANCE.migrationLocation()).load();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("3");
        assertThat(List.of(flyway.info().applied())).extracting(i -> i.getScript())
                .containsOnlyOnce("V1__jiceng_store.sql", "V2__jiceng_event_time_brin.sql",
                        "V3__jiceng_event_ids_in_code_point_order.sql");
    }
}
