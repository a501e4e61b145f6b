package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.junit.jupiter.api.Test;

class ScoreSubjectsTest {

    private static final Instant AS_OF = Instant.parse("2025-06-30T16:00:00Z");
    private static final String[] TYPES = {EventTypes.MEETING_ATTENDED, EventTypes.VOLUNTEER_SERVICE,
        EventTypes.HOUSEHOLD_VISIT, EventTypes.REPORT_SERVICE, EventTypes.MEETING_MISSED, EventTypes.MISCONDUCT};

    /** Events of 3,000 members over 18 months, some after asOf, 2% replays within a subject. */
    private static List<Event> events(int n) {
        SplittableRandom random = new SplittableRandom(7);
        long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        List<Event> out = new ArrayList<>();
        while (out.size() < n) {
            if (!out.isEmpty() && random.nextInt(50) == 0) {
                out.add(out.get(random.nextInt(out.size())));
                continue;
            }
            String type = TYPES[random.nextInt(TYPES.length)];
            Map<String, String> attrs = type.equals(EventTypes.MEETING_ATTENDED) && random.nextBoolean()
                    ? Map.of("meeting", "党课") : Map.of();
            out.add(new Event("ev-" + out.size(), type, "member-" + random.nextInt(3_000),
                    Instant.ofEpochSecond(start + random.nextLong(50_000_000L)),
                    BigDecimal.valueOf(1 + random.nextInt(4)), Optional.empty(), attrs));
        }
        return out;
    }

    @Test
    void batchesOfWholeSubjectsGiveTheScorecardsOfOnePass() {
        ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));
        List<Event> events = events(150_000);
        Scorecards whole = engine.score(events, AS_OF);
        List<Event> grouped = new ArrayList<>(events);
        // Grouped by subject in an order unlike the id order, so batch order is not subject order.
        grouped.sort(Comparator.comparing((Event e) -> e.subjectId().hashCode()).thenComparing(Event::subjectId));
        Iterator<Scorecard> cards = engine.scoreSubjects(grouped.iterator(), AS_OF, ScoringOptions.DEFAULT);
        List<Scorecard> streamed = new ArrayList<>();
        cards.forEachRemaining(streamed::add);
        assertThat(streamed).hasSize(whole.bySubject().size());
        for (Scorecard s : streamed) {
            assertThat(s).isEqualTo(whole.scorecard(s.subjectId()).orElseThrow());
        }
        assertThat(streamed.stream().map(Scorecard::subjectId).distinct()).hasSize(streamed.size());
    }

    @Test
    void subjectThatReappearsAfterAnotherIsRejectedByName() {
        ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        List<Event> events = List.of(Event.of("1", EventTypes.HOUSEHOLD_VISIT, "m1", t),
                Event.of("2", EventTypes.HOUSEHOLD_VISIT, "m2", t), Event.of("3", EventTypes.HOUSEHOLD_VISIT, "m1", t));
        Iterator<Scorecard> cards = engine.scoreSubjects(events.iterator(), AS_OF, ScoringOptions.DEFAULT);
        assertThatThrownBy(cards::hasNext).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subject 'm1'").hasMessageContaining("event '3'");
    }

    @Test
    void emptyStreamGivesNoScorecards() {
        ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));
        assertThat(engine.scoreSubjects(List.<Event>of().iterator(), AS_OF, ScoringOptions.TOTALS_ONLY).hasNext()).isFalse();
    }
}
