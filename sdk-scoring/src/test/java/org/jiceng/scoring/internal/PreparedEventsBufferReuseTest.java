package org.jiceng.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.jiceng.scoring.MemberEventTypes;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;
import org.jiceng.scoring.Scorecards;

/**
 * The preparation keeps its primitive buffers between passes ({@link PreparedEvents.Buffers}): a pass
 * on reused buffers, full of the facts of another, larger input, must give what a pass on fresh
 * buffers gives.
 */
class PreparedEventsBufferReuseTest {

    private static final Instant AS_OF = Instant.parse("2025-09-01T00:00:00Z");
    private static final ScoringEngine ENGINE = ScoringEngine.compile(RuleSets.builtIn("guandu-party-member-points"));
    private static final long START = Instant.parse("2023-12-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = Instant.parse("2025-08-01T00:00:00Z").getEpochSecond() - START;

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<String> types = MemberEventTypes.withUnknown();
        Arbitrary<Map<String, String>> attributes = Arbitraries.of(Map.of(), Map.of("meeting", "支部党员大会"));
        Arbitrary<Event> event = Combinators.combine(Arbitraries.integers().between(0, 400), types,
                Arbitraries.integers().between(0, 30), Arbitraries.longs().between(0, SPAN),
                Arbitraries.integers().between(0, 1200), attributes)
                .as((id, type, subject, offset, hundredths, attrs) -> new Event("e" + id, type, "m" + subject,
                        Instant.ofEpochSecond(START + offset), BigDecimal.valueOf(hundredths, 2), Optional.empty(), attrs));
        return event.list().ofMaxSize(300);
    }

    /**
     * Events at the same input positions whose facts differ from {@code events} in every field the
     * scoring loop reads (party lectures with their condition bit set, large quantities, other days),
     * and more of them, so that stale facts sit wherever the next pass does not write.
     */
    private static List<Event> otherFacts(List<Event> events) {
        List<Event> other = new ArrayList<>();
        for (int i = 0; i < events.size() * 2 + 10; i++) {
            boolean lecture = i % 2 == 0;
            other.add(new Event("x" + i, lecture ? EventTypes.MEETING_ATTENDED : EventTypes.VOLUNTEER_SERVICE, "other" + i % 7,
                    Instant.ofEpochSecond(START + (i * 7_919L) % SPAN), BigDecimal.valueOf(1 + i % 9), Optional.empty(),
                    lecture ? Map.of("meeting", "党课") : Map.of()));
        }
        return other;
    }

    @Property
    void scoringOnReusedBuffersEqualsScoringOnFreshOnes(@ForAll("events") List<Event> events) {
        for (ScoringOptions options : List.of(ScoringOptions.TOTALS_ONLY, ScoringOptions.DEFAULT)) {
            PreparedEvents.Buffers.discardSpare();
            Scorecards fresh = ENGINE.score(events, AS_OF, options);
            ENGINE.score(otherFacts(events), AS_OF, options);
            Scorecards reused = ENGINE.score(events, AS_OF, options);
            assertThat(reused).isEqualTo(fresh);
        }
    }

    @Property
    void keptBuffersHoldNoEventsOrSubjects(@ForAll("events") List<Event> events) {
        for (ScoringOptions options : List.of(ScoringOptions.TOTALS_ONLY, ScoringOptions.DEFAULT)) {
            PreparedEvents.Buffers.discardSpare();
            ENGINE.score(events, AS_OF, options);
            PreparedEvents.Buffers kept = PreparedEvents.Buffers.acquire(0);
            assertThat(kept.events).allMatch(java.util.Objects::isNull);
            assertThat(kept.subjects).allMatch(java.util.Objects::isNull);
        }
    }
}
