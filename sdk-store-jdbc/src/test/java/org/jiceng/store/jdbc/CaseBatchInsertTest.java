package org.jiceng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jiceng.cases.Case;
import org.jiceng.cases.store.CaseAlreadyExistsException;
import org.jiceng.cases.store.CaseQuery;
import org.junit.jupiter.api.Test;

/**
 * Cases created together are inserted in batches of a thousand rows; a conflict in the second batch still
 * names the case the caller gave twice or had stored, and stores nothing of the call.
 */
class CaseBatchInsertTest {

    private static List<Case> cases(String prefix, int n) {
        List<Case> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(StoreFixtures.received(String.format(Locale.ROOT, "%s-%05d", prefix, i), i));
        }
        return all;
    }

    @Test
    void moreThanOneBatchOfCasesIsStoredWhole() {
        try (HikariDataSource pool = EmbeddedDatabase.pool(EmbeddedDatabase.migratedSchema("batch"), 2)) {
            JdbcCaseStore store = new JdbcCaseStore(pool);
            List<Case> all = cases("B", 2_345);
            store.createAll(all);
            assertThat(store.count()).isEqualTo(2_345);
            assertThat(store.load("B-02344").orElseThrow().value()).isEqualTo(all.get(2_344));
            assertThat(store.verifyAll().isIntact()).isTrue();
        }
    }

    @Test
    void aStoredCaseInTheSecondBatchIsNamedAndNothingOfTheCallIsStored() {
        try (HikariDataSource pool = EmbeddedDatabase.pool(EmbeddedDatabase.migratedSchema("batchdup"), 2)) {
            JdbcCaseStore store = new JdbcCaseStore(pool);
            store.create(StoreFixtures.received("C-01500", 1));
            List<Case> all = cases("C", 1_800);
            assertThatThrownBy(() -> store.createAll(all)).isInstanceOf(CaseAlreadyExistsException.class)
                    .hasMessageContaining("C-01500");
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void aCaseGivenTwiceInOneBatchIsNamedAtItsSecondPlace() {
        try (HikariDataSource pool = EmbeddedDatabase.pool(EmbeddedDatabase.migratedSchema("batchtwice"), 2)) {
            JdbcCaseStore store = new JdbcCaseStore(pool);
            List<Case> all = new ArrayList<>(cases("D", 30));
            all.add(StoreFixtures.received("D-00007", 99));
            assertThatThrownBy(() -> store.createAll(all)).isInstanceOf(CaseAlreadyExistsException.class)
                    .hasMessageContaining("D-00007");
            assertThat(store.query(CaseQuery.all())).isEmpty();
        }
    }
}
