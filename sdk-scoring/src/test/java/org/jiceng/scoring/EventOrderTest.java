package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Event;
import org.junit.jupiter.api.Test;

class EventOrderTest {

    private static final Instant T = Instant.parse("2024-05-01T02:00:00Z");
    private static final Instant AS_OF = Instant.parse("2024-12-31T00:00:00Z");

    private static Event event(String id, String subject, Instant time, String quantity, Map<String, String> attrs) {
        return new Event(id, "visit", subject, time, new BigDecimal(quantity), Optional.empty(), attrs);
    }

    private static ScoringEngine engine() {
        return ScoringEngine.compile(RuleSet.builder("t", "test", "1", DateRange.startingOn(LocalDate.of(2024, 1, 1)))
                .rule(Rule.builder("visit", "visit", new Amount.PerUnit(ValueRef.literal(100))).when("k", "x").build())
                .build());
    }

    @Test
    void earlierCopyOfAnIdIsPreferredWhateverTheArgumentOrder() {
        Event early = event("e1", "b", T, "1", Map.of());
        Event late = event("e1", "a", T.plusSeconds(1), "1", Map.of());
        assertThat(EventOrder.preferred(early, late)).isSameAs(early);
        assertThat(EventOrder.preferred(late, early)).isSameAs(early);
    }

    @Test
    void preferenceRejectsEventsWithDifferentIds() {
        assertThatThrownBy(() -> EventOrder.preferred(event("a", "s", T, "1", Map.of()), event("b", "s", T, "1", Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'").hasMessageContaining("'b'");
    }

    @Test
    void quantitiesDifferingOnlyInScaleAreDistinctInThePreference() {
        Event one = event("e", "s", T, "1", Map.of());
        Event oneDotZero = event("e", "s", T, "1.0", Map.of());
        assertThat(EventOrder.DUPLICATE_PREFERENCE.compare(one, oneDotZero)).isNegative();
        assertThat(EventOrder.DUPLICATE_PREFERENCE.compare(oneDotZero, one)).isPositive();
    }

    @Test
    void attributeMapsWithTheSameTextResolveToTheSameWinnerInEitherInputOrder() {
        // Both maps print as {k=x, z=1}; only the second one matches the rule's condition k=x.
        Event glued = event("e", "s", T, "1", Map.of("k", "x, z=1"));
        Event split = event("e", "s", T, "1", Map.of("k", "x", "z", "1"));
        ScoringEngine engine = engine();
        Scorecards forward = engine.score(List.of(glued, split), AS_OF);
        Scorecards backward = engine.score(List.of(split, glued), AS_OF);
        assertThat(forward.total("s")).isEqualTo(Points.ofWhole(1));
        assertThat(backward.total("s")).isEqualTo(Points.ofWhole(1));
        assertThat(forward.toJson()).isEqualTo(backward.toJson());
    }

    @Test
    void engineKeepsThePreferredCopyAcrossSubjects() {
        Event forA = event("e", "a", T.plusSeconds(5), "1", Map.of("k", "x"));
        Event forB = event("e", "b", T, "1", Map.of("k", "x"));
        Scorecards cards = engine().score(List.of(forA, forB), AS_OF);
        assertThat(cards.bySubject().keySet()).containsExactly("b");
        assertThat(cards.stats().duplicatesIgnored()).isEqualTo(1);
    }

    @Test
    void aCopyAfterAsOfNeverDisplacesAnEarlierScoredCopy() {
        Event kept = event("e", "b", AS_OF, "1", Map.of("k", "x"));
        Event tooLate = event("e", "a", AS_OF.plusNanos(1), "1", Map.of("k", "x"));
        Scorecards cards = engine().score(List.of(tooLate, kept), AS_OF);
        assertThat(cards.bySubject().keySet()).containsExactly("b");
        assertThat(cards.stats().afterAsOfIgnored()).isEqualTo(1);
        assertThat(cards.stats().duplicatesIgnored()).isZero();
    }
}
