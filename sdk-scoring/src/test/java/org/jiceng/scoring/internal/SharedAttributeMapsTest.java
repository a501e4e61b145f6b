package org.jiceng.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
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
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.ScoringOptions;

/**
 * The preparation reuses the condition bits of an attribute map instance it has just read for the same
 * event type: events sharing map instances (across types whose rules read different attributes) must
 * score exactly as the same events with a map of their own each, which are always matched afresh.
 */
class SharedAttributeMapsTest {

    private static final Instant AS_OF = Instant.parse("2025-09-01T00:00:00Z");
    private static final ScoringEngine ENGINE = ScoringEngine.compile(RuleSets.builtIn("guandu-party-member-points"));
    private static final long START = Instant.parse("2023-12-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = Instant.parse("2025-08-01T00:00:00Z").getEpochSecond() - START;
    /** Shared instances; the first three hold what both the 党课 multiplier and the 滇池 multiplier read. */
    private static final List<Map<String, String>> SHARED = List.of(
            Map.of("meeting", "党课", "project", "滇池治理"), Map.of("meeting", "党课"), Map.of("project", "滇池治理"),
            Map.of("meeting", "支部党员大会"), Map.of("project", "other"), Map.of("meeting", "党课", "project", "x"),
            Map.of());

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<String> types = Arbitraries.of(EventTypes.MEETING_ATTENDED, EventTypes.VOLUNTEER_SERVICE,
                EventTypes.HOUSEHOLD_VISIT, "unknown.type");
        Arbitrary<Event> event = Combinators.combine(Arbitraries.integers().between(0, 400), types,
                Arbitraries.integers().between(0, 10), Arbitraries.longs().between(0, SPAN),
                Arbitraries.integers().between(1, 800), Arbitraries.of(SHARED))
                .as((id, type, subject, offset, hundredths, attrs) -> new Event("e" + id, type, "m" + subject,
                        Instant.ofEpochSecond(START + offset), BigDecimal.valueOf(hundredths, 2), Optional.empty(), attrs));
        return event.list().ofMaxSize(200);
    }

    @Property
    void eventsSharingAttributeMapsScoreAsEventsWithTheirOwnMaps(@ForAll("events") List<Event> events) {
        List<Event> ownMaps = events.stream().map(e -> new Event(e.id(), e.type(), e.subjectId(), e.time(), e.quantity(),
                e.areaId(), new HashMap<>(e.attributes()))).toList();
        for (int k = 0; k < events.size(); k++) {
            if (!events.get(k).attributes().isEmpty()) { // the empty map is one instance (and is never matched)
                assertThat(ownMaps.get(k).attributes()).isNotSameAs(events.get(k).attributes());
            }
        }
        for (ScoringOptions options : List.of(ScoringOptions.TOTALS_ONLY, ScoringOptions.DEFAULT)) {
            assertThat(ENGINE.score(events, AS_OF, options)).isEqualTo(ENGINE.score(ownMaps, AS_OF, options));
        }
    }
}
