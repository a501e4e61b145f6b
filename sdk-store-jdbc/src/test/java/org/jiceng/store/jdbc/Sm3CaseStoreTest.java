package org.jiceng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jiceng.cases.store.HashAlgorithm;
import org.jiceng.cases.store.StoredCase;
import org.jiceng.cases.store.TrailHashing;
import org.junit.jupiter.api.Test;

/** SM3 chains (密评) are stored, named per case and verified; a SHA-256 store reads them as they are. */
class Sm3CaseStoreTest {

    @Test
    void sm3ChainsAreStoredNamedAndVerifiedNextToSha256Ones() throws SQLException {
        try (HikariDataSource pool = EmbeddedDatabase.pool(EmbeddedDatabase.migratedSchema("sm3"), 2)) {
            JdbcCaseStore sm3 = new JdbcCaseStore(pool, PostgresDialect.INSTANCE, HashAlgorithm.SM3);
            StoredCase s = sm3.create(StoreFixtures.received("S-1", 1));
            for (int i = 0; i < 4; i++) {
                s = sm3.append("S-1", s.version(), StoreFixtures.nextMove(s.value(), "sec"));
            }
            JdbcCaseStore sha = new JdbcCaseStore(pool);
            sha.create(StoreFixtures.received("S-2", 2));
            StoredCase read = sha.load("S-1").orElseThrow();
            assertThat(read.algorithm()).isEqualTo(HashAlgorithm.SM3);
            assertThat(read.entryHashes()).isEqualTo(TrailHashing.chain(HashAlgorithm.SM3, s.value()))
                    .doesNotContainAnyElementsOf(TrailHashing.chain(HashAlgorithm.SHA_256, s.value()));
            assertThat(sha.verifyAll().isIntact()).isTrue();
            try (Connection c = pool.getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT case_id, hash_algorithm FROM jiceng_case ORDER BY case_id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo("SM3");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo("SHA-256");
            }
        }
    }
}
