package org.jiceng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jiceng.core.model.Event;
import org.jiceng.core.store.AppendResult;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecard;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ledger as the scoring engine's source: appending again changes nothing, and one member
 * rescored from the ledger after a new event scores exactly as a full batch run does.
 */
class LedgerRescoringTest {

    private static final Instant AS_OF = Instant.parse("2025-01-01T00:00:00Z");
    private static final ScoringEngine ENGINE = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));

    private static HikariDataSource pool;
    private static JdbcEventLedger ledger;
    private static List<Event> events;

    @BeforeAll
    static void fillLedger() {
        pool = EmbeddedDatabase.pool(EmbeddedDatabase.migratedSchema("ledger"), 2);
        ledger = new JdbcEventLedger(pool);
        events = StoreFixtures.memberEvents(200, 40, 7L);
        assertThat(ledger.append(events)).isEqualTo(new AppendResult(8000, 0));
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    private static List<Event> all() {
        try (Stream<Event> s = ledger.stream(Instant.EPOCH, AS_OF.plusSeconds(86_400L * 365))) {
            return s.toList();
        }
    }

    @Test
    void appendingTheSameEventsAgainChangesNothing() {
        List<Event> before = all();
        assertThat(ledger.append(events)).isEqualTo(new AppendResult(0, 8000));
        assertThat(ledger.append(events.subList(100, 300))).isEqualTo(new AppendResult(0, 200));
        assertThat(all()).isEqualTo(before);
        assertThat(ENGINE.score(all(), AS_OF)).isEqualTo(ENGINE.score(events, AS_OF));
    }

    @Test
    void rescoringOneMemberFromTheLedgerAfterANewEventEqualsTheFullBatch() {
        Event fresh = new Event("ev-new-member-17", "volunteer.service", "member-17",
                Instant.parse("2024-12-30T09:00:00Z"), BigDecimal.valueOf(6), Optional.of("530112001001"), Map.of());
        assertThat(ledger.append(List.of(fresh))).isEqualTo(new AppendResult(1, 0));

        Scorecards rescored = ENGINE.score(ledger.eventsOf("member-17", AS_OF), AS_OF);
        List<Event> everything = new ArrayList<>(events);
        everything.add(fresh);
        Scorecards batch = ENGINE.score(everything, AS_OF);

        Scorecard one = rescored.scorecard("member-17").orElseThrow();
        assertThat(one).isEqualTo(batch.scorecard("member-17").orElseThrow());
        assertThat(one.lines()).anySatisfy(l -> assertThat(l.toString()).contains("ev-new-member-17"));
        assertThat(rescored.totals()).containsOnlyKeys("member-17");
    }

    @Test
    void instantsFinerThanTheDatabaseKeepsAreRefusedNotRounded() {
        Event nanos = new Event("ev-nanos", "meeting.attended", "member-1", Instant.parse("2024-05-01T00:00:00.000000001Z"),
                BigDecimal.ONE, Optional.empty(), Map.of());
        long count = ledger.count();
        assertThatThrownBy(() -> ledger.append(List.of(nanos))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ev-nanos").hasMessageContaining("sub-microsecond");
        assertThatThrownBy(() -> ledger.append(List.of(new Event("ev-e3", "volunteer.service", "member-1",
                Instant.parse("2024-05-01T00:00:00Z"), new BigDecimal("1E+3"), Optional.empty(), Map.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative scale");
        assertThat(ledger.count()).isEqualTo(count);
    }
}
